"use client";
import { useActionState, useEffect, useId, useState } from "react";
import type { SkillRef, RequirementKind } from "@/lib/analysis/types";
import { EMPTY_FORM_STATE } from "@/lib/schemas/form-state";
import { saveCorrectionAction } from "@/lib/server/actions/corrections";
import { Button } from "@/components/ui/button";
import { SkillSuggestions } from "./skill-suggestions";

export interface EditableRequirement {
  text: string;
  span: [number, number];
  kind: RequirementKind;
  minYears: number | null;
  skills: SkillRef[];
}

const CONTROL = "mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm";

/**
 * The correction form of one requirement: kind, years, skills (remove each, add any taxonomy
 * name), then "Save correction" or "Drop requirement". `action` "add" stores a requirement the
 * extractor missed.
 */
export function RequirementEditorForm({ postingId, requirement, action, onDone }: { postingId: string; requirement: EditableRequirement; action: "edit" | "add"; onDone: () => void }) {
  const [state, formAction, pending] = useActionState(saveCorrectionAction, EMPTY_FORM_STATE);
  const [skills, setSkills] = useState<{ key: string; label: string }[]>(requirement.skills.map((skill) => ({ key: skill.name, label: skill.name })));
  const [draft, setDraft] = useState("");
  const id = useId();
  useEffect(() => {
    if (state.ok) onDone();
  }, [state, onDone]);

  function addDraft() {
    const name = draft.trim();
    if (name && !skills.some((skill) => skill.key.toLowerCase() === name.toLowerCase())) setSkills([...skills, { key: name, label: name }]);
    setDraft("");
  }

  return (
    <form action={formAction} className="mt-3 space-y-3 rounded-md border border-slate-200 bg-slate-50 p-3" aria-label={action === "add" ? "New requirement" : "Correct requirement"}>
      <input type="hidden" name="postingId" value={postingId} />
      <input type="hidden" name="action" value={action} />
      <input type="hidden" name="text" value={requirement.text} />
      <input type="hidden" name="spanStart" value={requirement.span[0]} />
      <input type="hidden" name="spanEnd" value={requirement.span[1]} />
      {skills.map((skill) => (
        <input key={skill.key} type="hidden" name="skill" value={skill.key} />
      ))}
      {draft.trim() && <input type="hidden" name="skill" value={draft.trim()} />}
      {action === "add" && <p className="text-sm text-slate-800">“{requirement.text}”</p>}
      <div className="grid gap-3 sm:grid-cols-2">
        <div>
          <label htmlFor={`${id}-kind`} className="block text-sm font-medium text-slate-700">
            Kind
          </label>
          <select id={`${id}-kind`} name="kind" defaultValue={requirement.kind} className={CONTROL}>
            <option value="must">must</option>
            <option value="preferred">preferred</option>
          </select>
        </div>
        <div>
          <label htmlFor={`${id}-years`} className="block text-sm font-medium text-slate-700">
            Years
          </label>
          <input id={`${id}-years`} name="minYears" type="number" min={0} max={40} defaultValue={requirement.minYears ?? ""} className={CONTROL} aria-invalid={Boolean(state.fieldErrors.minYears) || undefined} />
          {state.fieldErrors.minYears && <p className="mt-1 text-sm text-rose-700">{state.fieldErrors.minYears.join(" ")}</p>}
        </div>
      </div>
      <div>
        <p className="text-sm font-medium text-slate-700">Skills</p>
        {skills.length === 0 ? (
          <p className="text-sm text-slate-600">No skill: this requirement will not be counted in the fit.</p>
        ) : (
          <ul className="mt-1 flex flex-wrap gap-1.5">
            {skills.map((skill) => (
              <li key={skill.key} className="inline-flex items-center gap-1 rounded-full border border-slate-300 bg-white py-0.5 pl-2 pr-1 text-sm">
                {skill.label}
                <button type="button" aria-label={`Remove ${skill.label}`} className="rounded-full px-1.5 text-slate-600 hover:bg-rose-50 hover:text-rose-700" onClick={() => setSkills(skills.filter((item) => item.key !== skill.key))}>
                  ×
                </button>
              </li>
            ))}
          </ul>
        )}
        <div className="mt-2 flex flex-wrap items-end gap-2">
          <div className="min-w-0 flex-1">
            <label htmlFor={`${id}-add`} className="block text-sm font-medium text-slate-700">
              Add skill
            </label>
            <input
              id={`${id}-add`}
              list={`${id}-skills`}
              value={draft}
              autoComplete="off"
              onChange={(event) => setDraft(event.target.value)}
              onKeyDown={(event) => {
                if (event.key === "Enter") {
                  event.preventDefault();
                  addDraft();
                }
              }}
              className={CONTROL}
              aria-invalid={Boolean(state.fieldErrors.skillIds) || undefined}
            />
            <SkillSuggestions id={`${id}-skills`} />
          </div>
          <Button type="button" variant="secondary" onClick={addDraft}>
            Add
          </Button>
        </div>
        {state.fieldErrors.skillIds && <p className="mt-1 text-sm text-rose-700">{state.fieldErrors.skillIds.join(" ")}</p>}
      </div>
      <div className="flex flex-wrap gap-2">
        <Button type="submit" name="intent" value="save" disabled={pending} aria-busy={pending}>
          Save correction
        </Button>
        {action === "edit" && (
          <Button type="submit" name="intent" value="drop" variant="danger" disabled={pending}>
            Drop requirement
          </Button>
        )}
        <Button type="button" variant="ghost" onClick={onDone}>
          Cancel
        </Button>
      </div>
      <p role="status" className="text-sm text-slate-700">
        {pending ? "Saving and rescoring…" : state.ok ? "" : (state.fieldErrors.text?.join(" ") ?? state.message ?? "")}
      </p>
    </form>
  );
}

/** "Edit requirement" on one row of the report, opening the correction form in place. */
export function RequirementEditor({ postingId, requirement }: { postingId: string; requirement: EditableRequirement }) {
  const [open, setOpen] = useState(false);
  return (
    <div className="print:hidden">
      <button type="button" className="mt-1.5 text-sm font-medium text-brand-700 hover:underline" aria-expanded={open} onClick={() => setOpen(!open)}>
        Edit requirement
      </button>
      {open && <RequirementEditorForm postingId={postingId} requirement={requirement} action="edit" onDone={() => setOpen(false)} />}
    </div>
  );
}
