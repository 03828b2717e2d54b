import "server-only";
import { rankStudyNext } from "@/lib/analysis/recommend";
import { loadProfile } from "@/lib/server/data/profile";
import { findStudyNextState, saveStudyNext, type StoredStudyNextItem } from "@/lib/server/data/stored-study-next";
import { listPostingsWithAnalysis } from "@/lib/server/services/postings";
import { SCORING_VERSION } from "@/lib/server/services/stored-reports";

/** As many items as any reader asks for (the API's limit is at most 50); greedy picks are the same whatever the limit, so shorter lists are prefixes. */
export const STORED_STUDY_NEXT_ITEMS = 50;

function studyNextKey(profileRevision: number, postingsRevision: number): string {
  return `s${SCORING_VERSION}:p${profileRevision}:q${postingsRevision}`;
}

/**
 * "What to study next" across all of the user's postings: ranked once per change of its inputs
 * (the profile, any posting's requirements or corrections, postings added or removed) and stored.
 * A current ranking costs one query; after a change the first reader (or the background re-score
 * job, see refreshStudyNext) ranks again, in time linear in postings x skills.
 */
export async function loadStudyNext(userId: string): Promise<StoredStudyNextItem[]> {
  // Revisions first, inputs after: an input that changes in between leaves a stale key, not a stale ranking under a fresh key.
  const state = await findStudyNextState(userId);
  const key = studyNextKey(state.profileRevision, state.postingsRevision);
  if (state.stored?.inputsKey === key) return state.stored.items;
  const [postings, profile] = await Promise.all([listPostingsWithAnalysis(userId), loadProfile(userId)]);
  const items = rankStudyNext(postings.map(({ analysis }) => ({ analysis })), profile, { limit: STORED_STUDY_NEXT_ITEMS }).map((item) => ({
    ...item,
    postings: item.postings.map((entry) => ({ postingId: postings[entry.index].id, title: entry.title, gain: entry.gain })),
  }));
  await saveStudyNext(userId, key, items);
  return items;
}

/** Ranks again now if the inputs changed (the background re-score job warms it for the next dashboard view). */
export async function refreshStudyNext(userId: string): Promise<void> {
  await loadStudyNext(userId);
}

export type { StoredStudyNextItem };
