import "server-only";
import type { Prisma } from "@prisma/client";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/errors";
import { collectPostingSkills } from "@/lib/analysis/extract";
import { analyzePosting } from "@/lib/analysis/analyze-posting";
import { EXTRACTOR_VERSION } from "@/lib/analysis/extract/version";
import type { NewPostingInput } from "@/lib/schemas/posting";
import type { PostingAnalysis, Requirement, RequirementKind, RequirementSkill } from "@/lib/analysis/types";
import { applyCorrections, type CorrectedRequirements } from "@/lib/analysis/corrections";
import { CORRECTIONS_SELECT, toCorrection, toTaughtAlias } from "@/lib/server/data/correction-rows";

export { EXTRACTOR_VERSION };

/** The LLM assist on a posting's last analysis: null when it was off (see lib/server/services/llm-assist.ts). */
export type StoredLlmAssist = "used" | "unavailable" | null;

export interface PostingSummary {
  id: string;
  title: string | null;
  company: string | null;
  createdAt: Date;
}

export interface StoredPosting extends PostingSummary {
  description: string;
  /** The extractor's requirements with the person's corrections and taught aliases applied. */
  analysis: PostingAnalysis;
  extractorVersion: number;
  /** When a newer extractor re-derived the requirements, or null. */
  reanalyzedAt: Date | null;
  llmAssist: StoredLlmAssist;
  /** Which requirements were corrected, which were dropped, and corrections left without a requirement. */
  corrections: Omit<CorrectedRequirements, "requirements">;
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

/**
 * Extracts the requirements and stores the posting with them, in one transaction (seeds, scripts,
 * tests). Deterministic only: the LLM assist belongs to the services that serve people.
 */
export async function createPosting(userId: string, input: NewPostingInput, options: { allowNoRequirements?: boolean } = {}): Promise<{ id: string }> {
  const { text: description, analysis } = analyzePosting(input.description);
  assertHasRequirements(analysis, options);
  return storeAnalyzedPosting(userId, { description, title: input.title, company: input.company, analysis });
}

export interface AnalyzedPostingInput {
  /** normalised text (analyzePosting's `text`): the spans point into it */
  description: string;
  title: string | null;
  company: string | null;
  analysis: PostingAnalysis;
  /** its first fit, stored with it so the dashboard has a point without re-scoring */
  fit?: { fit: number; fitProjected: number };
  llmAssist?: StoredLlmAssist;
}

/** Stores a posting analysed elsewhere (a worker thread), with its requirements and first fit, in one statement. */
export async function storeAnalyzedPosting(userId: string, input: AnalyzedPostingInput): Promise<{ id: string }> {
  const { analysis } = input;
  return db.posting.create({
    data: {
      userId,
      description: input.description,
      title: input.title ?? analysis.title,
      company: input.company ?? analysis.company,
      overallMinYears: analysis.overallMinYears,
      extractorVersion: EXTRACTOR_VERSION,
      llmAssist: input.llmAssist ?? null,
      requirements: { create: analysis.requirements.map(toRequirementRow) },
      snapshots: input.fit ? { create: [input.fit] } : undefined,
    },
    select: { id: true },
  });
}

export function toRequirementRow(requirement: Requirement, position: number): Prisma.RequirementCreateWithoutPostingInput {
  return {
    position,
    text: requirement.text,
    section: requirement.section,
    kind: requirement.kind,
    minYears: requirement.minYears,
    spanStart: requirement.span[0],
    spanEnd: requirement.span[1],
    skills: requirement.skills.map(({ id, name, source }) => (source ? { id, name, source } : { id, name })),
    skillIds: requirement.skills.map((skill) => skill.id),
    source: requirement.source ?? "extractor",
  };
}

type RequirementRow = Prisma.RequirementGetPayload<{ select: { text: true; section: true; kind: true; minYears: true; spanStart: true; spanEnd: true; skills: true; source: true } }>;

/** A stored row as the analysis core's Requirement; `source` is set only for the LLM's suggestions. */
function toRequirement(row: RequirementRow): Requirement {
  const requirement: Requirement = {
    text: row.text,
    section: row.section,
    kind: row.kind as RequirementKind,
    minYears: row.minYears,
    span: [row.spanStart, row.spanEnd],
    skills: row.skills as unknown as RequirementSkill[],
  };
  if (row.source === "llm") requirement.source = "llm";
  return requirement;
}

function toStoredLlmAssist(value: string | null): StoredLlmAssist {
  return value === "used" || value === "unavailable" ? value : null;
}

export async function listPostings(userId: string): Promise<PostingSummary[]> {
  return db.posting.findMany({
    where: { userId },
    select: { id: true, title: true, company: true, createdAt: true },
    orderBy: { createdAt: "desc" },
  });
}

const POSTING_WITH_REQUIREMENTS = {
  id: true,
  title: true,
  company: true,
  createdAt: true,
  description: true,
  overallMinYears: true,
  extractorVersion: true,
  reanalyzedAt: true,
  llmAssist: true,
  requirements: { orderBy: { position: "asc" } },
  ...CORRECTIONS_SELECT,
} as const satisfies Prisma.PostingSelect;

type PostingRow = Prisma.PostingGetPayload<{ select: typeof POSTING_WITH_REQUIREMENTS }>;

function toStoredPosting(row: PostingRow): StoredPosting {
  const extracted = row.requirements.map(toRequirement);
  const { requirements, ...corrections } = applyCorrections(extracted, row.corrections.map(toCorrection), row.user.skillAliases.map(toTaughtAlias));
  return {
    id: row.id,
    title: row.title,
    company: row.company,
    createdAt: row.createdAt,
    description: row.description,
    extractorVersion: row.extractorVersion,
    reanalyzedAt: row.reanalyzedAt,
    llmAssist: toStoredLlmAssist(row.llmAssist),
    analysis: { title: row.title, company: row.company, overallMinYears: row.overallMinYears, requirements, skills: collectPostingSkills(requirements) },
    corrections,
  };
}

export async function getPosting(userId: string, postingId: string): Promise<StoredPosting> {
  const row = await db.posting.findFirst({ where: { id: postingId, userId }, select: POSTING_WITH_REQUIREMENTS });
  if (!row) throw new AppError("not_found", "That posting does not exist or is not yours.");
  return toStoredPosting(row);
}

export async function listPostingsWithAnalysis(userId: string): Promise<StoredPosting[]> {
  const rows = await db.posting.findMany({ where: { userId }, select: POSTING_WITH_REQUIREMENTS, orderBy: { createdAt: "desc" } });
  return rows.map(toStoredPosting);
}

export async function deletePosting(userId: string, postingId: string): Promise<void> {
  const { count } = await db.posting.deleteMany({ where: { id: postingId, userId } });
  if (count === 0) throw new AppError("not_found", "That posting does not exist or is not yours.");
}

/** For the public share page: the posting by id with its owner, no ownership check (the token is the check). */
export async function getPostingForShare(postingId: string): Promise<{ posting: StoredPosting; ownerId: string } | null> {
  const row = await db.posting.findUnique({ where: { id: postingId }, select: { ...POSTING_WITH_REQUIREMENTS, userId: true } });
  return row ? { posting: toStoredPosting(row), ownerId: row.userId } : null;
}

export interface PostingSource {
  description: string;
  extractorVersion: number;
  /** The stored requirements as analysed, before corrections: re-analysis keeps their LLM suggestions. */
  requirements: Requirement[];
}

/** The stored text, extractor version and requirements of one of the user's postings (re-analysis reads these). */
export async function getPostingSource(userId: string, postingId: string): Promise<PostingSource> {
  const row = await db.posting.findFirst({
    where: { id: postingId, userId },
    select: {
      description: true,
      extractorVersion: true,
      requirements: { orderBy: { position: "asc" }, select: { text: true, section: true, kind: true, minYears: true, spanStart: true, spanEnd: true, skills: true, source: true } },
    },
  });
  if (!row) throw new AppError("not_found", "That posting does not exist or is not yours.");
  return { description: row.description, extractorVersion: row.extractorVersion, requirements: row.requirements.map(toRequirement) };
}

/**
 * Replaces a posting's requirements with a new analysis of its stored text, in one transaction:
 * the old requirements go only if the new ones are written. With `onlyIfOlder` (re-analysis after
 * an extractor change) it returns false when the posting was already analysed by this version
 * (another request got there first); otherwise (the person's "Re-analyze") it always replaces.
 * False too when the posting is not the user's.
 */
export async function replacePostingAnalysis(
  userId: string,
  postingId: string,
  analysis: PostingAnalysis,
  version: number,
  at: Date,
  { onlyIfOlder, llmAssist }: { onlyIfOlder: boolean; llmAssist?: StoredLlmAssist } = { onlyIfOlder: true },
): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const { count } = await tx.posting.updateMany({
      where: { id: postingId, userId, ...(onlyIfOlder ? { extractorVersion: { lt: version } } : {}) },
      // llmAssist undefined: the assist was not asked this time, so the last answer's status stays.
      data: { extractorVersion: version, reanalyzedAt: at, overallMinYears: analysis.overallMinYears, llmAssist },
    });
    if (count === 0) return false;
    await tx.requirement.deleteMany({ where: { postingId } });
    await tx.requirement.createMany({ data: analysis.requirements.map((requirement, position) => ({ ...toRequirementRow(requirement, position), postingId })) });
    return true;
  });
}

/** Postings of every user analysed by an older extractor, oldest first (for `npm run reanalyze`). */
export async function listPostingsAnalysedBefore(version: number, limit: number): Promise<{ id: string; userId: string }[]> {
  return db.posting.findMany({ where: { extractorVersion: { lt: version } }, select: { id: true, userId: true }, orderBy: { createdAt: "asc" }, take: limit });
}

/** The given postings of the user (others' ids are skipped), in the order of `ids`. */
export async function listPostingsWithAnalysisByIds(userId: string, ids: readonly string[]): Promise<StoredPosting[]> {
  if (ids.length === 0) return [];
  const rows = await db.posting.findMany({ where: { userId, id: { in: [...ids] } }, select: POSTING_WITH_REQUIREMENTS });
  const byId = new Map(rows.map((row) => [row.id, toStoredPosting(row)]));
  return ids.map((id) => byId.get(id)).filter((posting): posting is StoredPosting => posting !== undefined);
}
