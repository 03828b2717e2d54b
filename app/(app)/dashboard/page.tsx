import { Suspense } from "react";
import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { PostingCard } from "@/components/dashboard/posting-card";
import { PostingFilters } from "@/components/dashboard/posting-filters";
import { Pagination } from "@/components/dashboard/pagination";
import { StudyNext } from "@/components/dashboard/study-next";
import { DashboardQuerySchema } from "@/lib/schemas/dashboard";
import { requireUserOrRedirect } from "@/lib/server/auth";
import { todayIso } from "@/lib/server/clock";
import { loadDashboardPage, loadDashboardStudyNext } from "@/lib/server/services/dashboard";

export const metadata = { title: "Dashboard" };

const COMPARE_FORM = "compare-form";

/**
 * "What to study next" sums over every posting: stored, and ranked again by the background job
 * after its inputs change. It streams in after the page of postings (the very first ranking of a
 * person is worked out here).
 */
async function StudyNextAcrossPostings({ userId }: { userId: string }) {
  const { items, current } = await loadDashboardStudyNext(userId, 8);
  return <StudyNext items={items} updating={!current} />;
}

export default async function DashboardPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireUserOrRedirect();
  const query = DashboardQuerySchema.parse(await searchParams);
  const { reports, histories, total, pages } = await loadDashboardPage(user.id, query, todayIso());
  const filtered = query.q !== "";
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div className="min-w-0">
          <h1 className="text-2xl font-bold tracking-tight">Your postings</h1>
          <p className="mt-1 text-sm text-slate-600">Fit now is what you can claim today; projected counts your study tracks as complete.</p>
        </div>
        <Link href="/jobs/new" className={buttonClasses("primary")}>
          Analyze a new posting
        </Link>
      </div>
      {total === 0 && !filtered ? (
        <Card>
          <p className="text-slate-700">No postings yet.</p>
          <p className="mt-1 text-sm text-slate-600">
            <Link href="/jobs/new" className="font-medium text-brand-700 hover:underline">
              Paste a job description
            </Link>{" "}
            to see your gap report, and{" "}
            <Link href="/profile" className="font-medium text-brand-700 hover:underline">
              add your skills
            </Link>{" "}
            so it can be scored.
          </p>
        </Card>
      ) : (
        <>
          <PostingFilters query={query} total={total} />
          {reports.length === 0 ? (
            <p className="text-sm text-slate-700">No posting matches “{query.q}”.</p>
          ) : (
            <>
              <form id={COMPARE_FORM} action="/compare" method="get" className="flex flex-wrap items-center gap-3">
                <button type="submit" className={buttonClasses("secondary")}>
                  Compare selected
                </button>
                <span className="text-sm text-slate-600">Tick 2 to 4 postings.</span>
              </form>
              <ul className="space-y-3" aria-label="Postings">
                {reports.map(({ posting, report }) => (
                  <PostingCard key={posting.id} id={posting.id} title={posting.title} company={posting.company} createdAt={posting.createdAt} report={report} history={histories.get(posting.id) ?? []} compareForm={COMPARE_FORM} />
                ))}
              </ul>
              <Pagination query={query} pages={pages} />
            </>
          )}
        </>
      )}
      {total > 0 && (
        <Suspense fallback={<p className="text-sm text-slate-600">Working out what to study next…</p>}>
          <StudyNextAcrossPostings userId={user.id} />
        </Suspense>
      )}
    </div>
  );
}
