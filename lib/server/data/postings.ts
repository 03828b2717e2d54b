import "server-only";
import type { Prisma } from "@prisma/client";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/errors";
import type { PostingAnalysis, Requirement, RequirementKind, RequirementSkill } from "@/lib/analysis/types";
import type { RequirementCorrection, TaughtAlias } from "@/lib/analysis/corrections";
import { CORRECTIONS_SELECT, toCorrection, toTaughtAlias, toTaughtAliasRow, type TaughtAliasRow } from "@/lib/server/data/correction-rows";

/** The LLM assist on a posting's last analysis: null when it was off (see lib/server/services/llm-assist.ts). */
export type StoredLlmAssist = "used" | "unavailable" | null;

export interface PostingSummary {
  id: string;
  title: string | null;
  company: string | null;
  createdAt: Date;
}

/**
 * A posting as stored: the extractor's requirements, the person's corrections and taught aliases
 * as rows. Laying the corrections over the requirements is analysis, done by the caller
 * (lib/server/services/postings.ts).
 */
export interface PostingRecord extends PostingSummary {
  description: string;
  overallMinYears: number | null;
  extractorVersion: number;
  /** When a newer extractor re-derived the requirements, or null. */
  reanalyzedAt: Date | null;
  llmAssist: StoredLlmAssist;
  /** Moved by the database on any change of the requirements or corrections (stored results' keys). */
  analysisRevision: number;
  extracted: Requirement[];
  corrections: RequirementCorrection[];
  aliases: TaughtAlias[];
  /** The same aliases as rows with their ids (the report page's list). */
  aliasRows: TaughtAliasRow[];
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
  /** the extractor version that produced `analysis` */
  extractorVersion: number;
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
      extractorVersion: input.extractorVersion,
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
  analysisRevision: true,
  requirements: { orderBy: { position: "asc" } },
  ...CORRECTIONS_SELECT,
} as const satisfies Prisma.PostingSelect;

type PostingRow = Prisma.PostingGetPayload<{ select: typeof POSTING_WITH_REQUIREMENTS }>;

function toPostingRecord(row: PostingRow): PostingRecord {
  return recordOf(row, row.requirements, row.user.skillAliases);
}

/** The record from a posting's columns, its requirement and correction rows and the owner's aliases (both reads share it). */
function recordOf(
  row: Omit<RawPostingRow, "userId" | "requirements" | "aliases">,
  requirements: RequirementRow[],
  aliases: Parameters<typeof toTaughtAliasRow>[0][],
): PostingRecord {
  return {
    id: row.id,
    title: row.title,
    company: row.company,
    createdAt: row.createdAt,
    description: row.description,
    overallMinYears: row.overallMinYears,
    extractorVersion: row.extractorVersion,
    reanalyzedAt: row.reanalyzedAt,
    llmAssist: toStoredLlmAssist(row.llmAssist),
    analysisRevision: row.analysisRevision,
    extracted: requirements.map(toRequirement),
    corrections: row.corrections.map(toCorrection),
    aliases: aliases.map(toTaughtAlias),
    aliasRows: aliases.map(toTaughtAliasRow),
  };
}

/** The ids of the user's postings in the order listPostingRecords gives them. */
export async function listPostingIds(userId: string): Promise<string[]> {
  const rows = await db.posting.findMany({ where: { userId }, select: { id: true }, orderBy: NEWEST_FIRST });
  return rows.map((row) => row.id);
}

/** One posting row with its requirements, corrections and the owner's aliases as JSON arrays (findPostingRecordRow). */
interface RawPostingRow {
  id: string;
  userId: string;
  title: string | null;
  company: string | null;
  createdAt: Date;
  description: string;
  overallMinYears: number | null;
  extractorVersion: number;
  reanalyzedAt: Date | null;
  llmAssist: string | null;
  analysisRevision: number;
  requirements: RequirementRow[];
  corrections: Parameters<typeof toCorrection>[0][];
  aliases: { id: string; phrase: string; skillId: string }[];
}

/**
 * The same record as POSTING_WITH_REQUIREMENTS selects, in one parameterised raw query (the
 * report and shared pages read it on every view; Prisma compiled its relation query again each
 * time). `userId` null: any owner (the shared page, where the token is the check).
 */
