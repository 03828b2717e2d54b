import "server-only";
import { analyzePosting } from "@/lib/analysis/analyze-posting";
import { EXTRACTOR_VERSION } from "@/lib/analysis/extract/version";
import { AppError } from "@/lib/errors";
import { getPostingSource, listPostingsAnalysedBefore, replacePostingAnalysis } from "@/lib/server/data/postings";

/**
 * Stored postings follow the engine: a posting analysed by an older extractor is re-analysed from
 * its stored text before it is shown (one transaction per posting). Returns whether it was.
 */
export async function reanalyzeIfOutdated(userId: string, postingId: string, now: Date = new Date()): Promise<boolean> {
  const { description, extractorVersion } = await getPostingSource(userId, postingId);
  if (extractorVersion >= EXTRACTOR_VERSION) return false;
  return replacePostingAnalysis(userId, postingId, analyzePosting(description).analysis, EXTRACTOR_VERSION, now);
}

/**
 * The person's "Re-analyze": runs the current extractor on the stored text and replaces the
 * extracted rows. Corrections live in their own table, keyed by requirement text, so they apply
 * on top of the new rows; those whose requirement is gone show as orphans.
 */
export async function reanalyzePosting(userId: string, postingId: string, now: Date = new Date()): Promise<{ requirements: number }> {
  const { description } = await getPostingSource(userId, postingId);
  const { analysis } = analyzePosting(description);
  const replaced = await replacePostingAnalysis(userId, postingId, analysis, EXTRACTOR_VERSION, now, { onlyIfOlder: false });
  if (!replaced) throw new AppError("not_found", "That posting does not exist or is not yours.");
  return { requirements: analysis.requirements.length };
}

/** Re-analyses every outdated posting of every user, in batches; returns how many were. */
export async function reanalyzeAllOutdated(batchSize = 100): Promise<number> {
  let done = 0;
  for (;;) {
    const batch = await listPostingsAnalysedBefore(EXTRACTOR_VERSION, batchSize);
    if (batch.length === 0) return done;
    for (const { id, userId } of batch) if (await reanalyzeIfOutdated(userId, id)) done++;
  }
}
