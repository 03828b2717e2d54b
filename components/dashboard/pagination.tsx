import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";
import type { DashboardQuery } from "@/lib/schemas/dashboard";

function pageHref(query: DashboardQuery, page: number): string {
  const params = new URLSearchParams();
  if (query.q) params.set("q", query.q);
  if (query.sort !== "date") params.set("sort", query.sort);
  if (page > 1) params.set("page", String(page));
  const search = params.toString();
  return search ? `/dashboard?${search}` : "/dashboard";
}

export function Pagination({ query, pages }: { query: DashboardQuery; pages: number }) {
  if (pages <= 1) return null;
  return (
    <nav aria-label="Pages" className="flex flex-wrap items-center justify-between gap-3">
      {query.page > 1 ? (
        <Link href={pageHref(query, query.page - 1)} className={buttonClasses("secondary")}>
          Previous
        </Link>
      ) : (
        <span />
      )}
      <span className="text-sm text-slate-700">
        Page {Math.min(query.page, pages)} of {pages}
      </span>
      {query.page < pages ? (
        <Link href={pageHref(query, query.page + 1)} className={buttonClasses("secondary")}>
          Next
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