async function findPostingRecordRow(postingId: string, userId: string | null): Promise<RawPostingRow | null> {
  const rows = await db.$queryRaw<RawPostingRow[]>`
    SELECT p.id, p."userId", p.title, p.company, p."createdAt", p.description, p."overallMinYears", p."extractorVersion", p."reanalyzedAt",
      p."llmAssist", p."analysisRevision",
      coalesce((SELECT jsonb_agg(jsonb_build_object('text', r.text, 'section', r.section, 'kind', r.kind, 'minYears', r."minYears",
          'spanStart', r."spanStart", 'spanEnd', r."spanEnd", 'skills', r.skills, 'source', r.source) ORDER BY r.position)
        FROM "Requirement" r WHERE r."postingId" = p.id), '[]'::jsonb) AS requirements,
      coalesce((SELECT jsonb_agg(jsonb_build_object('id', c.id, 'action', c.action, 'targetKey', c."targetKey", 'targetStart', c."targetStart",
          'targetEnd', c."targetEnd", 'text', c.text, 'kind', c.kind, 'minYears', c."minYears", 'skills', c.skills) ORDER BY c."createdAt")
        FROM "RequirementCorrection" c WHERE c."postingId" = p.id), '[]'::jsonb) AS corrections,
      coalesce((SELECT jsonb_agg(jsonb_build_object('id', a.id, 'phrase', a.phrase, 'skillId', a."skillId") ORDER BY a."createdAt")
        FROM "SkillAlias" a WHERE a."userId" = p."userId"), '[]'::jsonb) AS aliases
    FROM "Posting" p
    WHERE p.id = ${postingId} AND (${userId}::text IS NULL OR p."userId" = ${userId})`;
  return rows[0] ?? null;
}

function rawToPostingRecord(row: RawPostingRow): PostingRecord {
  return recordOf(row, row.requirements, row.aliases);
}

export async function getPostingRecord(userId: string, postingId: string): Promise<PostingRecord> {
  const row = await findPostingRecordRow(postingId, userId);
  if (!row) throw new AppError("not_found", "That posting does not exist or is not yours.");
  return rawToPostingRecord(row);
}

/** The user's postings, newest first (the id breaks ties of postings stored in one statement). */
const NEWEST_FIRST = [{ createdAt: "desc" }, { id: "desc" }] satisfies Prisma.PostingOrderByWithRelationInput[];

export async function listPostingRecords(userId: string): Promise<PostingRecord[]> {
  const rows = await db.posting.findMany({ where: { userId }, select: POSTING_WITH_REQUIREMENTS, orderBy: NEWEST_FIRST });
  return rows.map(toPostingRecord);
}

export async function deletePosting(userId: string, postingId: string): Promise<void> {
  const { count } = await db.posting.deleteMany({ where: { id: postingId, userId } });
  if (count === 0) throw new AppError("not_found", "That posting does not exist or is not yours.");
}

/** For the public share page: the posting by id with its owner, no ownership check (the token is the check). */
export async function getPostingRecordForShare(postingId: string): Promise<{ posting: PostingRecord; ownerId: string } | null> {
  const row = await findPostingRecordRow(postingId, null);
  return row ? { posting: rawToPostingRecord(row), ownerId: row.userId } : null;
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

/** Postings analysed by an older extractor, oldest first: every user's (for `npm run reanalyze`) or one user's. */
export async function listPostingsAnalysedBefore(version: number, limit: number, userId?: string): Promise<{ id: string; userId: string }[]> {
  return db.posting.findMany({ where: { extractorVersion: { lt: version }, userId }, select: { id: true, userId: true }, orderBy: { createdAt: "asc" }, take: limit });
}

/** The given postings of the user (others' ids are skipped), in the order of `ids`. */
export async function listPostingRecordsByIds(userId: string, ids: readonly string[]): Promise<PostingRecord[]> {
  if (ids.length === 0) return [];
  const rows = await db.posting.findMany({ where: { userId, id: { in: [...ids] } }, select: POSTING_WITH_REQUIREMENTS });
  const byId = new Map(rows.map((row) => [row.id, toPostingRecord(row)]));
  return ids.map((id) => byId.get(id)).filter((posting): posting is PostingRecord => posting !== undefined);
}
