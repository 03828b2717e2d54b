"use client";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/card";
import { TextField } from "@/components/ui/field";
import { createTrackAction } from "@/lib/server/actions/tracks";
import { EMPTY_FORM_STATE } from "@/lib/schemas/form-state";
import { TRACK_UNITS } from "@/lib/analysis/types";

export function AddTrackForm() {
  const [state, formAction, pending] = useActionState(createTrackAction, EMPTY_FORM_STATE);
  const errors = state.fieldErrors;
  const values = state.values ?? {};
  return (
    <form action={formAction} className="space-y-3" noValidate>
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField id="track-title" label="Track title" name="title" defaultValue={values.title} required placeholder="MIT 6.824 Distributed Systems" errors={errors.title} />
        <TextField id="track-provider" label="Provider" name="provider" defaultValue={values.provider} placeholder="MIT OpenCourseWare" errors={errors.provider} />
        <TextField id="track-url" label="Link" name="url" defaultValue={values.url} type="url" placeholder="https://..." errors={errors.url} />
        <div>
          <label htmlFor="track-unit" className="block text-sm font-medium text-slate-700">
            Unit
          </label>
          <select id="track-unit" name="unit" defaultValue={values.unit ?? "lecture"} className="mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm">
            {TRACK_UNITS.map((unit) => (
              <option key={unit}>{unit}</option>
            ))}
          </select>
        </div>
        <TextField id="track-unitsDone" label="Units done" name="unitsDone" type="number" min={0} defaultValue={values.unitsDone ?? 0} errors={errors.unitsDone} />
        <TextField id="track-unitsTotal" label="Total units" name="unitsTotal" defaultValue={values.unitsTotal} type="number" min={1} required errors={errors.unitsTotal} />
        <TextField id="track-hoursPerUnit" label="Hours per unit" name="hoursPerUnit" type="number" min={0.1} step={0.1} defaultValue={values.hoursPerUnit ?? 1} errors={errors.hoursPerUnit} />
        <TextField id="track-startedOn" label="Started on" name="startedOn" defaultValue={values.startedOn} type="date" errors={errors.startedOn} />
        <TextField id="track-targetOn" label="Target date" name="targetOn" defaultValue={values.targetOn} type="date" errors={errors.targetOn} />
        <TextField id="track-skills" label="Skills it teaches" name="skills" defaultValue={values.skills} placeholder="Distributed systems: 7, Go: 5" hint="Comma-separated; “: N” is the level reached at completion (default 6)." errors={errors.skills} />
      </div>
      <FormMessage message={state.message} ok={state.ok} />
      <Button type="submit" disabled={pending}>
        Add track
      </Button>
    </form>
  );
}
