import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { PostingCard } from "@/components/dashboard/posting-card";
import { StudyNext } from "@/components/dashboard/study-next";
import { requireUserOrRedirect } from "@/lib/server/auth";
import { todayIso } from "@/lib/server/clock";
import { listPostingReports } from "@/lib/server/data/reports";
import { listFitHistories } from "@/lib/server/data/fit-snapshots";

export const metadata = { title: "Dashboard" };

export default async function DashboardPage() {
  const user = await requireUserOrRedirect();
  const [{ profile, reports: postings }, histories] = await Promise.all([listPostingReports(user.id, todayIso()), listFitHistories(user.id)]);
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-bold tracking-tight">Your postings</h1>
          <p className="mt-1 text-sm text-slate-600">Newest first. Fit now is what you can claim today; projected counts your study tracks as complete.</p>
        </div>
        <Link href="/jobs/new" className={buttonClasses("primary")}>
          Analyze a new posting
        </Link>
      </div>
      {postings.length === 0 ? (
        <Card>
          <p className="text-slate-700">No postings yet.</p>
          <p className="mt-1 text-sm text-slate-600">
            <Link href="/jobs/new" className="font-medium text-brand-600 hover:underline">
              Paste a job description
            </Link>{" "}
            to see your gap report, and{" "}
            <Link href="/profile" className="font-medium text-brand-600 hover:underline">
              add your skills
            </Link>{" "}
            so it can be scored.
          </p>
        </Card>
      ) : (
        <ul className="space-y-3">
          {postings.map(({ posting, report }) => (
            <PostingCard key={posting.id} id={posting.id} title={posting.title} company={posting.company} createdAt={posting.createdAt} report={report} history={histories.get(posting.id) ?? []} />
          ))}
        </ul>
      )}
      <StudyNext postings={postings} profile={profile} />
    </div>
  );
}
