"use client";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/card";
import { TextField } from "@/components/ui/field";
import { createPlanAction } from "@/lib/server/actions/plans";
import { EMPTY_FORM_STATE } from "@/lib/schemas/form-state";

/** The settings of the plan shown below the form, so the form describes it rather than the defaults. */
export interface PlanSettings {
  postingId: string | null;
  days: number;
  hoursPerDay: number;
  startDate: string;
}

export function PlanForm({ postings, today, built }: { postings: { id: string; title: string }[]; today: string; built?: PlanSettings | null }) {
  const [state, formAction, pending] = useActionState(createPlanAction, EMPTY_FORM_STATE);
  return (
    <form action={formAction} className="space-y-3" noValidate>
      <div className="grid gap-3 sm:grid-cols-4">
        <div className="sm:col-span-4">
          <label htmlFor="plan-posting" className="block text-sm font-medium text-slate-700">
            Prepare for
          </label>
          <select id="plan-posting" name="postingId" defaultValue={built?.postingId ?? ""} className="mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm">
            <option value="">All my postings</option>
            {postings.map((posting) => (
              <option key={posting.id} value={posting.id}>
                {posting.title}
              </option>
            ))}
          </select>
        </div>
        <TextField label="Days" name="days" type="number" min={1} max={60} defaultValue={built?.days ?? 7} errors={state.fieldErrors.days} />
        <TextField label="Hours a day" name="hoursPerDay" type="number" min={0.5} max={16} step={0.5} defaultValue={built?.hoursPerDay ?? 4} errors={state.fieldErrors.hoursPerDay} />
        <TextField label="Start date" name="startDate" type="date" defaultValue={built?.startDate ?? today} errors={state.fieldErrors.startDate} />
        <Button type="submit" disabled={pending} className="sm:mt-6">
          {pending ? "Planning..." : "Build my plan"}
        </Button>
      </div>
      <FormMessage message={state.message} ok={state.ok} />
    </form>
  );
}
