"use client";
import { useActionState, useId } from "react";
import type { RequirementCorrection } from "@/lib/analysis/corrections";
import { EMPTY_FORM_STATE } from "@/lib/schemas/form-state";
import { forgetAliasAction, reanalyzeAction, teachAliasAction, undoCorrectionAction } from "@/lib/server/actions/corrections";
import { ActionForm } from "@/components/ui/action-form";
import { Button } from "@/components/ui/button";
import { SkillSuggestions } from "./skill-suggestions";

interface CorrectionsPanelProps {
  postingId: string;
  dropped: { correctionId: string; text: string }[];
  orphaned: RequirementCorrection[];
  aliases: { id: string; phrase: string; skillName: string }[];
}

const CONTROL = "mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm";

function TeachAliasForm() {
  const [state, formAction, pending] = useActionState(teachAliasAction, EMPTY_FORM_STATE);
  const id = useId();
  return (
    <form action={formAction} className="mt-2 grid gap-2 sm:grid-cols-[1fr_1fr_auto] sm:items-end">
      <div>
        <label htmlFor={`${id}-phrase`} className="block text-sm font-medium text-slate-700">
          Phrase in postings
        </label>
        <input id={`${id}-phrase`} name="phrase" defaultValue={state.values?.phrase} placeholder="q-sql" className={CONTROL} aria-invalid={Boolean(state.fieldErrors.phrase) || undefined} />
      </div>
      <div>
        <label htmlFor={`${id}-skill`} className="block text-sm font-medium text-slate-700">
          Means skill
        </label>
        <input id={`${id}-skill`} name="skill" list={`${id}-skills`} autoComplete="off" defaultValue={state.values?.skill} placeholder="q" className={CONTROL} aria-invalid={Boolean(state.fieldErrors.skillId) || undefined} />
        <SkillSuggestions id={`${id}-skills`} />
      </div>
      <Button type="submit" variant="secondary" disabled={pending} aria-busy={pending}>
        Teach alias
      </Button>
      <p role="status" className={`text-sm sm:col-span-3 ${state.ok ? "text-emerald-700" : "text-rose-700"}`}>
        {pending ? "Saving…" : [state.fieldErrors.phrase, state.fieldErrors.skillId].flat().filter(Boolean).join(" ") || state.message}
      </p>
    </form>
  );
}

/** Re-analysis, the corrections that are not shown on a row (drops, orphans), and taught aliases. */
export function CorrectionsPanel({ postingId, dropped, orphaned, aliases }: CorrectionsPanelProps) {
  return (
    <section aria-labelledby="corrections-heading" className="space-y-4 rounded-lg border border-slate-200 bg-white p-5 shadow-sm print:hidden">
      <div>
        <h2 id="corrections-heading" className="font-semibold">
          Corrections
        </h2>
        <p className="mt-1 text-sm text-slate-600">Fix what the analysis got wrong with “Edit requirement” on any row. Re-analyzing runs the current extractor again and keeps your corrections on top.</p>
        <ActionForm action={reanalyzeAction} fields={{ postingId }} label="Re-analyze" pendingLabel="Re-analyzing…" className="mt-2" />
      </div>
      {dropped.length > 0 && (
        <div>
          <h3 className="text-sm font-semibold">Dropped by you</h3>
          <ul className="mt-1 space-y-2">
            {dropped.map((item) => (
              <li key={item.correctionId} className="flex flex-wrap items-center justify-between gap-2 text-sm text-slate-700">
                <span className="min-w-0 flex-1 break-words line-through">{item.text}</span>
                <ActionForm action={undoCorrectionAction} fields={{ correctionId: item.correctionId }} label="Restore" variant="ghost" />
              </li>
            ))}
          </ul>
        </div>
      )}
      {orphaned.length > 0 && (
        <div role="note" className="rounded-md border border-amber-200 bg-amber-50 p-3">
          <h3 className="text-sm font-semibold text-amber-900">Corrections without a requirement</h3>
          <p className="text-sm text-amber-900">The current analysis no longer finds these requirements, so these corrections are kept but not applied.</p>
          <ul className="mt-1 space-y-2">
            {orphaned.map((item) => (
              <li key={item.id} className="flex flex-wrap items-center justify-between gap-2 text-sm text-amber-900">
                <span className="min-w-0 flex-1 break-words">
                  {item.action === "drop" ? "Dropped" : "Edited"}: “{item.text}”
                  {item.action === "edit" ? ` (${item.kind ?? "must"}${item.minYears !== null ? `, ${item.minYears}+ years` : ""}${item.skills.length ? `, ${item.skills.map((skill) => skill.name).join(", ")}` : ""})` : ""}
                </span>
                <ActionForm action={undoCorrectionAction} fields={{ correctionId: item.id }} label="Discard" variant="ghost" />
              </li>
            ))}
          </ul>
        </div>
      )}
      <div>
        <h3 className="text-sm font-semibold">Teach an alias</h3>
        <p className="text-sm text-slate-600">Tell Fitgap what a phrase means (“q-sql” means q); it applies to all your postings.</p>
        <TeachAliasForm />
        {aliases.length > 0 && (
          <ul className="mt-2 space-y-1" aria-label="Your aliases">
            {aliases.map((alias) => (
              <li key={alias.id} className="flex flex-wrap items-center gap-2 text-sm text-slate-700">
                <span>
                  “{alias.phrase}” means {alias.skillName}
                </span>
                <ActionForm action={forgetAliasAction} fields={{ aliasId: alias.id }} label={`Forget “${alias.phrase}”`} variant="ghost" />
              </li>
            ))}
          </ul>
        )}
      </div>
    </section>
  );
}
