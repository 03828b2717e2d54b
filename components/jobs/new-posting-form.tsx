"use client";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/card";
import { TextAreaField, TextField } from "@/components/ui/field";
import { createPostingAction } from "@/lib/server/actions/postings";
import { EMPTY_FORM_STATE, submittedValues, type FormState } from "@/lib/schemas/form-state";
import { countCharacters, MAX_POSTING_CHARACTERS } from "@/lib/analysis/posting-text";
import { TOO_LONG_MESSAGE } from "@/lib/schemas/posting";

/** Checked here before anything is sent: a huge paste never leaves the browser, and stays in the box. */
function checkBeforeSending(formData: FormData): FormState | null {
  const description = String(formData.get("description") ?? "");
  if (countCharacters(description, MAX_POSTING_CHARACTERS) <= MAX_POSTING_CHARACTERS) return null;
  return {
    ok: false,
    message: "Nothing was sent: please shorten the description.",
    fieldErrors: { description: [TOO_LONG_MESSAGE] },
    values: submittedValues(formData, ["description", "title", "company"]),
  };
}

/** `initial` pre-fills the fields (a fetched job page); what the person submits always wins. */
export function NewPostingForm({ initial }: { initial?: { description: string; title: string | null; company: string | null } } = {}) {
  const [state, formAction, pending] = useActionState(
    async (previous: FormState, formData: FormData) => checkBeforeSending(formData) ?? createPostingAction(previous, formData),
    EMPTY_FORM_STATE,
  );
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
