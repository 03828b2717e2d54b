import "server-only";
import { EXTRACTOR_VERSION } from "@/lib/analysis/extract/version";
import { scorePosting } from "@/lib/analysis/score";
import type { NewPostingInput } from "@/lib/schemas/posting";
import { storeAnalyzedPosting } from "@/lib/server/data/postings";
import { loadProfile } from "@/lib/server/data/profile";
import { assertHasRequirements } from "@/lib/server/services/postings";
import { assistAnalysis, toStoredLlmAssist } from "@/lib/server/services/llm-assist";
import { analyzePostingOffThread } from "@/lib/server/workers/analysis-pool";

/**
 * A pasted posting: normalising, extraction and scoring on a worker thread, then the optional LLM
 * assist (network I/O, so on this thread: see llm-assist.ts), then one insert of the posting, its
 * requirements and its first fit. Only the new posting is scored: the others' fits do not change
 * when a posting is added.
 */
export async function createAnalyzedPosting(userId: string, input: NewPostingInput, today: string, options: { allowNoRequirements?: boolean } = {}): Promise<{ id: string }> {
  const profile = await loadProfile(userId);
  const extracted = await analyzePostingOffThread({ description: input.description, scoreFor: { profile, today } });
  const { analysis, llmAssist } = await assistAnalysis(extracted.text, extracted.analysis);
  // Suggestions change what is scored: one posting's score is cheap (pages score on this thread too).
  const fit =
    analysis === extracted.analysis && extracted.fit !== null && extracted.fitProjected !== null
      ? { fit: extracted.fit, fitProjected: extracted.fitProjected }
      : scorePosting(analysis, profile, { today });
  assertHasRequirements(analysis, options);
  return storeAnalyzedPosting(userId, {
    description: extracted.text,
    title: input.title,
    company: input.company,
    analysis,
    fit: { fit: fit.fit, fitProjected: fit.fitProjected },
    llmAssist: toStoredLlmAssist(llmAssist),
    extractorVersion: EXTRACTOR_VERSION,
  });
}
