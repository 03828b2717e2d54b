"use client";

export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  return (
    <main id="main" tabIndex={-1} className="mx-auto flex min-h-[60vh] outline-none max-w-md flex-col justify-center px-4 text-center">
      <h1 className="text-2xl font-bold">Something went wrong</h1>
      <p className="mt-2 text-slate-600">Nothing you saved was lost. Please try again.</p>
      <button type="button" onClick={reset} className="mt-4 font-medium text-brand-600 hover:underline">
        Try again
      </button>
    </main>
  );
}
