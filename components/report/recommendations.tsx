import type { Recommendation } from "@/lib/analysis/recommend";
import { ExternalLink } from "@/components/ui/external-link";

export function Recommendations({ items, audience = "owner" }: { items: Recommendation[]; audience?: "owner" | "public" }) {
  return (
    <section className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
      <h2 className="font-semibold">Recommended next steps</h2>
      <p className="mt-1 text-sm text-slate-600">
        {audience === "public"
          ? "A must-have gap leads (a dealbreaker first); then ranked by fit gained per hour for the candidate."
          : "A must-have gap leads (a dealbreaker first); then ranked by fit gained per hour, tracks you have started first at equal value. Resources for a programming language this posting does not ask are left out."}
      </p>
      {items.length === 0 ? (
        <p className="mt-3 text-sm text-slate-600">{audience === "public" ? "Nothing in the catalog closes a remaining gap." : "Nothing in the catalog closes a remaining gap. Add your own resources on the Study tracks page."}</p>
      ) : (
        <ol className="mt-3 space-y-3">
          {items.map((item) => (
            <li key={`${item.kind}-${item.id}`} className="flex gap-3">
              <span className={`kind-badge ${item.kind === "track" ? "bg-violet-100 text-violet-800" : "bg-slate-100 text-slate-700"}`}>
                {item.kind === "track" ? "your track" : "resource"}
              </span>
              <div className="min-w-0 flex-1">
                <p className="text-sm font-medium">
                  <ExternalLink href={item.url}>{item.title}</ExternalLink>
                </p>
                <p className="text-xs text-slate-600">
                  {item.skill} · {item.hours} h · +{item.gain.toFixed(1)} fit points
                </p>
                <p className="text-xs text-slate-600">{audience === "public" ? item.reason.replace(/\byour\b/g, "the candidate's").replace(/\byou\b/g, "the candidate") : item.reason}</p>
              </div>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
