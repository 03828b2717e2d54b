import Link from "next/link";
import { SignOutButton } from "./sign-out-button";

const LINKS = [
  { href: "/dashboard", label: "Dashboard" },
  { href: "/jobs/new", label: "New posting" },
  { href: "/profile", label: "Profile" },
  { href: "/tracks", label: "Study tracks" },
  { href: "/plan", label: "Prep plan" },
  { href: "/settings", label: "Settings" },
];

export function AppNav({ email }: { email: string }) {
  return (
    <header className="border-b border-slate-200 bg-white">
      <nav aria-label="Main" className="mx-auto flex max-w-5xl flex-wrap items-center gap-x-1 gap-y-2 px-4 py-3">
        <Link href="/dashboard" className="mr-4 text-lg font-bold tracking-tight text-brand-700">
          Fitgap
        </Link>
        {LINKS.map((link) => (
          <Link key={link.href} href={link.href} className="rounded-md px-2 py-1 text-sm text-slate-700 hover:bg-slate-100">
            {link.label}
          </Link>
        ))}
        <span className="ml-auto hidden text-sm text-slate-500 sm:inline">{email}</span>
        <SignOutButton />
      </nav>
    </header>
  );
}
