import "server-only";
import { toPostingCardReport, type PostingCardReport } from "@/lib/analysis/summary/posting-card";
import { DASHBOARD_PAGE_SIZE, type DashboardQuery } from "@/lib/schemas/dashboard";
import { listFitHistoriesFor, type FitPoint } from "@/lib/server/data/fit-snapshots";
import { findPostingPage } from "@/lib/server/data/posting-page";
import type { PostingSummary } from "@/lib/server/data/postings";
import { loadProfile } from "@/lib/server/data/profile";
import { scheduleRescore } from "@/lib/server/jobs/rescore-queue";
import { listPostingsWithAnalysisByIds } from "@/lib/server/services/postings";
import { readStudyNext, type StudyNextView } from "@/lib/server/services/study-next";
import { reportInputsKey, scoreAndStore } from "@/lib/server/services/stored-reports";

export interface DashboardPage {
  reports: { posting: PostingSummary; report: PostingCardReport }[];
  histories: Map<string, FitPoint[]>;
  total: number;
  pages: number;
}

/**
 * One page of the dashboard: the page's postings with their stored reports (the card's part) and the profile's
 * revision in one query, their fit history in another. Only a posting whose stored report is
 * outdated (its inputs changed, or a new day) is loaded and scored, and then stored.
 */
export async function loadDashboardPage(userId: string, query: DashboardQuery, today: string): Promise<DashboardPage> {
  const { rows, total, profileRevision } = await findPostingPage(userId, query, DASHBOARD_PAGE_SIZE);
  const outdated = rows.filter((row) => row.stored?.inputsKey !== reportInputsKey(profileRevision, row.analysisRevision, today)).map((row) => row.id);
  const [histories, rescored] = await Promise.all([listFitHistoriesFor(userId, rows.map((row) => row.id)), rescore(userId, outdated, profileRevision, today)]);
  return {
    reports: rows.map(({ id, title, company, createdAt, stored }) => ({ posting: { id, title, company, createdAt }, report: rescored.get(id) ?? stored!.report })),
    histories,
    total,
    pages: Math.max(1, Math.ceil(total / DASHBOARD_PAGE_SIZE)),
  };
}

async function rescore(userId: string, postingIds: string[], profileRevision: number, today: string): Promise<Map<string, PostingCardReport>> {
  if (postingIds.length === 0) return new Map();
  const [postings, profile] = await Promise.all([listPostingsWithAnalysisByIds(userId, postingIds), loadProfile(userId)]);
  const reports = await scoreAndStore(userId, postings, profile, profileRevision, today);
  return new Map([...reports].map(([postingId, report]) => [postingId, toPostingCardReport(report)]));
}

/**
 * The dashboard's "what to study next": the stored ranking, at once. When its inputs changed
 * since (a paste, a correction, an edit whose job has not run yet), the stored one is shown while
 * the re-score job ranks again, instead of ranking 1,000 postings inside the page.
 */
export async function loadDashboardStudyNext(userId: string, limit: number): Promise<StudyNextView> {
  const view = await readStudyNext(userId, limit);
  if (!view.current) await scheduleRescore(userId);
  return view;
}
