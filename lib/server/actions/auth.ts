"use server";
import { publicMessage } from "@/lib/errors";
import { SignUpSchema } from "@/lib/schemas/auth";
import { invalidFormState, submittedValues, type FormState } from "@/lib/schemas/form-state";
import { createUserWithPassword } from "@/lib/server/data/users";

/** Creates the account; the form then signs in through next-auth with the same credentials. */
export async function signUpAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = submittedValues(formData, ["email"]);
  const parsed = SignUpSchema.safeParse({ email: formData.get("email"), password: formData.get("password") });
  if (!parsed.success) return invalidFormState(parsed.error, undefined, values);
  try {
    await createUserWithPassword(parsed.data);
    return { ok: true, message: "Account created. Signing you in...", fieldErrors: {} };
  } catch (error) {
    return { ok: false, message: publicMessage(error), fieldErrors: {}, values };
  }
}
