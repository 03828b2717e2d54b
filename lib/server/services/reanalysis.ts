import "server-only";
import { analyzePosting } from "@/lib/analysis/analyze-posting";
import { EXTRACTOR_VERSION } from "@/lib/analysis/extract/version";
import { applyLlmProposal, storedSuggestions } from "@/lib/analysis/llm-assist";
import type { PostingAnalysis } from "@/lib/analysis/types";
import { AppError } from "@/lib/errors";
import { getPostingSource, listPostingsAnalysedBefore, replacePostingAnalysis, type PostingSource } from "@/lib/server/data/postings";
import { assistAnalysis, toStoredLlmAssist } from "@/lib/server/services/llm-assist";

/** The LLM's stored suggestions laid over a fresh extraction again (grounded anew, no network). */
function keepStoredSuggestions(text: string, extracted: PostingAnalysis, source: PostingSource): PostingAnalysis {
  return applyLlmProposal(text, extracted, storedSuggestions(source.requirements)).analysis;
}

/**
 * Stored postings follow the engine: a posting analysed by an older extractor is re-analysed from
 * its stored text before it is shown (one transaction per posting). Returns whether it was. It
 * runs while a page renders, so it never waits on a model: earlier LLM suggestions are kept.
 */
export async function reanalyzeIfOutdated(userId: string, postingId: string, now: Date = new Date()): Promise<boolean> {
  const source = await getPostingSource(userId, postingId);
  if (source.extractorVersion >= EXTRACTOR_VERSION) return false;
  const { text, analysis } = analyzePosting(source.description);
  return replacePostingAnalysis(userId, postingId, keepStoredSuggestions(text, analysis, source), EXTRACTOR_VERSION, now);
}

/**
 * The person's "Re-analyze": runs the current extractor on the stored text and replaces the
 * extracted rows. Corrections live in their own table, keyed by requirement text, so they apply
 * on top of the new rows; those whose requirement is gone show as orphans. With the LLM assist
 * on, the model is asked again and its answer replaces its earlier suggestions; when it is off or
 * fails, the earlier suggestions are kept.
 */
export async function reanalyzePosting(userId: string, postingId: string, now: Date = new Date()): Promise<{ requirements: number }> {
  const source = await getPostingSource(userId, postingId);
  const { text, analysis: deterministic } = analyzePosting(source.description);
  const assisted = await assistAnalysis(text, deterministic);
  const analysis = assisted.llmAssist === "used" ? assisted.analysis : keepStoredSuggestions(text, deterministic, source);
  const llmAssist = assisted.llmAssist === "off" ? undefined : toStoredLlmAssist(assisted.llmAssist);
  const replaced = await replacePostingAnalysis(userId, postingId, analysis, EXTRACTOR_VERSION, now, { onlyIfOlder: false, llmAssist });
  if (!replaced) throw new AppError("not_found", "That posting does not exist or is not yours.");
  return { requirements: analysis.requirements.length };
}

/**
 * Re-analyses every outdated posting, in batches; returns how many were. Every user's by default
 * (`npm run reanalyze`), or one account's (`userId`).
 */
export async function reanalyzeAllOutdated({ batchSize = 100, userId }: { batchSize?: number; userId?: string } = {}): Promise<number> {
  let done = 0;
  for (;;) {
    const batch = await listPostingsAnalysedBefore(EXTRACTOR_VERSION, batchSize, userId);
    if (batch.length === 0) return done;
    for (const { id, userId } of batch) if (await reanalyzeIfOutdated(userId, id)) done++;
  }
}
