import "server-only";
import { createHash } from "node:crypto";
import { scorePosting, type GapReport } from "@/lib/analysis/score";
import type { PostingAnalysis, Profile } from "@/lib/analysis/types";
import { findStoredReports, saveStoredReports } from "@/lib/server/data/stored-reports";

/** Bump when scoring changes in a way that should recompute every stored report. */
export const SCORING_VERSION = 1;

/** The key of everything a report depends on: the requirements as stored, the profile, the day. */
export function reportInputsKey(analysis: PostingAnalysis, profile: Profile, today: string): string {
  return createHash("sha256").update(JSON.stringify([SCORING_VERSION, today, profile, analysis.requirements, analysis.overallMinYears])).digest("base64url");
}

/**
 * Each posting's gap report, computed once per change of its inputs: stored reports whose key
 * still matches are read (one query); the others are scored and stored (one transaction).
 */
export async function scorePostingsWithStore<T extends { id: string; analysis: PostingAnalysis }>(
  userId: string,
  postings: T[],
  profile: Profile,
  today: string,
): Promise<{ posting: T; report: GapReport }[]> {
  const stored = await findStoredReports(userId, postings.map((posting) => posting.id));
  const fresh: { postingId: string; inputsKey: string; report: GapReport }[] = [];
  const results = postings.map((posting) => {
    const inputsKey = reportInputsKey(posting.analysis, profile, today);
    const hit = stored.get(posting.id);
    if (hit && hit.inputsKey === inputsKey) return { posting, report: hit.report };
    const report = scorePosting(posting.analysis, profile, { today });
    fresh.push({ postingId: posting.id, inputsKey, report });
    return { posting, report };
  });
  await saveStoredReports(userId, fresh);
  return results;
}
