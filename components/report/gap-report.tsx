import type { PostingReport } from "@/lib/server/services/posting-reports";
import { toThirdPerson } from "@/lib/analysis/share/third-person";
import { countSuggestions } from "@/lib/analysis/llm-assist/stored-suggestions";
import type { StoredLlmAssist } from "@/lib/server/data/postings";
import { FitSummary } from "./fit-summary";
import { PostingText } from "./posting-text";
import { Recommendations } from "./recommendations";
import { LLM_BADGE, RequirementList, type RequirementEditing } from "./requirement-list";

/** Says when the optional LLM assist took part, and when it was meant to but could not. */
function LlmAssistNote({ status, suggestions }: { status: StoredLlmAssist; suggestions: number }) {
  if (status === "unavailable") {
    return <p className="mt-1 text-xs text-slate-600">LLM assist unavailable, deterministic extraction used.</p>;
  }
  if (status !== "used" && suggestions === 0) return null;
  return (
    <p className="mt-1 text-xs text-slate-600">
      {suggestions === 0
        ? "LLM assist found nothing to add to the deterministic extraction."
        : `LLM assist added ${suggestions} ${suggestions === 1 ? "suggestion" : "suggestions"} to the deterministic extraction, each marked “${LLM_BADGE}” and found in the posting text.`}
    </p>
  );
}

interface GapReportViewProps {
  data: PostingReport;
  /** "public" (the shared page) speaks about "the candidate" and leaves out study tracks. */
  audience?: "owner" | "public";
  /** Offered on the owner's page only: corrections of each requirement. */
  editable?: boolean;
  /** Slots of the owner's page: under the scores, charts, corrections, above the posting text, and at the end. */
  share?: React.ReactNode;
  charts?: React.ReactNode;
  corrections?: React.ReactNode;
  postingTools?: React.ReactNode;
  footer?: React.ReactNode;
  /** Rows listed per requirement list (null: all); the owner's page lifts it on request. */
  requirementLimit?: number | null;
  /** Where the owner's "Show all" leads; the shared page has none. */
  showAllHref?: string;
}

/** The whole report, shared by the owner's page and the public share page. */
export function GapReportView({ data, audience = "owner", editable = false, share, charts, corrections, postingTools, footer, requirementLimit, showAllHref }: GapReportViewProps) {
  const { posting, report } = data;
  const publicView = audience === "public";
  const recommendations = publicView ? data.recommendations.filter((item) => item.kind !== "track") : data.recommendations;
  const must = report.requirements.filter((item) => item.kind === "must");
  const preferred = report.requirements.filter((item) => item.kind === "preferred");
  const editing: RequirementEditing | undefined = editable
    ? { postingId: posting.id, requirements: posting.analysis.requirements, origins: posting.corrections.origins }
    : undefined;
  const explain = publicView ? toThirdPerson : undefined;
  return (
    <div className="space-y-6">
      <header>
        <h1 className="break-words text-2xl font-bold tracking-tight">{posting.title ?? "Untitled posting"}</h1>
        <p className="text-sm text-slate-600">
          {[posting.company, posting.analysis.overallMinYears !== null ? `asks ${posting.analysis.overallMinYears}+ years overall` : null, `${report.requirements.length} requirements`]
            .filter(Boolean)
            .join(" · ")}
        </p>
        <LlmAssistNote status={posting.llmAssist} suggestions={countSuggestions(posting.analysis.requirements)} />
        {posting.reanalyzedAt && (
          <p className="mt-1 text-xs text-slate-600">
            Requirements re-analysed on {posting.reanalyzedAt.toISOString().slice(0, 10)} with the current extractor (version {posting.extractorVersion}).
          </p>
        )}
      </header>
      <FitSummary report={report} audience={audience} />
      {share}
      {charts}
      {report.requirements.length === 0 && (
        <p className="rounded-md bg-amber-50 p-3 text-sm text-amber-900">
          No requirements were found in this text. Is it the full posting? Requirements are usually under a heading like “Requirements” or “What you&apos;ll bring”.
        </p>
      )}
      <RequirementList title="Must-haves" items={must} counts={report.counts.must} requirements={posting.analysis.requirements} editing={editing} explain={explain} limit={requirementLimit} showAllHref={showAllHref} />
      <RequirementList title="Preferred" items={preferred} counts={report.counts.preferred} requirements={posting.analysis.requirements} editing={editing} explain={explain} limit={requirementLimit} showAllHref={showAllHref} />
      {corrections}
      <Recommendations items={recommendations} audience={audience} />
      <PostingText text={posting.description} requirements={posting.analysis.requirements} tools={postingTools} />
      {footer}
    </div>
  );
}
