"use client";
import { useActionState } from "react";
import { deleteSkillAction, updateSkillAction } from "@/lib/server/actions/profile";
import { EMPTY_FORM_STATE } from "@/lib/schemas/form-state";
import { RemoveButton } from "@/components/ui/remove-button";

interface SkillRowProps {
  skill: { id: string; name: string; level: number; years: number; known: boolean };
}

export function SkillRow({ skill }: SkillRowProps) {
  const [state, formAction, pending] = useActionState(updateSkillAction, EMPTY_FORM_STATE);
  const error = state.fieldErrors.level?.[0] ?? state.fieldErrors.years?.[0] ?? (state.ok ? null : state.message);
  return (
    <li className="flex flex-wrap items-center gap-3 py-2">
      <span className="min-w-40 flex-1 font-medium">
        {skill.name}
        {!skill.known && <span className="ml-2 text-xs font-normal text-amber-700" title="Not in the taxonomy: matched by exact name only">unrecognised</span>}
      </span>
      <form action={formAction} className="flex items-center gap-2">
        <input type="hidden" name="id" value={skill.id} />
        <label className="text-sm text-slate-600">
          Level
          <input name="level" type="number" min={0} max={10} defaultValue={skill.level} aria-label={`Level for ${skill.name}`} className="ml-1 w-16 rounded border border-slate-300 px-2 py-1 text-sm" />
        </label>
        <label className="text-sm text-slate-600">
          Years
          <input name="years" type="number" min={0} max={60} step={0.5} defaultValue={skill.years} aria-label={`Years for ${skill.name}`} className="ml-1 w-20 rounded border border-slate-300 px-2 py-1 text-sm" />
        </label>
        <button type="submit" disabled={pending} className="rounded px-2 py-1 text-sm text-brand-700 hover:bg-brand-50">
          Save
        </button>
      </form>
      <RemoveButton action={deleteSkillAction} field="id" id={skill.id} label={skill.name} />
      {error && <p role="alert" className="w-full text-sm text-rose-700">{error}</p>}
    </li>
  );
}
