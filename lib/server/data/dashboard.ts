import "server-only";
import { scorePosting } from "@/lib/analysis/score";
import type { Profile } from "@/lib/analysis/types";
import { DASHBOARD_PAGE_SIZE, type DashboardQuery } from "@/lib/schemas/dashboard";
import { listFitHistoriesFor, type FitPoint } from "@/lib/server/data/fit-snapshots";
import { findPostingPage } from "@/lib/server/data/posting-page";
import { listPostingsWithAnalysisByIds } from "@/lib/server/data/postings";
import { loadProfile, type PostingWithFit } from "@/lib/server/data/reports";

export interface DashboardPage {
  profile: Profile;
  reports: PostingWithFit[];
  histories: Map<string, FitPoint[]>;
  total: number;
  pages: number;
}

/** One page of the dashboard: only that page's postings are loaded and scored. */
export async function loadDashboardPage(userId: string, query: DashboardQuery, today: string): Promise<DashboardPage> {
  const { ids, total } = await findPostingPage(userId, query, DASHBOARD_PAGE_SIZE);
  const [postings, profile, histories] = await Promise.all([listPostingsWithAnalysisByIds(userId, ids), loadProfile(userId), listFitHistoriesFor(userId, ids)]);
  return {
    profile,
    reports: postings.map((posting) => ({ posting, report: scorePosting(posting.analysis, profile, { today }) })),
    histories,
    total,
    pages: Math.max(1, Math.ceil(total / DASHBOARD_PAGE_SIZE)),
  };
}
