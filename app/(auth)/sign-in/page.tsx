import Link from "next/link";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/auth/sign-in-form";
import { isGitHubSignInEnabled } from "@/lib/env";
import { getSessionUser } from "@/lib/server/auth";

export const metadata = { title: "Sign in" };

const ERRORS: Record<string, string> = {
  NoEmail: "Your GitHub account has no public verified email; sign up with email instead.",
  CredentialsSignin: "Wrong email or password.",
};

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ error?: string }> }) {
  if (await getSessionUser()) redirect("/dashboard");
  const { error } = await searchParams;
  return (
    <>
      <h1 className="mb-4 text-lg font-semibold">Sign in</h1>
      <SignInForm gitHubEnabled={isGitHubSignInEnabled()} initialError={error ? (ERRORS[error] ?? "Sign-in failed. Please try again.") : null} />
      <p className="mt-4 text-center text-sm text-slate-600">
        New here?{" "}
        <Link href="/sign-up" className="font-medium text-brand-600 hover:underline">
          Create an account
        </Link>
      </p>
    </>
  );
}
