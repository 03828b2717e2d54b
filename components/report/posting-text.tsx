import type { Requirement } from "@/lib/analysis/types";

export const POSTING_TEXT_ID = "posting-text";

/** Highlights past this many cost page size (~150 bytes each with the React payload) and help nobody read. */
export const HIGHLIGHT_LIMIT = 200;

/** The posting as pasted, with each requirement highlighted at its span; `tools` sit above the text. */
export function PostingText({ text, requirements, tools, open = false }: { text: string; requirements: Requirement[]; tools?: React.ReactNode; open?: boolean }) {
  const valid = requirements
    .map((requirement) => ({ start: requirement.span[0], end: requirement.span[1], kind: requirement.kind }))
    .filter((span) => span.start >= 0 && span.end <= text.length && span.start < span.end)
    .sort((a, b) => a.start - b.start);
  const spans = valid.slice(0, HIGHLIGHT_LIMIT);
  const parts: React.ReactNode[] = [];
  let cursor = 0;
  for (const span of spans) {
    if (span.start < cursor) continue;
    parts.push(text.slice(cursor, span.start));
    parts.push(
      <mark key={span.start} className={span.kind === "must" ? "rounded bg-brand-100 px-0.5 text-slate-900" : "rounded bg-amber-100 px-0.5 text-slate-900"}>
        {text.slice(span.start, span.end)}
      </mark>,
    );
    cursor = span.end;
  }
  parts.push(text.slice(cursor));
  return (
    <details open={open} className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm print:hidden">
      <summary className="cursor-pointer font-semibold">
        Posting text{" "}
        <span className="text-sm font-normal text-slate-600">
          (must-haves in blue, preferred in amber{spans.length < valid.length ? `; the first ${HIGHLIGHT_LIMIT} of ${valid.length.toLocaleString("en-US")} highlighted` : ""})
        </span>
      </summary>
      <div className="mt-3">
        {tools}
        {/* Focusable so keyboard users can scroll it (axe: scrollable-region-focusable). */}
        <pre id={POSTING_TEXT_ID} tabIndex={0} aria-label="Posting text" className="max-h-[32rem] overflow-auto whitespace-pre-wrap break-words text-sm leading-relaxed text-slate-800">
          {parts}
        </pre>
      </div>
    </details>
  );
}
