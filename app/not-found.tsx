import Link from "next/link";

export default function NotFound() {
  return (
    <main id="main" tabIndex={-1} className="mx-auto flex min-h-[60vh] outline-none max-w-md flex-col justify-center px-4 text-center">
      <h1 className="text-2xl font-bold">Not found</h1>
      <p className="mt-2 text-slate-600">This page does not exist, or the link was revoked.</p>
      <Link href="/" className="mt-4 font-medium text-brand-600 hover:underline">
        Go to Fitgap
      </Link>
    </main>
  );
}
