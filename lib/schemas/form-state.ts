import type { z } from "zod";

/** What every server action returns to useActionState. */
export interface FormState {
  ok: boolean;
  message: string | null;
  fieldErrors: Record<string, string[] | undefined>;
  /**
   * What was submitted, echoed back on failure: React resets a form after its action, and the
   * form's defaultValues bring the text back, so a rejected paste is never lost.
   */
  values?: Record<string, string>;
  /** Nothing was saved yet: the person must confirm (re-adding a skill, a paste with no requirements). */
  needsConfirmation?: boolean;
}

export const EMPTY_FORM_STATE: FormState = { ok: false, message: null, fieldErrors: {} };

export function invalidFormState(error: z.ZodError, message = "Please fix the highlighted fields.", values?: Record<string, string>): FormState {
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = String(issue.path[0] ?? "form");
    (fieldErrors[key] ??= []).push(issue.message);
  }
  return { ok: false, message, fieldErrors, values };
}

/** The named text fields of a form submission (never pass password fields). */
export function submittedValues(formData: FormData, names: readonly string[]): Record<string, string> {
  const values: Record<string, string> = {};
  for (const name of names) {
    const value = formData.get(name);
    if (typeof value === "string") values[name] = value;
  }
  return values;
}

/** A server action reached with something other than a form (a hand-made JSON or text body). */
export const NOT_A_FORM_MESSAGE = "That request was not a form submission. Nothing was saved.";
export const NOT_A_FORM_STATE: FormState = { ok: false, message: NOT_A_FORM_MESSAGE, fieldErrors: {} };

export function isFormSubmission(value: unknown): value is FormData {
  return value instanceof FormData;
}

/** What a one-click action (remove, toggle) returns to its button: null, or why nothing changed. */
export interface ClickState {
  message: string | null;
}

export const EMPTY_CLICK_STATE: ClickState = { message: null };
