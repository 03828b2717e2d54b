import "server-only";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/errors";
import { extractRequirements } from "@/lib/analysis/extract";
import { EXTRACTOR_VERSION, toRequirementRow } from "@/lib/server/data/postings";

/**
 * Runs the current extractor on the stored text again and replaces the extracted rows. The
 * person's corrections live in their own table, keyed by requirement text, so they apply on top
 * of the new rows; those whose requirement is gone show as orphans.
 */
export async function reanalyzePosting(userId: string, postingId: string, now: Date = new Date()): Promise<{ requirements: number }> {
  const posting = await db.posting.findFirst({ where: { id: postingId, userId }, select: { id: true, description: true } });
  if (!posting) throw new AppError("not_found", "That posting does not exist or is not yours.");
  const analysis = extractRequirements(posting.description);
  await db.$transaction([
    db.requirement.deleteMany({ where: { postingId: posting.id } }),
    db.posting.update({
      where: { id: posting.id },
      data: {
        overallMinYears: analysis.overallMinYears,
        extractorVersion: EXTRACTOR_VERSION,
        reanalyzedAt: now,
        requirements: { create: analysis.requirements.map(toRequirementRow) },
      },
    }),
  ]);
  return { requirements: analysis.requirements.length };
}
