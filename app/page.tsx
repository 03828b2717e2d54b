import Link from "next/link";
import { redirect } from "next/navigation";
import { buttonClasses } from "@/components/ui/button";
import { getSessionUser } from "@/lib/server/auth";

export default async function HomePage() {
  if (await getSessionUser()) redirect("/dashboard");
  return (
    <main id="main" tabIndex={-1} className="mx-auto flex min-h-screen max-w-2xl outline-none flex-col justify-center px-6 py-16">
      <p className="text-sm font-semibold uppercase tracking-wide text-brand-600">Fitgap</p>
      <h1 className="mt-2 text-4xl font-bold tracking-tight">Know exactly where you stand before the interview.</h1>
      <p className="mt-4 text-lg text-slate-600">
        Paste a job description. Fitgap pulls out every requirement, matches it against your skills and the courses you are
        studying, and shows an honest, explained gap score with what to study next.
      </p>
      <div className="mt-8 flex gap-3">
        <Link href="/sign-up" className={buttonClasses("primary")}>
          Create account
        </Link>
        <Link href="/sign-in" className={buttonClasses("secondary")}>
          Sign in
        </Link>
      </div>
    </main>
  );
}
