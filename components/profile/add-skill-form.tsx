"use client";
import { useActionState, useEffect, useRef } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/card";
import { TextField } from "@/components/ui/field";
import { addSkillAction } from "@/lib/server/actions/profile";
import { EMPTY_FORM_STATE } from "@/lib/schemas/form-state";
import { SkillSuggestions } from "@/components/corrections/skill-suggestions";

export function AddSkillForm() {
  const [state, formAction, pending] = useActionState(addSkillAction, EMPTY_FORM_STATE);
  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (state.ok) formRef.current?.reset();
  }, [state]);

  return (
    <form ref={formRef} action={formAction} className="space-y-3" noValidate>
      <div className="grid gap-3 sm:grid-cols-[2fr_1fr_1fr_auto] sm:items-start">
        <TextField label="Skill" name="name" defaultValue={state.values?.name} list="skill-suggestions" placeholder="e.g. Python, kdb+, PostgreSQL" required maxLength={80} errors={state.fieldErrors.name} />
        <TextField label="Level" name="level" defaultValue={state.values?.level} type="number" min={0} max={10} step={1} placeholder="0-10" required errors={state.fieldErrors.level} />
        <TextField label="Years" name="years" defaultValue={state.values?.years} type="number" min={0} max={60} step={0.5} placeholder="0" errors={state.fieldErrors.years} />
        <Button type="submit" disabled={pending} className="sm:mt-6">
          Add skill
        </Button>
      </div>
      <SkillSuggestions id="skill-suggestions" aliases={false} />
      <FormMessage message={state.message} ok={state.ok} />
      {state.needsConfirmation && (
        <div className="flex gap-2">
          {/* Sends the same fields again with the update confirmed. */}
          <Button type="submit" name="intent" value="update" disabled={pending}>
            Update skill
          </Button>
        </div>
      )}
    </form>
  );
}
