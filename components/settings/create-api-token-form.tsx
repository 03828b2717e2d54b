"use client";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/card";
import { TextField } from "@/components/ui/field";
import { createApiTokenAction, type CreateTokenState } from "@/lib/server/actions/api-tokens";
import { EMPTY_FORM_STATE } from "@/lib/schemas/form-state";

const INITIAL: CreateTokenState = EMPTY_FORM_STATE;

export function CreateApiTokenForm() {
  const [state, formAction, pending] = useActionState(createApiTokenAction, INITIAL);
  return (
    <div className="space-y-3">
      <form action={formAction} className="flex flex-wrap items-end gap-3">
        <div className="min-w-64 flex-1">
          <TextField label="Token name" name="name" placeholder="e.g. laptop scripts" maxLength={80} errors={state.fieldErrors.name} />
        </div>
        <Button type="submit" disabled={pending}>
          Create API token
        </Button>
      </form>
      {state.token && (
        <div className="rounded-md border border-amber-300 bg-amber-50 p-3">
          <TextField label="API token" name="token" value={state.token} readOnly onFocus={(event) => event.currentTarget.select()} className="font-mono" />
        </div>
      )}
      <FormMessage message={state.message} ok={state.ok} />
    </div>
  );
}
