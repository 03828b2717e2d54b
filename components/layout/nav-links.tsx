"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";

const LINKS = [
  { href: "/dashboard", label: "Dashboard" },
  { href: "/jobs/new", label: "New posting" },
  { href: "/profile", label: "Profile" },
  { href: "/tracks", label: "Study tracks" },
  { href: "/plan", label: "Prep plan" },
  { href: "/settings", label: "Settings" },
];

/** The main links; the one for the page being shown carries aria-current="page". */
export function NavLinks() {
  const pathname = usePathname();
  return (
    <>
      {LINKS.map((link) => {
        const current = pathname === link.href;
        return (
          <Link
            key={link.href}
            href={link.href}
            aria-current={current ? "page" : undefined}
            className={`rounded-md px-2 py-1 text-sm hover:bg-slate-100 ${current ? "bg-brand-50 font-semibold text-brand-700" : "text-slate-700"}`}
          >
            {link.label}
          </Link>
        );
      })}
    </>
  );
}
