import "server-only";
import { scorePosting, type GapReport } from "@/lib/analysis/score";
import type { PostingAnalysis, Profile } from "@/lib/analysis/types";
import { loadProfile } from "@/lib/server/data/profile";
import { findStoredReports, saveStoredReports, type StoredReportRow } from "@/lib/server/data/stored-reports";

/** Bump when scoring changes in a way that should recompute every stored report. */
export const SCORING_VERSION = 2;

/**
 * The key of everything a report depends on: the scoring code, the day, the profile (its
 * revision, which the database moves on any change of skills, tracks or aliases) and the
 * posting's requirements and corrections (its analysisRevision). Checking it needs no inputs loaded.
 */
export function reportInputsKey(profileRevision: number, analysisRevision: number, today: string): string {
  return `r${SCORING_VERSION}:${today}:p${profileRevision}:a${analysisRevision}`;
}

export interface ScoredPosting<T> {
  posting: T;
  report: GapReport;
}

/**
 * Reports for postings whose stored report is missing or outdated: scored against `profile` and
 * stored under the key of the revisions read before the profile was loaded. With `save: false`
 * (a plan starting another day) they are only returned.
 */
export async function scoreAndStore<T extends { id: string; analysis: PostingAnalysis; analysisRevision: number }>(
  userId: string,
  postings: T[],
  profile: Profile,
  profileRevision: number,
  today: string,
  options: { save?: boolean } = {},
): Promise<Map<string, GapReport>> {
  const fresh = postings.map((posting) => ({
    postingId: posting.id,
    inputsKey: reportInputsKey(profileRevision, posting.analysisRevision, today),
    report: scorePosting(posting.analysis, profile, { today }),
  }));
  if (options.save !== false) await saveStoredReports(userId, fresh);
  return new Map(fresh.map((entry) => [entry.postingId, entry.report]));
}

/**
 * Each posting's gap report, computed once per change of its inputs: stored reports whose key
 * still matches are read (one query, which also reads the profile's revision); the others are
 * scored and stored. The profile is loaded only when something must be scored, or when the
 * caller needs it too (`needProfile`).
 */
export async function scorePostingsWithStore<T extends { id: string; analysis: PostingAnalysis; analysisRevision: number }>(
  userId: string,
  postings: T[],
  today: string,
  options: { needProfile?: boolean; save?: boolean } = {},
): Promise<{ profile: Profile | null; profileRevision: number; reports: ScoredPosting<T>[] }> {
  const { profileRevision, reports: stored } = await findStoredReports(userId, postings.map((posting) => posting.id));
  const current = (posting: T, hit: StoredReportRow | undefined) => hit && hit.inputsKey === reportInputsKey(profileRevision, posting.analysisRevision, today);
  const missing = postings.filter((posting) => !current(posting, stored.get(posting.id)));
  // Loaded after the revision was read, never before: see findStoredReports.
  const profile = options.needProfile || missing.length > 0 ? await loadProfile(userId) : null;
  const scored = missing.length > 0 ? await scoreAndStore(userId, missing, profile!, profileRevision, today, options) : new Map<string, GapReport>();
  return {
    profile,
    profileRevision,
    reports: postings.map((posting) => ({ posting, report: scored.get(posting.id) ?? stored.get(posting.id)!.report })),
  };
}
