import { buttonClasses } from "@/components/ui/button";
import { DASHBOARD_SORTS, type DashboardQuery } from "@/lib/schemas/dashboard";

const CONTROL = "mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm";

/** A plain GET form: search and sort live in the URL, so they survive reloads and can be bookmarked. */
export function PostingFilters({ query, total }: { query: DashboardQuery; total: number }) {
  return (
    <form method="get" action="/dashboard" role="search" aria-label="Filter postings" className="grid gap-3 sm:grid-cols-[1fr_14rem_auto] sm:items-end">
      <div>
        <label htmlFor="posting-search" className="block text-sm font-medium text-slate-700">
          Search postings
        </label>
        <input id="posting-search" name="q" type="search" defaultValue={query.q} placeholder="Title, company or text" className={CONTROL} />
      </div>
      <div>
        <label htmlFor="posting-sort" className="block text-sm font-medium text-slate-700">
          Sort by
        </label>
        <select id="posting-sort" name="sort" defaultValue={query.sort} className={CONTROL}>
          {DASHBOARD_SORTS.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className={buttonClasses("secondary")}>
        Apply
      </button>
      <p className="text-sm text-slate-600 sm:col-span-3" role="status">
        {total} posting{total === 1 ? "" : "s"}
        {query.q ? ` matching “${query.q}”` : ""}
      </p>
    </form>
  );
}
