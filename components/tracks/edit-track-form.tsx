"use client";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/card";
import { TextField } from "@/components/ui/field";
import { editTrackAction } from "@/lib/server/actions/track-edit";
import { EMPTY_FORM_STATE } from "@/lib/schemas/form-state";
import { TRACK_UNITS, type StudyTrack } from "@/lib/analysis/types";

/** "Edit track": title, units, pace and skills, without removing and re-adding the track. */
export function EditTrackForm({ track }: { track: StudyTrack }) {
  const [state, formAction, pending] = useActionState(editTrackAction, EMPTY_FORM_STATE);
  const errors = state.fieldErrors;
  const values = state.ok ? {} : (state.values ?? {});
  const id = `edit-${track.id}`;
  return (
    <details className="mt-2 text-sm">
      <summary className="cursor-pointer font-medium text-brand-700">Edit track</summary>
      <form action={formAction} className="mt-2 space-y-3" noValidate>
        <input type="hidden" name="trackId" value={track.id} />
        <div className="grid gap-3 sm:grid-cols-2">
          <TextField id={`${id}-title`} label="Title" name="title" defaultValue={values.title ?? track.title} required errors={errors.title} />
          <div>
            <label htmlFor={`${id}-unit`} className="block text-sm font-medium text-slate-700">
              Unit
            </label>
            <select id={`${id}-unit`} name="unit" defaultValue={values.unit ?? track.unit} className="mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm">
              {TRACK_UNITS.map((unit) => (
                <option key={unit}>{unit}</option>
              ))}
            </select>
          </div>
          <TextField id={`${id}-total`} label="Total units" name="unitsTotal" type="number" min={Math.max(1, track.unitsDone)} defaultValue={values.unitsTotal ?? track.unitsTotal} errors={errors.unitsTotal} />
          <TextField id={`${id}-hours`} label="Hours per unit" name="hoursPerUnit" type="number" min={0.1} step={0.1} defaultValue={values.hoursPerUnit ?? track.hoursPerUnit} errors={errors.hoursPerUnit} />
          <TextField id={`${id}-target`} label="Target date" name="targetOn" type="date" defaultValue={values.targetOn ?? track.targetOn ?? ""} errors={errors.targetOn} />
          <TextField
            id={`${id}-skills`}
            label="Skills it teaches"
            name="skills"
            defaultValue={values.skills ?? track.skills.map((skill) => `${skill.name}: ${skill.levelAtCompletion}`).join(", ")}
            hint="Comma-separated; “: N” is the level reached at completion."
            errors={errors.skills}
          />
        </div>
        <FormMessage message={state.message} ok={state.ok} />
        <Button type="submit" disabled={pending} aria-busy={pending}>
          {pending ? "Saving…" : "Save track"}
        </Button>
      </form>
    </details>
  );
}
