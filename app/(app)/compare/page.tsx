import Link from "next/link";
import { notFound } from "next/navigation";
import { Card } from "@/components/ui/card";
import { ComparisonTable } from "@/components/compare/comparison-table";
import { buildComparison } from "@/lib/analysis/compare/build-comparison";
import { AppError } from "@/lib/errors";
import { CompareIdsSchema } from "@/lib/schemas/dashboard";
import { requireUserOrRedirect } from "@/lib/server/auth";
import { todayIso } from "@/lib/server/clock";
import { loadComparedPostings } from "@/lib/server/services/compare";

export const metadata = { title: "Compare postings" };

export default async function ComparePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireUserOrRedirect();
  const parsed = CompareIdsSchema.safeParse((await searchParams).ids);
  if (!parsed.success) {
    return (
      <div className="space-y-4">
        <h1 className="text-2xl font-bold tracking-tight">Compare postings</h1>
        <Card>
          <p role="alert" className="text-slate-800">
            {parsed.error.issues[0]?.message ?? "Pick 2 to 4 postings to compare."}
          </p>
          <p className="mt-2 text-sm">
            <Link href="/dashboard" className="font-medium text-brand-700 hover:underline">
              Back to your postings
            </Link>{" "}
            and tick “Compare” on 2 to 4 of them.
          </p>
        </Card>
      </div>
    );
  }
  const postings = await loadComparedPostings(user.id, parsed.data, todayIso()).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "not_found") notFound();
    throw error;
  });
  return (
    <div className="space-y-4">
      <div>
        <h1 className="text-2xl font-bold tracking-tight">Compare postings</h1>
        <p className="mt-1 text-sm text-slate-600">One column per posting, one row per skill any of them asks for; skills they share come first. Percentages are how much of each skill you can claim today.</p>
      </div>
      <ComparisonTable postings={postings} rows={buildComparison(postings)} />
    </div>
  );
}
