import Link from "next/link";
import { describeCounts, type GapReport } from "@/lib/analysis/score";
import type { FitPoint } from "@/lib/server/data/fit-snapshots";
import { FitSparkline } from "./fit-sparkline";

function fitTone(fit: number): string {
  if (fit >= 75) return "text-emerald-700";
  if (fit >= 45) return "text-amber-700";
  return "text-rose-700";
}

interface PostingCardProps {
  id: string;
  title: string | null;
  company: string | null;
  createdAt: Date;
  report: GapReport;
  history: FitPoint[];
}

export function PostingCard({ id, title, company, createdAt, report, history }: PostingCardProps) {
  return (
    <li>
      <Link href={`/jobs/${id}`} className="flex items-center gap-4 rounded-lg border border-slate-200 bg-white p-4 shadow-sm transition hover:border-brand-500">
        <div className="w-20 text-center">
          <p className={`text-2xl font-bold tabular-nums ${fitTone(report.fit)}`}>{report.fit}%</p>
          <p className="text-xs text-slate-500">fit now</p>
        </div>
        <div className="min-w-0 flex-1">
          <p className="truncate font-semibold">{title ?? "Untitled posting"}</p>
          {company && <p className="truncate text-sm text-slate-600">{company}</p>}
          <p className="mt-1 text-xs text-slate-500">
            Added {createdAt.toISOString().slice(0, 10)} · Must-haves: {describeCounts(report.counts.must)} · {report.counts.openGaps} open gap{report.counts.openGaps === 1 ? "" : "s"}
            {report.dealbreakers.length > 0 && <span className="text-rose-700"> · {report.dealbreakers.length} dealbreaker</span>}
          </p>
        </div>
        <FitSparkline points={history} />
        <div className="text-right text-sm">
          <p className="font-semibold tabular-nums text-emerald-700">{report.fitProjected}%</p>
          <p className="text-xs text-slate-500">projected</p>
          {report.readinessDate && <p className="text-xs text-slate-500">by {report.readinessDate}</p>}
        </div>
      </Link>
    </li>
  );
}
