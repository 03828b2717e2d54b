"use client";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/card";
import { TextAreaField, TextField } from "@/components/ui/field";
import { createPostingAction } from "@/lib/server/actions/postings";
import { EMPTY_FORM_STATE } from "@/lib/schemas/form-state";
import { MAX_POSTING_CHARACTERS } from "@/lib/analysis/posting-text";

/** `initial` pre-fills the fields (a fetched job page); what the person submits always wins. */
export function NewPostingForm({ initial }: { initial?: { description: string; title: string | null; company: string | null } } = {}) {
  const [state, formAction, pending] = useActionState(createPostingAction, EMPTY_FORM_STATE);
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <TextAreaField
        label="Job description"
        name="description"
        rows={16}
        required
        defaultValue={state.values?.description ?? initial?.description}
        placeholder="Paste the whole posting: requirements, nice-to-haves, stack..."
        hint={`Plain text or HTML, up to ${MAX_POSTING_CHARACTERS.toLocaleString("en-US")} characters.`}
        errors={state.fieldErrors.description}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField label="Title" name="title" defaultValue={state.values?.title ?? initial?.title ?? undefined} maxLength={200} placeholder="Inferred from the text when empty" errors={state.fieldErrors.title} />
        <TextField label="Company" name="company" defaultValue={state.values?.company ?? initial?.company ?? undefined} maxLength={200} placeholder="Inferred from the text when empty" errors={state.fieldErrors.company} />
      </div>
      <FormMessage message={state.message} />
      <div className="flex flex-wrap gap-2">
        <Button type="submit" disabled={pending}>
          {pending ? "Analyzing..." : "Analyze"}
        </Button>
        {state.needsConfirmation && (
          <Button type="submit" name="intent" value="save-anyway" variant="ghost" disabled={pending}>
            Save anyway
          </Button>
        )}
      </div>
    </form>
  );
}
