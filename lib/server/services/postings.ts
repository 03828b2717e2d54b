import "server-only";
import { analyzePosting } from "@/lib/analysis/analyze-posting";
import { applyCorrections, type CorrectedRequirements } from "@/lib/analysis/corrections";
import { collectPostingSkills } from "@/lib/analysis/extract";
import { EXTRACTOR_VERSION } from "@/lib/analysis/extract/version";
import type { PostingAnalysis } from "@/lib/analysis/types";
import { AppError } from "@/lib/errors";
import type { NewPostingInput } from "@/lib/schemas/posting";
import type { TaughtAliasRow } from "@/lib/server/data/correction-rows";
import {
  getPostingRecord,
  getPostingRecordForShare,
  listPostingRecords,
  listPostingRecordsByIds,
  storeAnalyzedPosting,
  type PostingRecord,
  type PostingSummary,
  type StoredLlmAssist,
} from "@/lib/server/data/postings";

export interface StoredPosting extends PostingSummary {
  description: string;
  /** The extractor's requirements with the person's corrections and taught aliases applied. */
  analysis: PostingAnalysis;
  extractorVersion: number;
  /** When a newer extractor re-derived the requirements, or null. */
  reanalyzedAt: Date | null;
  llmAssist: StoredLlmAssist;
  /** Moved by the database whenever the requirements or corrections change (stored reports' keys). */
  analysisRevision: number;
  /** Which requirements were corrected, which were dropped, and corrections left without a requirement. */
  corrections: Omit<CorrectedRequirements, "requirements">;
  /** The owner's taught aliases, as rows. */
  aliasRows: TaughtAliasRow[];
}

/** The stored rows made into the posting a person sees: corrections and taught aliases laid over the extractor's requirements. */
export function toStoredPosting(record: PostingRecord): StoredPosting {
  const { requirements, ...corrections } = applyCorrections(record.extracted, record.corrections, record.aliases);
  return {
    id: record.id,
    title: record.title,
    company: record.company,
    createdAt: record.createdAt,
    description: record.description,
    extractorVersion: record.extractorVersion,
    reanalyzedAt: record.reanalyzedAt,
    llmAssist: record.llmAssist,
    analysisRevision: record.analysisRevision,
    analysis: { title: record.title, company: record.company, overallMinYears: record.overallMinYears, requirements, skills: collectPostingSkills(requirements) },
    corrections,
    aliasRows: record.aliasRows,
  };
}

export async function getPosting(userId: string, postingId: string): Promise<StoredPosting> {
  return toStoredPosting(await getPostingRecord(userId, postingId));
}

export async function listPostingsWithAnalysis(userId: string): Promise<StoredPosting[]> {
  return (await listPostingRecords(userId)).map(toStoredPosting);
}

/** The given postings of the user (others' ids are skipped), in the order of `ids`. */
export async function listPostingsWithAnalysisByIds(userId: string, ids: readonly string[]): Promise<StoredPosting[]> {
  return (await listPostingRecordsByIds(userId, ids)).map(toStoredPosting);
}

/** For the public share page: the posting by id with its owner, no ownership check (the token is the check). */
export async function getPostingForShare(postingId: string): Promise<{ posting: StoredPosting; ownerId: string } | null> {
  const shared = await getPostingRecordForShare(postingId);
  return shared ? { posting: toStoredPosting(shared.posting), ownerId: shared.ownerId } : null;
}

export const NO_REQUIREMENTS_MESSAGE =
  "No requirements were found in this text, so it cannot be scored. Is it the whole job posting? Paste the posting, or save it anyway.";

/**
 * A text that yields no requirement (a chat message, a fragment) is refused with a `conflict`
 * unless the person chose to save it anyway: nothing is stored silently.
 */
export function assertHasRequirements(analysis: PostingAnalysis, options: { allowNoRequirements?: boolean } = {}): void {
  if (analysis.requirements.length === 0 && !options.allowNoRequirements) throw new AppError("conflict", NO_REQUIREMENTS_MESSAGE);
}

/** Extracts the requirements on this thread and stores the posting with them (seeds, scripts, tests, API). */
export async function createPosting(userId: string, input: NewPostingInput, options: { allowNoRequirements?: boolean } = {}): Promise<{ id: string }> {
  const { text: description, analysis } = analyzePosting(input.description);
  assertHasRequirements(analysis, options);
  return storeAnalyzedPosting(userId, { description, title: input.title, company: input.company, analysis, extractorVersion: EXTRACTOR_VERSION });
}
