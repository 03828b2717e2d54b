"use client";
import { useActionState, useEffect, useRef } from "react";
import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/card";
import { TextField } from "@/components/ui/field";
import { signUpAction } from "@/lib/server/actions/auth";
import { EMPTY_FORM_STATE } from "@/lib/schemas/form-state";

export function SignUpForm() {
  const router = useRouter();
  const [state, formAction, pending] = useActionState(signUpAction, EMPTY_FORM_STATE);
  const formRef = useRef<HTMLFormElement>(null);

  // Once the account exists, sign in with what was typed.
  useEffect(() => {
    if (!state.ok || !formRef.current) return;
    const data = new FormData(formRef.current);
    signIn("credentials", { email: String(data.get("email")), password: String(data.get("password")), redirect: false }).then((result) => {
      router.push(result?.ok ? "/dashboard" : "/sign-in");
      router.refresh();
    });
  }, [state, router]);

  return (
    <form ref={formRef} action={formAction} className="space-y-4">
      <TextField label="Email" name="email" type="email" autoComplete="email" required errors={state.fieldErrors.email} />
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
