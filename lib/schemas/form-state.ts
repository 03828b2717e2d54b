import type { z } from "zod";

/** What every server action returns to useActionState. */
export interface FormState {
  ok: boolean;
  message: string | null;
  fieldErrors: Record<string, string[] | undefined>;
}

export const EMPTY_FORM_STATE: FormState = { ok: false, message: null, fieldErrors: {} };

export function invalidFormState(error: z.ZodError, message = "Please fix the highlighted fields."): FormState {
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = String(issue.path[0] ?? "form");
    (fieldErrors[key] ??= []).push(issue.message);
  }
  return { ok: false, message, fieldErrors };
}
