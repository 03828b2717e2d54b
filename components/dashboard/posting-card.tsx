import Link from "next/link";
import { describeCounts } from "@/lib/analysis/score";
import type { PostingCardReport } from "@/lib/analysis/summary/posting-card";
import { topGaps } from "@/lib/analysis/summary/top-gaps";
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
  report: PostingCardReport;
  history: FitPoint[];
  /** The id of the compare form the checkbox belongs to. */
  compareForm: string;
}

function Stat({ value, label, tone = "text-slate-900" }: { value: string; label: string; tone?: string }) {
  return (
    <div className="min-w-16">
      <p className={`stat-value ${tone}`}>{value}</p>
      <p className="stat-label">{label}</p>
    </div>
  );
}

export function PostingCard({ id, title, company, createdAt, report, history, compareForm }: PostingCardProps) {
  const name = title ?? "Untitled posting";
  const gaps = topGaps(report, 3);
  return (
    <li className="posting-card bg-white">
      <div className="posting-card-head">
        <div className="min-w-0 flex-1 basis-56">
          <h2 className="break-words font-semibold">
            <Link href={`/jobs/${id}`} className="hover:text-brand-700 hover:underline">
              {name}
            </Link>
          </h2>
          <p className="break-words text-sm text-slate-600">
            {company ? `${company} · ` : ""}added {createdAt.toISOString().slice(0, 10)} · must-haves: {describeCounts(report.counts.must)}
          </p>
        </div>
        <label className="flex items-center gap-2 text-sm text-slate-700">
          <input type="checkbox" name="ids" value={id} form={compareForm} aria-label={`Compare ${name}`} className="h-4 w-4" />
          <span aria-hidden="true">Compare</span>
        </label>
      </div>
      <div className="mt-3 flex flex-wrap items-end gap-x-6 gap-y-3">
        <Stat value={`${report.fit}%`} label="fit now" tone={fitTone(report.fit)} />
        <Stat value={`${report.fitProjected}%`} label={report.readinessDate ? `projected by ${report.readinessDate}` : "projected"} tone="text-emerald-700" />
        <Stat value={`${report.mustCoverage}%`} label="must-haves covered" />
        <Stat value={String(report.dealbreakerCount)} label={report.dealbreakerCount === 1 ? "dealbreaker" : "dealbreakers"} tone={report.dealbreakerCount > 0 ? "text-rose-700" : "text-slate-900"} />
        <div className="hidden sm:block">
          <FitSparkline points={history} />
        </div>
      </div>
      {gaps.length > 0 && (
        <div className="mt-3 text-sm">
          <span className="font-medium text-slate-700">Top gaps: </span>
          <ul className="inline" aria-label={`Top gaps of ${name}`}>
            {gaps.map((gap, position) => (
              <li key={gap.index} className="gap-item">
                {position > 0 && " · "}
                {gap.label} <span className="text-slate-600">({gap.kind}, {Math.round(gap.coverage * 100)}%)</span>
              </li>
            ))}
          </ul>
        </div>
      )}
    </li>
  );
}
