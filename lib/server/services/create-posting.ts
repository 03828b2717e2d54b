import "server-only";
import type { NewPostingInput } from "@/lib/schemas/posting";
import { assertHasRequirements, storeAnalyzedPosting } from "@/lib/server/data/postings";
import { loadProfile } from "@/lib/server/data/reports";
import { analyzePostingOffThread } from "@/lib/server/workers/analysis-pool";

/**
 * A pasted posting: normalising, extraction and scoring on a worker thread, then one insert of
 * the posting, its requirements and its first fit. Only the new posting is scored: the others'
 * fits do not change when a posting is added.
 */
export async function createAnalyzedPosting(userId: string, input: NewPostingInput, today: string, options: { allowNoRequirements?: boolean } = {}): Promise<{ id: string }> {
  const profile = await loadProfile(userId);
  const { text, analysis, fit, fitProjected } = await analyzePostingOffThread({ description: input.description, profile, today });
  assertHasRequirements(analysis, options);
  return storeAnalyzedPosting(userId, { description: text, title: input.title, company: input.company, analysis, fit: { fit, fitProjected } });
}
