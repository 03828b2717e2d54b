"use server";
import { publicMessage } from "@/lib/errors";
import { SIGN_UP_ACCEPTED, SignUpSchema } from "@/lib/schemas/auth";
import { invalidFormState, submittedValues, type FormState, isFormSubmission, NOT_A_FORM_STATE } from "@/lib/schemas/form-state";
import { createUserWithPassword } from "@/lib/server/data/users";
import { consumeAttempt } from "@/lib/server/rate-limit";
import { requestAddress } from "@/lib/server/request-address";

/**
 * Creates the account; the form then signs in through next-auth with the same credentials.
 * A taken email gets the very same answer (same message, same work: the password is hashed
 * either way), so this action never tells whether an email has an account. What follows is an
 * ordinary sign-in: it works when the password is that account's (a person who forgot they had
 * signed up is simply signed in) and otherwise fails like any wrong password, counted by the
 * sign-in throttles. Without outgoing email, that sign-in outcome is the one signal left, and it
 * costs a prober a throttled sign-up and a throttled failed sign-in per email tried.
 */
export async function signUpAction(_previous: FormState, formData: FormData): Promise<FormState> {
  if (!isFormSubmission(formData)) return NOT_A_FORM_STATE;
  const values = submittedValues(formData, ["email"]);
  const parsed = SignUpSchema.safeParse({ email: formData.get("email"), password: formData.get("password") });
  if (!parsed.success) return invalidFormState(parsed.error, undefined, values);
  try {
    await consumeAttempt("sign-up", [{ limit: "signUpPerIp", key: await requestAddress() }]);
    await createUserWithPassword(parsed.data);
    return { ok: true, message: SIGN_UP_ACCEPTED, fieldErrors: {}, values };
  } catch (error) {
    return { ok: false, message: publicMessage(error), fieldErrors: {}, values };
  }
}
