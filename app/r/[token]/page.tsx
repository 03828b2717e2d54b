import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { GapReportView } from "@/components/report/gap-report";
import { todayIso } from "@/lib/server/clock";
import { buildSharedReport } from "@/lib/server/services/posting-reports";

export const metadata: Metadata = { title: "Shared gap report", robots: { index: false, follow: false }, referrer: "no-referrer" };

/** Public, read-only: the token is the only key. Unknown, revoked or expired tokens are 404. */
export default async function SharedReportPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const data = await buildSharedReport(token, todayIso());
  if (!data) notFound();
  return (
    <main id="main" tabIndex={-1} className="mx-auto max-w-5xl px-4 py-8 outline-none">
      <p className="mb-4 rounded-md bg-brand-50 px-3 py-2 text-sm text-brand-700">
        A read-only gap report of a candidate, shared from{" "}
        <Link href="/" className="font-semibold hover:underline">
          Fitgap
        </Link>
        .
      </p>
      <GapReportView data={data} audience="public" />
    </main>
  );
}
