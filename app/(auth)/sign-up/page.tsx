import Link from "next/link";
import { redirect } from "next/navigation";
import { SignUpForm } from "@/components/auth/sign-up-form";
import { getSessionUser } from "@/lib/server/auth";

export const metadata = { title: "Create account" };

export default async function SignUpPage() {
  if (await getSessionUser()) redirect("/dashboard");
  return (
    <>
      <h1 className="mb-4 text-lg font-semibold">Create your account</h1>
      <SignUpForm />
      <p className="mt-4 text-center text-sm text-slate-600">
        Already have one?{" "}
        <Link href="/sign-in" className="font-medium text-brand-600 hover:underline">
          Sign in
        </Link>
      </p>
    </>
  );
}
