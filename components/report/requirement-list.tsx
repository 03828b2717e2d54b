import { describeCounts, type RequirementCounts, type RequirementReport, type RequirementStatus } from "@/lib/analysis/score";
import type { RequirementOrigin } from "@/lib/analysis/corrections";
import type { Requirement } from "@/lib/analysis/types";
import { RequirementEditor } from "@/components/corrections/requirement-editor";
import { shortenText } from "./shorten-text";

const STATUS_STYLE: Record<RequirementStatus, string> = {
  met: "bg-emerald-100 text-emerald-800",
  partial: "bg-amber-100 text-amber-800",
  gap: "bg-rose-100 text-rose-800",
};

const ORIGIN_BADGE: Partial<Record<RequirementOrigin, string>> = {
  edited: "corrected by you",
  added: "added by you",
  alias: "skill from your alias",
};

function Percent({ value }: { value: number }) {
  return <>{Math.round(value * 100)}%</>;
}

/** What the owner's report needs to offer corrections; the shared page passes none. */
export interface RequirementEditing {
  postingId: string;
  requirements: Requirement[];
  origins: RequirementOrigin[];
}

/** Shown wherever the optional LLM assist contributed: the person should know which findings are a model's. */
export const LLM_BADGE = "suggested by LLM";

function LlmSkillMark() {
  return (
    <span className="ml-1 rounded bg-violet-100 px-1 text-[0.65rem] font-semibold text-violet-800" title={LLM_BADGE}>
      <span aria-hidden="true">LLM</span>
      <span className="sr-only">({LLM_BADGE})</span>
    </span>
  );
}

function RequirementItem({ item, extracted, editing, explain }: { item: RequirementReport; extracted?: Requirement; editing?: RequirementEditing; explain: (text: string) => string }) {
  const origin = editing?.origins[item.index] ?? "extracted";
  const source = editing?.requirements[item.index];
  const llmSkills = new Set(extracted?.skills.filter((skill) => skill.source === "llm").map((skill) => skill.id));
  return (
    <li className="py-3" data-corrected={origin === "edited" || origin === "added" ? "true" : undefined}>
      <div className="req-head">
        <span className={`badge-strong ${STATUS_STYLE[item.status]}`}>{item.scored ? item.status : "not scored"}</span>
        {item.rule !== "all" && item.skills.length > 1 && (
          <span className="badge-plain">{item.rule === "any" ? "any one of" : `at least ${item.rule.atLeast} of`}</span>
        )}
        {item.dealbreaker && <span className="rounded bg-rose-700 px-2 py-0.5 text-xs font-semibold uppercase text-white">dealbreaker</span>}
        {item.minYears !== null && <span className="badge-plain">{item.minYears}+ years</span>}
        {ORIGIN_BADGE[origin] && <span className="rounded border border-brand-500 px-2 py-0.5 text-xs font-medium text-brand-700">{ORIGIN_BADGE[origin]}</span>}
        {extracted?.source === "llm" && <span className="rounded border border-violet-500 px-2 py-0.5 text-xs font-medium text-violet-700">{LLM_BADGE}</span>}
        <p className="req-text">{shortenText(item.text)}</p>
        {item.scored && (
          <span className="req-coverage" title="Coverage now / with study so far / projected">
            <Percent value={item.coverage} />
            {item.studying > item.coverage && (
              <span className="text-violet-700">
                {" "}
                · studying <Percent value={item.studying} />
              </span>
            )}
            {item.coverageProjected > item.studying && (
              <span className="text-emerald-700">
                {" "}
                → <Percent value={item.coverageProjected} />
              </span>
            )}
          </span>
        )}
      </div>
      {item.skills.length > 0 && (
        <ul className="req-skills" aria-label="Skills">
          {item.skills.map((skill) => (
            <li key={skill.skillId} className="skill-chip">
              {skill.name} <span className="text-slate-600">{Math.round(skill.coverage * 100)}%</span>
              {extracted?.source !== "llm" && llmSkills.has(skill.skillId) && <LlmSkillMark />}
            </li>
          ))}
        </ul>
      )}
      <p className="req-why">
        <span className="font-medium">Why: </span>
        {explain(item.why)}
      </p>
      {editing && source && (
        <RequirementEditor
          postingId={editing.postingId}
          requirement={{ text: source.text, span: source.span, kind: source.kind, minYears: source.minYears, skills: source.skills }}
        />
      )}
    </li>
  );
}

const same = (text: string) => text;

/**
 * Rows listed in full per list unless the owner asks for all: a pasted wall of 1,300 bullets
 * must not make a 4 MB page (each row costs ~3 KB of HTML and its React payload). The counts
 * above the list always cover every requirement.
 */
export const REQUIREMENT_LIST_LIMIT = 40;

export function RequirementList({
  title,
  items,
  counts,
  requirements,
  editing,
  explain = same,
  limit = REQUIREMENT_LIST_LIMIT,
  showAllHref,
}: {
  title: string;
  items: RequirementReport[];
  counts: RequirementCounts;
  /** The requirements the items were scored from (by index): where each came from. */
  requirements?: Requirement[];
  editing?: RequirementEditing;
  explain?: (text: string) => string;
  /** null lists every row */
  limit?: number | null;
  /** where "Show all" leads (the owner's page); none on the shared page */
  showAllHref?: string;
}) {
  if (items.length === 0) return null;
  const shown = limit === null ? items : items.slice(0, limit);
  return (
    <section className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm print:break-inside-auto print:border-0 print:p-0 print:shadow-none">
      <h2 className="font-semibold">
        {title} <span className="text-sm font-normal text-slate-600">({describeCounts(counts)})</span>
      </h2>
      <ul className="divide-y divide-slate-100">
        {shown.map((item) => (
          <RequirementItem key={item.index} item={item} extracted={requirements?.[item.index]} editing={editing} explain={explain} />
        ))}
      </ul>
      {shown.length < items.length && (
        <p className="mt-2 text-sm text-slate-600">
          Listed: the first {shown.length.toLocaleString("en-US")} of {items.length.toLocaleString("en-US")} (the counts above cover them all).{" "}
          {showAllHref && (
            <a href={showAllHref} className="font-medium text-brand-600 hover:underline">
              Show all {items.length.toLocaleString("en-US")}
            </a>
          )}
        </p>
      )}
    </section>
  );
}
