import type { StudyNextSummaryItem } from "@/lib/server/services/study-next";

/** Across every saved posting: the skills whose improvement raises fit most (rankStudyNext, stored). */
export function StudyNext({ items, updating = false }: { items: StudyNextSummaryItem[]; updating?: boolean }) {
  return (
    <section className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
      <h2 className="font-semibold">What to study next</h2>
      <p className="mt-1 text-sm text-slate-600">Skills whose improvement raises your fit most, summed over your postings: more postings asking, must-haves (weighing three times preferred) and a longer way to go rank higher.</p>
      {updating && <p className="mt-1 text-sm text-slate-600">Updating after your latest change: reload in a moment for the new ranking.</p>}
      {items.length === 0 ? (
        <p className="mt-3 text-sm text-slate-600">Every requirement is covered. Nice.</p>
      ) : (
        <ol className="mt-3 space-y-2">
          {items.map((item) => (
            <li key={item.skillId} className="flex flex-wrap items-baseline gap-x-3 text-sm">
              <span className="font-medium">{item.name}</span>
              <span className="tabular-nums text-emerald-700">+{item.gain.toFixed(1)} fit points</span>
              <span className="text-xs text-slate-500">
                level now {item.claimedLevel}
                {item.studyingLevel > item.claimedLevel && <>, {item.studyingLevel.toFixed(1)} with study</>} · helps {item.postingCount} posting
                {item.postingCount === 1 ? "" : "s"}
                {item.mustPostings > 0 && <>, a must-have in {item.mustPostings}</>}
                {item.studyingIn.length > 0 && <> · studying in {item.studyingIn.join(", ")}</>}
              </span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
