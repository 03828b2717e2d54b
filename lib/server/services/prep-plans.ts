import "server-only";
import { markSessionsDone, MAX_GAPS, planForPostings, postingsToRecommendOn, type PostingsDigest, type PrepPlan, type PrepPlanTheme } from "@/lib/analysis/plan";
import type { StudyNextItem } from "@/lib/analysis/recommend";
import { AppError } from "@/lib/errors";
import { todayIso } from "@/lib/server/clock";
import { getLatestPrepPlan, getPrepPlan, insertPrepPlan, type PrepPlanRecord, type PrepPlanRequest } from "@/lib/server/data/prep-plans";
import { listPostingIds, listPostings, type PostingSummary } from "@/lib/server/data/postings";
import { listResources } from "@/lib/server/data/resources";
import { getPosting, listPostingsWithAnalysis, listPostingsWithAnalysisByIds, type StoredPosting } from "@/lib/server/services/postings";
import { scorePostingsWithStore } from "@/lib/server/services/stored-reports";
import { findStudyNextState, isStudyNextCurrent, loadStudyNext, type StoredStudyNextItem } from "@/lib/server/services/study-next";

export type { PrepPlanRequest };

export interface StoredPrepPlan {
  id: string;
  postingId: string | null;
  postingTitle: string | null;
  createdAt: Date;
  plan: PrepPlan;
}

function withSessionsDone(record: PrepPlanRecord): StoredPrepPlan {
  return { id: record.id, postingId: record.postingId, postingTitle: record.postingTitle, createdAt: record.createdAt, plan: markSessionsDone(record.schedule, record.doneSessionKeys) };
}

/** The stored ranking with its postings as places in `postingIds` (what planForPostings takes). */
function rankingFor(items: StoredStudyNextItem[], postingIds: readonly string[]): StudyNextItem[] {
  const place = new Map(postingIds.map((id, index) => [id, index]));
  return items.map((item) => ({
    ...item,
    postings: item.postings.flatMap((entry) => (place.has(entry.postingId) ? [{ index: place.get(entry.postingId)!, title: entry.title, gain: entry.gain }] : [])),
  }));
}

interface PlanInputs {
  postings: StoredPosting[];
  studyNext: StoredStudyNextItem[] | null;
  digest?: PostingsDigest;
}

/**
 * What a plan across all postings reads. When the re-score job's ranking and digest of all the
 * postings are current (the usual case), only the postings it recommends on (24 at most) are
 * loaded: a plan for a person with 1,000 postings reads two dozen, not 16 MB of reports. Right
 * after an edit, before the job ran, it falls back to reading them all.
 */
async function planInputsAcrossAll(userId: string): Promise<PlanInputs> {
  const state = await findStudyNextState(userId);
  if (isStudyNextCurrent(state) && state.stored?.digest) {
    const allIds = await listPostingIds(userId);
    const chosen = postingsToRecommendOn(rankingFor(state.stored.items.slice(0, MAX_GAPS), allIds), allIds.length).map((index) => allIds[index]);
    return { postings: await listPostingsWithAnalysisByIds(userId, chosen), studyNext: state.stored.items, digest: state.stored.digest };
  }
  const [postings, studyNext] = await Promise.all([listPostingsWithAnalysis(userId), loadStudyNext(userId)]);
  return { postings, studyNext };
}

/**
 * Builds a personal plan on the gaps of one posting (or all of them) and stores it. Across all
 * postings it reuses the stored reports, the stored study-next ranking and its digest, and
 * recommends on the postings where the gaps weigh most (planForPostings). Day themes are the
 * generic ones shaped by the postings; only the demo seed passes its own (`themes`).
 */
export async function createPrepPlan(userId: string, request: PrepPlanRequest, options: { themes?: PrepPlanTheme[] } = {}): Promise<{ id: string }> {
  const { postings, studyNext, digest } =
    request.postingId === null ? await planInputsAcrossAll(userId) : { postings: [await getPosting(userId, request.postingId)], studyNext: null };
  if (postings.length === 0) throw new AppError("invalid_input", "Analyze a posting first: the plan is built on its gaps.");
  // Reports are stored per day: a plan starting another day scores for that day without replacing them.
  const [scored, catalog] = await Promise.all([
    scorePostingsWithStore(userId, postings, request.startDate, { needProfile: true, save: request.startDate === todayIso() }),
    listResources(userId),
  ]);
  const plan = planForPostings({
    postings: scored.reports.map(({ posting, report }) => ({ analysis: posting.analysis, report })),
    profile: scored.profile!,
    catalog,
    themes: options.themes,
    studyNext: studyNext ? rankingFor(studyNext, postings.map((posting) => posting.id)) : undefined,
    digest,
    startDate: request.startDate,
    days: request.days,
    hoursPerDay: request.hoursPerDay,
  });
  return insertPrepPlan(userId, request, plan);
}

export async function loadPrepPlan(userId: string, planId: string): Promise<StoredPrepPlan> {
  return withSessionsDone(await getPrepPlan(userId, planId));
}

export interface PlanPage {
  postings: PostingSummary[];
  latest: StoredPrepPlan | null;
}

/** What /plan shows: the postings to choose from and the newest plan with its ticked sessions (two queries). */
export async function loadPlanPage(userId: string): Promise<PlanPage> {
  const [postings, latest] = await Promise.all([listPostings(userId), getLatestPrepPlan(userId)]);
  return { postings, latest: latest ? withSessionsDone(latest) : null };
}

/** The user's newest plan with its ticked-off sessions, or null. */
export async function loadLatestPrepPlan(userId: string): Promise<StoredPrepPlan | null> {
  const latest = await getLatestPrepPlan(userId);
  return latest ? withSessionsDone(latest) : null;
}
