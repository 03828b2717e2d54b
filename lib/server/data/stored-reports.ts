import "server-only";
import { db } from "@/lib/server/db";
import type { GapReport } from "@/lib/analysis/score";
import type { Recommendation } from "@/lib/analysis/recommend";

export interface StoredReportRow {
  inputsKey: string;
  report: GapReport;
}

/**
 * The stored reports of some of the user's postings, by posting id, with the user's
 * profileRevision (one query). Read the revision before the profile a report is then computed
 * from: a profile that changed in between gets a newer revision, so that report is recomputed.
 */
export async function findStoredReports(userId: string, postingIds: readonly string[]): Promise<{ profileRevision: number; reports: Map<string, StoredReportRow> }> {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: { profileRevision: true, postings: { where: { id: { in: [...postingIds] } }, select: { id: true, storedReport: { select: { inputsKey: true, report: true } } } } },
  });
  const reports = new Map<string, StoredReportRow>();
  for (const posting of user?.postings ?? []) {
    if (posting.storedReport) reports.set(posting.id, { inputsKey: posting.storedReport.inputsKey, report: posting.storedReport.report as unknown as GapReport });
  }
  return { profileRevision: user?.profileRevision ?? 0, reports };
}

/**
 * Stores (or replaces) the reports of the user's given postings in one statement; postings that
 * are not the user's are skipped. Columns travel as arrays through unnest(): Prisma's createMany
 * spent ~15 s building the statement for 1,000 reports, the database well under one.
 */
export async function saveStoredReports(userId: string, entries: { postingId: string; inputsKey: string; report: GapReport }[]): Promise<void> {
  if (entries.length === 0) return;
  await db.$executeRaw`
    INSERT INTO "StoredReport" ("postingId", "inputsKey", "report", "computedAt")
    SELECT entry.posting, entry.key, entry.report::jsonb, now()
    FROM unnest(${entries.map((entry) => entry.postingId)}::text[], ${entries.map((entry) => entry.inputsKey)}::text[], ${entries.map((entry) => JSON.stringify(entry.report))}::text[])
      AS entry(posting, key, report)
    JOIN "Posting" p ON p.id = entry.posting AND p."userId" = ${userId}
    ON CONFLICT ("postingId") DO UPDATE SET "inputsKey" = EXCLUDED."inputsKey", "report" = EXCLUDED."report", "computedAt" = EXCLUDED."computedAt",
      "recommendationsKey" = NULL, "recommendations" = NULL`;
}

export interface StoredReportState {
  profileRevision: number;
  resourcesRevision: number;
  catalogRevision: number;
  /** The posting's stored report with its recommendations (null until first asked for), or null. */
  stored: (StoredReportRow & { recommendationsKey: string | null; recommendations: Recommendation[] | null }) | null;
}

interface StateRow {
  profileRevision: number;
  resourcesRevision: number;
  catalogRevision: number | null;
  inputsKey: string | null;
  report: unknown;
  recommendationsKey: string | null;
  recommendations: unknown;
}

/**
 * One posting's stored report and recommendations with every revision their keys are made of, in
 * one query. As with findStoredReports, read this before the inputs a result is then computed
 * from. Null when the user does not exist; a posting that is not the user's has no stored row.
 */
export async function findStoredReportState(userId: string, postingId: string): Promise<StoredReportState | null> {
  const rows = await db.$queryRaw<StateRow[]>`
    SELECT u."profileRevision", u."resourcesRevision", c.revision AS "catalogRevision",
      r."inputsKey", r.report, r."recommendationsKey", r.recommendations
    FROM "User" u
    LEFT JOIN "CatalogRevision" c ON c.id = 1
    LEFT JOIN "Posting" p ON p.id = ${postingId} AND p."userId" = u.id
    LEFT JOIN "StoredReport" r ON r."postingId" = p.id
    WHERE u.id = ${userId}`;
  const row = rows[0];
  if (!row) return null;
  return {
    profileRevision: row.profileRevision,
    resourcesRevision: row.resourcesRevision,
    catalogRevision: row.catalogRevision ?? 0,
    stored:
      row.inputsKey === null
        ? null
        : { inputsKey: row.inputsKey, report: row.report as GapReport, recommendationsKey: row.recommendationsKey, recommendations: row.recommendations as Recommendation[] | null },
  };
}

/**
 * Stores a posting's recommendations beside its stored report, only while that report is still
 * the one stored under `inputsKey` (a report replaced meanwhile keeps none).
 */
export async function saveStoredRecommendations(userId: string, postingId: string, inputsKey: string, recommendationsKey: string, recommendations: Recommendation[]): Promise<void> {
  await db.$executeRaw`
    UPDATE "StoredReport" r SET "recommendationsKey" = ${recommendationsKey}, "recommendations" = ${JSON.stringify(recommendations)}::jsonb
    FROM "Posting" p
    WHERE r."postingId" = ${postingId} AND r."inputsKey" = ${inputsKey} AND p.id = r."postingId" AND p."userId" = ${userId}`;
}

/** The revisions of every input of a posting's report and recommendations, and the posting row's own marks. */
export interface ReportInputRevisions {
  analysisRevision: number;
  /** The posting row's last update (its text, extractor version, LLM status), in ms. */
  postingUpdatedAt: number;
  extractorVersion: number;
  profileRevision: number;
  resourcesRevision: number;
  catalogRevision: number;
}

/** A report's input revisions as read by SQL (shared with the share-link read). */
export interface RevisionRow {
  analysisRevision: number;
  postingUpdatedAt: Date;
  extractorVersion: number;
  profileRevision: number;
  resourcesRevision: number;
  catalogRevision: number | null;
}

export function toReportInputRevisions(row: RevisionRow): ReportInputRevisions {
  return {
    analysisRevision: row.analysisRevision,
    postingUpdatedAt: row.postingUpdatedAt.getTime(),
    extractorVersion: row.extractorVersion,
    profileRevision: row.profileRevision,
    resourcesRevision: row.resourcesRevision,
    catalogRevision: row.catalogRevision ?? 0,
  };
}

/**
 * The input revisions of one of the user's postings, without the stored report itself (one small
 * parameterised query; a page checks its in-memory copy against them). Null when the posting is
 * not the user's.
 */
export async function findReportInputRevisions(userId: string, postingId: string): Promise<ReportInputRevisions | null> {
  const rows = await db.$queryRaw<RevisionRow[]>`
    SELECT p."analysisRevision", p."updatedAt" AS "postingUpdatedAt", p."extractorVersion", u."profileRevision", u."resourcesRevision", c.revision AS "catalogRevision"
    FROM "Posting" p
    JOIN "User" u ON u.id = p."userId"
    LEFT JOIN "CatalogRevision" c ON c.id = 1
    WHERE p.id = ${postingId} AND p."userId" = ${userId}`;
  return rows[0] ? toReportInputRevisions(rows[0]) : null;
}
