import "server-only";
import { db } from "@/lib/server/db";
import type { GapReport } from "@/lib/analysis/score";

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
    ON CONFLICT ("postingId") DO UPDATE SET "inputsKey" = EXCLUDED."inputsKey", "report" = EXCLUDED."report", "computedAt" = EXCLUDED."computedAt"`;
}
