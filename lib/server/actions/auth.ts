"use server";
import { publicMessage } from "@/lib/errors";
import { SignUpSchema } from "@/lib/schemas/auth";
import { invalidFormState, submittedValues, type FormState, isFormSubmission, NOT_A_FORM_STATE } from "@/lib/schemas/form-state";
import { createUserWithPassword } from "@/lib/server/data/users";
import { consumeAttempt } from "@/lib/server/rate-limit";
import { requestAddress } from "@/lib/server/request-address";

/** Creates the account; the form then signs in through next-auth with the same credentials. */
export async function signUpAction(_previous: FormState, formData: FormData): Promise<FormState> {
  if (!isFormSubmission(formData)) return NOT_A_FORM_STATE;
  const values = submittedValues(formData, ["email"]);
  const parsed = SignUpSchema.safeParse({ email: formData.get("email"), password: formData.get("password") });
  if (!parsed.success) return invalidFormState(parsed.error, undefined, values);
  try {
    await consumeAttempt("sign-up", [{ limit: "signUpPerIp", key: await requestAddress() }]);
    await createUserWithPassword(parsed.data);
    return { ok: true, message: "Account created. Signing you in...", fieldErrors: {} };
  } catch (error) {
    return { ok: false, message: publicMessage(error), fieldErrors: {}, values };
  }
}
