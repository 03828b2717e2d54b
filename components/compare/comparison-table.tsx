import Link from "next/link";
import type { ComparedPosting, ComparisonCell, ComparisonRow } from "@/lib/analysis/compare/build-comparison";

function standing(cell: ComparisonCell): { text: string; tone: string } {
  if (cell.coverage >= 0.995) return { text: "met", tone: "text-emerald-800 bg-emerald-100" };
  if (cell.coverage > 0) return { text: `${Math.round(cell.coverage * 100)}%`, tone: "text-amber-800 bg-amber-100" };
  return { text: "gap", tone: "text-rose-800 bg-rose-100" };
}

function Cell({ cell }: { cell: ComparisonCell | null }) {
  if (!cell) return <span className="text-slate-600">not asked</span>;
  const { text, tone } = standing(cell);
  return (
    <span className="flex flex-wrap items-center gap-1">
      <span className={cell.kind === "must" ? "font-medium text-slate-900" : "text-slate-700"}>{cell.kind}</span>
      {cell.minYears !== null && <span className="text-slate-700">{cell.minYears}+ yrs</span>}
      <span className={`rounded px-1.5 text-xs font-semibold ${tone}`}>{text}</span>
      {cell.coverageProjected > cell.coverage + 0.005 && <span className="text-xs text-emerald-800">→ {Math.round(cell.coverageProjected * 100)}%</span>}
    </span>
  );
}

/**
 * The comparison as a real table (rows and column headers for screen readers). On a phone it
 * scrolls inside its own focusable region rather than widening the page.
 */
export function ComparisonTable({ postings, rows }: { postings: ComparedPosting[]; rows: ComparisonRow[] }) {
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm" role="region" aria-label="Comparison table, scrolls sideways" tabIndex={0}>
      <table aria-label="Comparison" className="w-full border-collapse text-left text-sm">
        <thead>
          <tr className="border-b border-slate-200 align-top">
            <th scope="col" className="sticky left-0 w-28 bg-white p-2 font-semibold sm:w-40 sm:p-3">
              Skill
            </th>
            {postings.map((posting) => (
              <th key={posting.id} scope="col" className="min-w-32 p-2 font-semibold sm:p-3">
                <Link href={`/jobs/${posting.id}`} className="break-words text-brand-700 hover:underline">
                  {posting.title ?? "Untitled posting"}
                </Link>
                {posting.company && <span className="block text-xs font-normal text-slate-600">{posting.company}</span>}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          <tr className="border-b border-slate-200 bg-slate-50">
            <th scope="row" className="sticky left-0 bg-slate-50 p-2 font-semibold sm:p-3">
              Fit now
            </th>
            {postings.map((posting) => (
              <td key={posting.id} className="p-3 text-lg font-bold tabular-nums">
                {posting.report.fit}%
              </td>
            ))}
          </tr>
          <tr className="border-b border-slate-200 bg-slate-50">
            <th scope="row" className="sticky left-0 bg-slate-50 p-2 font-semibold sm:p-3">
              Projected
            </th>
            {postings.map((posting) => (
              <td key={posting.id} className="p-3 font-semibold tabular-nums text-emerald-800">
                {posting.report.fitProjected}%
              </td>
            ))}
          </tr>
          <tr className="border-b border-slate-200 bg-slate-50">
            <th scope="row" className="sticky left-0 bg-slate-50 p-2 font-semibold sm:p-3">
              Must-haves covered
            </th>
            {postings.map((posting) => (
              <td key={posting.id} className="p-3 tabular-nums">
                {posting.report.mustCoverage}%{posting.report.dealbreakers.length > 0 ? ` · ${posting.report.dealbreakers.length} dealbreaker${posting.report.dealbreakers.length === 1 ? "" : "s"}` : ""}
              </td>
            ))}
          </tr>
          {rows.map((row) => (
            <tr key={row.skillId} className="border-b border-slate-100 align-top">
              <th scope="row" className="sticky left-0 bg-white p-2 font-medium sm:p-3">
                {row.name}
                {row.askedBy > 1 && <span className="block text-xs font-normal text-slate-600">asked by {row.askedBy}</span>}
              </th>
              {row.cells.map((cell, column) => (
                <td key={postings[column].id} className="p-2 sm:p-3">
                  <Cell cell={cell} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
