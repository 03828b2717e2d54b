import type { PostingReport } from "@/lib/server/data/reports";
import { FitSummary } from "./fit-summary";
import { PostingText } from "./posting-text";
import { Recommendations } from "./recommendations";
import { RequirementList } from "./requirement-list";

/** The whole report, shared by the owner's page and the public share page. */
/** `share` sits under the scores, `footer` at the end; the public page passes neither. */
export function GapReportView({ data, share, footer }: { data: PostingReport; share?: React.ReactNode; footer?: React.ReactNode }) {
  const { posting, report, recommendations } = data;
  const must = report.requirements.filter((item) => item.kind === "must");
  const preferred = report.requirements.filter((item) => item.kind === "preferred");
  return (
    <div className="space-y-6">
      <header>
        <h1 className="text-2xl font-bold tracking-tight">{posting.title ?? "Untitled posting"}</h1>
        <p className="text-sm text-slate-600">
          {[posting.company, posting.analysis.overallMinYears !== null ? `asks ${posting.analysis.overallMinYears}+ years overall` : null, `${report.requirements.length} requirements`]
            .filter(Boolean)
            .join(" · ")}
        </p>
        {posting.reanalyzedAt && (
          <p className="mt-1 text-xs text-slate-600">
            Requirements re-analysed on {posting.reanalyzedAt.toISOString().slice(0, 10)} with the current extractor (version {posting.extractorVersion}).
          </p>
        )}
      </header>
      <FitSummary report={report} />
      {share}
      {report.requirements.length === 0 && (
        <p className="rounded-md bg-amber-50 p-3 text-sm text-amber-900">
          No requirements were found in this text. Is it the full posting? Requirements are usually under a heading like “Requirements” or “What you&apos;ll bring”.
        </p>
      )}
      <RequirementList title="Must-haves" items={must} counts={report.counts.must} />
      <RequirementList title="Preferred" items={preferred} counts={report.counts.preferred} />
      <Recommendations items={recommendations} />
      <PostingText text={posting.description} requirements={posting.analysis.requirements} />
      {footer}
    </div>
  );
}
