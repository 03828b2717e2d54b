"use client";
import { useActionState, useEffect, useRef, useState } from "react";
import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/card";
import { TextField } from "@/components/ui/field";
import { signUpAction } from "@/lib/server/actions/auth";
import { EMPTY_FORM_STATE, type FormState } from "@/lib/schemas/form-state";
import { signUpSignInFailureMessage } from "@/lib/schemas/auth";

export function SignUpForm() {
  const router = useRouter();
  // React resets the form after the action, so keep what was typed for the sign-in that follows.
  const typed = useRef({ email: "", password: "" });
  // Set when the sign-in that follows a sign-up fails (see signUpAction: a taken email answers alike).
  const [signInFailure, setSignInFailure] = useState<string | null>(null);
  const [state, formAction, pending] = useActionState(async (previous: FormState, formData: FormData) => {
    typed.current = { email: String(formData.get("email") ?? ""), password: String(formData.get("password") ?? "") };
    setSignInFailure(null);
    return signUpAction(previous, formData);
  }, EMPTY_FORM_STATE);

  // Sign in with the same credentials: it works for the new account, or for an existing one whose password this is.
  useEffect(() => {
    if (!state.ok) return;
    signIn("credentials", { ...typed.current, redirect: false }).then((result) => {
      if (result?.ok && !result.error) {
        router.push("/dashboard");
        router.refresh();
      } else {
        setSignInFailure(signUpSignInFailureMessage(result?.error));
      }
    });
  }, [state, router]);
  const signingIn = state.ok && !signInFailure;

  return (
    <form action={formAction} className="space-y-4">
      <TextField label="Email" name="email" defaultValue={state.values?.email} type="email" autoComplete="email" required errors={state.fieldErrors.email} />
      <TextField
        label="Password"
        name="password"
        type="password"
        autoComplete="new-password"
        required
        hint="At least 10 characters, mixing letters with digits or symbols."
        errors={state.fieldErrors.password}
      />
      <FormMessage message={signInFailure ?? state.message} ok={signingIn} />
      <Button type="submit" className="w-full" disabled={pending || signingIn}>
        {pending ? "Creating account..." : "Create account"}
      </Button>
    </form>
  );
}
