"use client";
import { useState, useTransition } from "react";
import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/card";
import { TextField } from "@/components/ui/field";
import { signInFailureMessage } from "@/lib/schemas/auth";

export function SignInForm({ gitHubEnabled, initialError }: { gitHubEnabled: boolean; initialError?: string | null }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(initialError ?? null);
  const [pending, startTransition] = useTransition();
  // Controlled, so a failed attempt keeps what was typed (React resets a form after its action).
  const [email, setEmail] = useState("");

  function submit(formData: FormData) {
    setError(null);
    startTransition(async () => {
      const result = await signIn("credentials", {
        email: String(formData.get("email") ?? ""),
        password: String(formData.get("password") ?? ""),
        redirect: false,
      });
      if (!result || result.error) {
        setError(signInFailureMessage(result?.error));
        return;
      }
      router.push("/dashboard");
      router.refresh();
    });
  }

  return (
    <div className="space-y-4">
      <form action={submit} className="space-y-4">
        <TextField label="Email" name="email" type="email" autoComplete="email" required value={email} onChange={(event) => setEmail(event.target.value)} />
        <TextField label="Password" name="password" type="password" autoComplete="current-password" required />
        <FormMessage message={error} />
        <Button type="submit" className="w-full" disabled={pending} aria-busy={pending}>
          {pending ? "Signing in…" : "Sign in"}
        </Button>
      </form>
      {gitHubEnabled && (
        <Button type="button" variant="secondary" className="w-full" onClick={() => signIn("github", { callbackUrl: "/dashboard" })}>
          Sign in with GitHub
        </Button>
      )}
    </div>
  );
}
