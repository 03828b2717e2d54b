import "server-only";
import { digestPostings, MAX_GAPS } from "@/lib/analysis/plan";
import type { GapReport } from "@/lib/analysis/score";
import { rankStudyNext } from "@/lib/analysis/recommend";
import type { Profile } from "@/lib/analysis/types";
import { loadProfile } from "@/lib/server/data/profile";
import { findStudyNextState, findStudyNextSummary, saveStudyNext, type StoredStudyNextItem, type StudyNextState, type StudyNextSummaryItem } from "@/lib/server/data/stored-study-next";
import { listPostingsWithAnalysis, type StoredPosting } from "@/lib/server/services/postings";
import { SCORING_VERSION } from "@/lib/server/services/stored-reports";

/**
 * Items kept: what the dashboard (8) and a plan (MAX_GAPS) read. Greedy picks are the same
 * whatever the limit, so a shorter list is a prefix; longer lists (the API allows 50) are ranked
 * on request. Each pick after the first dozen costs as much as the first dozen together.
 */
export const STORED_STUDY_NEXT_ITEMS = MAX_GAPS;

function studyNextKey(state: Pick<StudyNextState, "profileRevision" | "postingsRevision">): string {
  return `s${SCORING_VERSION}:p${state.profileRevision}:q${state.postingsRevision}`;
}

function rankForStorage(postings: StoredPosting[], profile: Profile, limit: number): StoredStudyNextItem[] {
  return rankStudyNext(postings.map(({ analysis }) => ({ analysis })), profile, { limit }).map((item) => ({
    ...item,
    postings: item.postings.map((entry) => ({ postingId: postings[entry.index].id, title: entry.title, gain: entry.gain })),
  }));
}

export interface StudyNextView {
  items: StudyNextSummaryItem[];
  /** False when the inputs changed since it was ranked: the re-score job is ranking again. */
  current: boolean;
}

function summarize(items: StoredStudyNextItem[]): StudyNextSummaryItem[] {
  return items.map(({ postings, ...item }) => ({ ...item, postingCount: postings.length }));
}

/**
 * "What to study next" across all of the user's postings as stored, its first `limit` items with
 * their postings counted: ranked once per change of its inputs (the profile, any posting's
 * requirements or corrections, postings added or removed). One query. An outdated ranking is
 * still returned (current: false) for the caller to show while the background job ranks again;
 * only when none was ever stored is it ranked here.
 */
export async function readStudyNext(userId: string, limit: number = STORED_STUDY_NEXT_ITEMS): Promise<StudyNextView> {
  const state = await findStudyNextSummary(userId, limit);
  if (state.stored) return { items: state.stored.items, current: state.stored.inputsKey === studyNextKey(state) };
  return { items: summarize((await rankAndStore(userId, { ...state, stored: null })).slice(0, limit)), current: true };
}

/** The current ranking, ranked now when outdated (the re-score job, plans, the API). */
export async function loadStudyNext(userId: string, limit: number = STORED_STUDY_NEXT_ITEMS): Promise<StoredStudyNextItem[]> {
  const state = await findStudyNextState(userId);
  if (limit <= STORED_STUDY_NEXT_ITEMS && state.stored?.inputsKey === studyNextKey(state)) return state.stored.items.slice(0, limit);
  if (limit <= STORED_STUDY_NEXT_ITEMS) return (await rankAndStore(userId, state)).slice(0, limit);
  const [postings, profile] = await Promise.all([listPostingsWithAnalysis(userId), loadProfile(userId)]);
  return rankForStorage(postings, profile, limit);
}

/**
 * Ranks and stores under the key of `state`, which the caller read before loading the inputs: an
 * input that changes in between leaves a stale key, never a stale ranking under a fresh key. The
 * re-score job passes the postings, their reports and the profile it already loaded; with the
 * reports the digest a plan needs of all postings (digestPostings) is stored too.
 */
export async function rankAndStore(
  userId: string,
  state: StudyNextState,
  inputs?: { reports: { posting: StoredPosting; report: GapReport }[]; profile: Profile },
): Promise<StoredStudyNextItem[]> {
  const postings = inputs ? inputs.reports.map(({ posting }) => posting) : await listPostingsWithAnalysis(userId);
  const profile = inputs?.profile ?? (await loadProfile(userId));
  const items = rankForStorage(postings, profile, STORED_STUDY_NEXT_ITEMS);
  const digest = inputs ? digestPostings(inputs.reports.map(({ posting, report }) => ({ analysis: posting.analysis, report }))) : null;
  await saveStudyNext(userId, studyNextKey(state), items, digest);
  return items;
}

/** Whether the stored ranking was made from the inputs `state` describes. */
export function isStudyNextCurrent(state: StudyNextState): boolean {
  return state.stored?.inputsKey === studyNextKey(state);
}

export { findStudyNextState };
export type { StoredStudyNextItem, StudyNextSummaryItem };
