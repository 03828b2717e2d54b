"use client";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/card";
import { TextField } from "@/components/ui/field";
import { addResourceAction } from "@/lib/server/actions/tracks";
import { EMPTY_FORM_STATE } from "@/lib/schemas/form-state";
import { RESOURCE_KINDS } from "@/lib/analysis/types";

export function AddResourceForm() {
  const [state, formAction, pending] = useActionState(addResourceAction, EMPTY_FORM_STATE);
  const errors = state.fieldErrors;
  const values = state.values ?? {};
  return (
    <form action={formAction} className="space-y-3" noValidate>
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField id="resource-title" label="Resource title" name="title" defaultValue={values.title} required errors={errors.title} />
        <TextField id="resource-url" label="Resource link" name="url" defaultValue={values.url} type="url" placeholder="https://..." errors={errors.url} />
        <div>
          <label htmlFor="resource-kind" className="block text-sm font-medium text-slate-700">
            Kind
          </label>
          <select id="resource-kind" name="kind" defaultValue={values.kind ?? "course"} className="mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm">
            {RESOURCE_KINDS.map((kind) => (
              <option key={kind}>{kind}</option>
            ))}
          </select>
        </div>
        <TextField id="resource-hours" label="Hours" name="hours" defaultValue={values.hours} type="number" min={0.1} step={0.5} required errors={errors.hours} />
        <TextField id="resource-skills" label="Skills covered" name="skills" defaultValue={values.skills} placeholder="Terraform, AWS" errors={errors.skills} />
        <TextField id="resource-level" label="Level it brings" name="level" type="number" min={1} max={10} defaultValue={values.level ?? 6} errors={errors.level} />
      </div>
      <FormMessage message={state.message} ok={state.ok} />
      <Button type="submit" variant="secondary" disabled={pending}>
        Add resource
      </Button>
    </form>
  );
}
