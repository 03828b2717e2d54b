import type { Requirement } from "@/lib/analysis/types";

/** The posting as pasted, with each extracted requirement highlighted at its span. */
export function PostingText({ text, requirements }: { text: string; requirements: Requirement[] }) {
  const spans = requirements
    .map((requirement) => ({ start: requirement.span[0], end: requirement.span[1], kind: requirement.kind }))
    .filter((span) => span.start >= 0 && span.end <= text.length && span.start < span.end)
    .sort((a, b) => a.start - b.start);
  const parts: React.ReactNode[] = [];
  let cursor = 0;
  for (const span of spans) {
    if (span.start < cursor) continue;
    parts.push(text.slice(cursor, span.start));
    parts.push(
      <mark key={span.start} className={span.kind === "must" ? "rounded bg-brand-100 px-0.5" : "rounded bg-amber-100 px-0.5"}>
        {text.slice(span.start, span.end)}
      </mark>,
    );
    cursor = span.end;
  }
  parts.push(text.slice(cursor));
  return (
    <details className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
      <summary className="cursor-pointer font-semibold">
        Posting text <span className="text-sm font-normal text-slate-500">(must-haves in blue, preferred in amber)</span>
      </summary>
      <pre className="mt-3 max-h-[32rem] overflow-auto whitespace-pre-wrap break-words text-sm leading-relaxed text-slate-800">{parts}</pre>
    </details>
  );
}
