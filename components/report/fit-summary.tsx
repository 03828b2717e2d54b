import type { GapReport } from "@/lib/analysis/score";
import { shortenText } from "./shorten-text";

/** Distinct dealbreaker lines shown; a wall of identical bullets makes one line with its count. */
const DEALBREAKER_LINE_LIMIT = 10;

function DealbreakerList({ items, has }: { items: GapReport["dealbreakers"]; has: string }) {
  const lines = new Map<string, number>();
  for (const item of items) {
    const line = `${item.skills.join(", ") || shortenText(item.text)}: asks ${item.minYears} years, ${has} ${item.yearsHave}.`;
    lines.set(line, (lines.get(line) ?? 0) + 1);
  }
  const shown = [...lines].slice(0, DEALBREAKER_LINE_LIMIT);
  return (
    <ul className="mt-1 list-disc pl-5">
      {shown.map(([line, count]) => (
        <li key={line}>
          {line}
          {count > 1 ? ` (${count.toLocaleString("en-US")} requirements)` : ""}
        </li>
      ))}
      {lines.size > shown.length && <li>and {(lines.size - shown.length).toLocaleString("en-US")} more</li>}
    </ul>
  );
}

function Meter({ label, value, tone, ariaLabel, hint }: { label: string; value: number; tone: string; ariaLabel?: string; hint: string }) {
  return (
    <div className="rounded-lg border border-slate-200 bg-white p-4" title={hint}>
      <p className="text-xs font-medium uppercase tracking-wide text-slate-600">{label}</p>
      <p className={`mt-1 text-3xl font-bold ${tone}`} aria-label={ariaLabel}>
        {value}%
      </p>
      <div className="mt-2 h-1.5 rounded bg-slate-100">
        <div className={`h-1.5 rounded ${tone.replace("text-", "bg-")}`} style={{ width: `${value}%` }} />
      </div>
      <p className="mt-2 text-xs text-slate-600">{hint}</p>
    </div>
  );
}

export function FitSummary({ report, audience = "owner" }: { report: GapReport; audience?: "owner" | "public" }) {
  if (audience === "public") return <PublicFitSummary report={report} />;
  return (
    <div className="space-y-3">
      <div className="grid gap-3 sm:grid-cols-3">
        <Meter label="Fit now" value={report.fit} tone="text-brand-600" ariaLabel="Fit score" hint="What you can claim today. Study progress does not count here." />
        <Meter label="With study so far" value={report.fitStudying} tone="text-violet-600" hint="Adds the partial credit of units you have already studied." />
        <Meter label="Projected" value={report.fitProjected} tone="text-emerald-600" hint="When every study track you have is complete." />
      </div>
      <p className="text-sm text-slate-600">
        Must-haves covered today: <strong>{report.mustCoverage}%</strong>.{" "}
        {report.readinessDate ? (
          <>
            Projected fit reachable around <strong>{report.readinessDate}</strong>.
          </>
        ) : null}{" "}
        <span className="text-slate-600">{report.readinessNote}</span>
      </p>
      <details className="text-sm text-slate-600">
        <summary className="cursor-pointer text-slate-700">How is this scored?</summary>
        <p className="mt-1">
          Each requirement asks for a level its wording implies (familiarity 4, experience 6, proficiency 7, deep understanding 9) and
          sometimes years. Your credit per skill is your level over the level asked, times, when years are asked, a years factor (half with none, full
          with enough). A related skill gives partial credit (PostgreSQL counts partly for relational databases), never full. “Or” lists
          (“such as”, “e.g.”, “Dutch / English”) take your best option; “at least two of” lists take your best two; other lists need
          each skill and average them. Must-haves weigh 3, preferred 1. Study adds level in the “studying” and “projected” views only; it never
          counts in fit now, and never adds years.
        </p>
      </details>
      {report.dealbreakers.length > 0 && (
        <div role="alert" className="rounded-md border border-rose-200 bg-rose-50 p-3 text-sm text-rose-900">
          <p className="font-semibold">Dealbreaker{report.dealbreakers.length > 1 ? "s" : ""}: large years gap on a must-have</p>
          <DealbreakerList items={report.dealbreakers} has="you have" />
        </div>
      )}
    </div>
  );
}

/** The shared page's summary: the same scores, about "the candidate", without study details. */
function PublicFitSummary({ report }: { report: GapReport }) {
  return (
    <div className="space-y-3">
      <div className="grid gap-3 sm:grid-cols-3">
        <Meter label="Fit now" value={report.fit} tone="text-brand-600" ariaLabel="Fit score" hint="What the candidate can claim today." />
        <Meter label="With study so far" value={report.fitStudying} tone="text-violet-600" hint="Adds the candidate's study progress so far." />
        <Meter label="Projected" value={report.fitProjected} tone="text-emerald-600" hint="When the candidate's current studies are complete." />
      </div>
      <p className="text-sm text-slate-600">
        Must-haves the candidate covers today: <strong>{report.mustCoverage}%</strong>.
      </p>
      {report.dealbreakers.length > 0 && (
        <div className="rounded-md border border-rose-200 bg-rose-50 p-3 text-sm text-rose-900">
          <p className="font-semibold">Large years gap on a must-have</p>
          <DealbreakerList items={report.dealbreakers} has="the candidate has" />
        </div>
      )}
    </div>
  );
}
