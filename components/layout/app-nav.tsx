import Link from "next/link";
import { NavLinks } from "./nav-links";
import { SignOutButton } from "./sign-out-button";

export function AppNav({ email }: { email: string }) {
  return (
    <header className="border-b border-slate-200 bg-white print:hidden">
      <nav aria-label="Main" className="mx-auto flex max-w-5xl flex-wrap items-center gap-x-1 gap-y-2 px-4 py-3">
        <Link href="/dashboard" className="mr-4 text-lg font-bold tracking-tight text-brand-700">
          Fitgap
        </Link>
        <NavLinks />
        <span className="ml-auto hidden text-sm text-slate-600 sm:inline">{email}</span>
        <SignOutButton />
      </nav>
    </header>
  );
}
