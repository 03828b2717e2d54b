"use client";
import { useActionState } from "react";
import { Button, buttonClasses } from "@/components/ui/button";
import { Card, FormMessage } from "@/components/ui/card";
import { importResumeAction, previewResumeAction, type ResumeImportState } from "@/lib/server/actions/json-resume";
import { EMPTY_FORM_STATE } from "@/lib/schemas/form-state";

const INITIAL: ResumeImportState = EMPTY_FORM_STATE;

const CHANGE_LABEL = { new: "added", raised: "raised", unchanged: "no change" } as const;

export function JsonResumeImport() {
  const [previewState, previewAction, previewing] = useActionState(previewResumeAction, INITIAL);
  const [importState, importAction, importing] = useActionState(importResumeAction, INITIAL);
  const preview = previewState.preview;
  const changing = preview?.changes.filter((change) => change.status !== "unchanged").length ?? 0;
  return (
    <Card>
      <h2 className="font-semibold">JSON Resume</h2>
      <p className="mt-1 text-sm text-slate-600">
        Import the skills of a <code>resume.json</code> (jsonresume.org): skill names and keywords are matched to known skills, level words
        (Master, Advanced, Intermediate …) become 0-10, and years come from the jobs that name the skill. You see what would change before
        anything is saved; nothing is ever lowered.
      </p>
      <div className="mt-3 flex flex-wrap items-end gap-3">
        <a href="/api/v1/profile/json-resume" className={buttonClasses("secondary")} download>
          Export as JSON Resume
        </a>
        <form action={previewAction} className="flex flex-wrap items-end gap-2">
          <label className="text-sm text-slate-700">
            JSON Resume file
            <input name="resume" type="file" accept="application/json,.json" className="ml-2 text-sm" />
          </label>
          <Button type="submit" variant="secondary" disabled={previewing}>
            Preview import
          </Button>
        </form>
      </div>
      <div className="mt-3">
        <FormMessage message={previewState.message} ok={previewState.ok} />
      </div>
      {preview && (
        <div className="mt-3 space-y-3">
          {preview.changes.length > 0 && (
            <table className="w-full text-left text-sm" aria-label="Import preview">
              <thead className="text-xs text-slate-500">
                <tr>
                  <th className="py-1">Skill</th>
                  <th>From the resume</th>
                  <th>Level</th>
                  <th>Years</th>
                  <th>Now</th>
                  <th>Change</th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {preview.changes.map((change) => (
                  <tr key={change.skillId}>
                    <td className="py-1 font-medium">{change.name}</td>
                    <td className="text-slate-600">{change.source}</td>
                    <td className="tabular-nums">{change.level}</td>
                    <td className="tabular-nums">{change.years}</td>
                    <td className="tabular-nums text-slate-500">{change.current ? `${change.current.level} · ${change.current.years} y` : "—"}</td>
                    <td>{CHANGE_LABEL[change.status]}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <p className="text-sm text-slate-600">
            {preview.unmapped.length > 0 ? <>Not recognised, left out: {preview.unmapped.join(", ")}.</> : "Every name was recognised."}
          </p>
          {changing > 0 && (
            <form action={importAction}>
              <input type="hidden" name="resumeText" value={previewState.resumeText ?? ""} />
              <Button type="submit" disabled={importing}>
                Import {changing} skill{changing === 1 ? "" : "s"}
              </Button>
            </form>
          )}
          <FormMessage message={importState.message} ok={importState.ok} />
        </div>
      )}
    </Card>
  );
}
