import { z } from "zod";

export const EmailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .min(1, "Enter your email address.")
  .max(254, "That email address is too long.")
  .pipe(z.email("Enter a valid email address."));

export const NewPasswordSchema = z
  .string()
  .min(10, "Use at least 10 characters.")
  .max(200, "Use at most 200 characters.")
  .refine((value) => /[a-zA-Z]/.test(value) && /[^a-zA-Z]/.test(value), "Mix letters with digits or symbols.");

export const SignUpSchema = z.object({ email: EmailSchema, password: NewPasswordSchema });
export const SignInSchema = z.object({ email: EmailSchema, password: z.string().min(1, "Enter your password.").max(200) });

export type SignUpInput = z.infer<typeof SignUpSchema>;

/** The one answer to a valid sign-up, whether or not the email already had an account. */
export const SIGN_UP_ACCEPTED = "Signing you in...";

const THROTTLED = /^Too many sign-(in|up) attempts\. Wait \d+ minutes? and try again\.$/;

/**
 * A failed sign-in as a person should read it: the same words whether or not the email has an
 * account; a throttle's own message (it reads the same for every email too); nothing else verbatim.
 */
export function signInFailureMessage(error: string | null | undefined): string {
  if (!error || error === "CredentialsSignin") return "Wrong email or password.";
  if (THROTTLED.test(error)) return error;
  return "Sign-in failed. Please try again.";
}

/** After sign-up, the sign-in with the same details failed: a wrong password for a taken email, or a throttle. */
export function signUpSignInFailureMessage(error: string | null | undefined): string {
  if (error && THROTTLED.test(error)) return error;
  return "Could not sign you in with these details. If you already have an account, sign in with its password.";
}
