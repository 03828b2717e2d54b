"use client";
import { useActionState, useEffect, useRef } from "react";
import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/card";
import { TextField } from "@/components/ui/field";
import { signUpAction } from "@/lib/server/actions/auth";
import { EMPTY_FORM_STATE, type FormState } from "@/lib/schemas/form-state";

export function SignUpForm() {
  const router = useRouter();
  // React resets the form after the action, so keep what was typed for the sign-in that follows.
  const typed = useRef({ email: "", password: "" });
  const [state, formAction, pending] = useActionState(async (previous: FormState, formData: FormData) => {
    typed.current = { email: String(formData.get("email") ?? ""), password: String(formData.get("password") ?? "") };
    return signUpAction(previous, formData);
  }, EMPTY_FORM_STATE);

  // Once the account exists, sign in with the same credentials.
  useEffect(() => {
    if (!state.ok) return;
    signIn("credentials", { ...typed.current, redirect: false }).then((result) => {
      router.push(result?.ok ? "/dashboard" : "/sign-in");
      router.refresh();
    });
  }, [state, router]);

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
      <FormMessage message={state.message} ok={state.ok} />
      <Button type="submit" className="w-full" disabled={pending || state.ok}>
        {pending ? "Creating account..." : "Create account"}
      </Button>
    </form>
  );
}
