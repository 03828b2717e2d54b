import Link from "next/link";

export default function AuthLayout({ children }: { children: React.ReactNode }) {
  return (
    <main id="main" tabIndex={-1} className="mx-auto flex min-h-screen max-w-sm outline-none flex-col justify-center px-4 py-12">
      <Link href="/" className="mb-8 text-center text-2xl font-bold tracking-tight text-brand-700">
        Fitgap
      </Link>
      <div className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm">{children}</div>
    </main>
  );
}
