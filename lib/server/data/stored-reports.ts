import "server-only";
import type { Prisma } from "@prisma/client";
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

/** Replaces the stored reports of the user's given postings (one transaction, two statements after the ownership check). */
export async function saveStoredReports(userId: string, entries: { postingId: string; inputsKey: string; report: GapReport }[]): Promise<void> {
  if (entries.length === 0) return;
  const owned = await db.posting.findMany({ where: { userId, id: { in: entries.map((entry) => entry.postingId) } }, select: { id: true } });
  const ownedIds = new Set(owned.map((posting) => posting.id));
  const rows = entries.filter((entry) => ownedIds.has(entry.postingId));
  await db.$transaction([
    db.storedReport.deleteMany({ where: { postingId: { in: rows.map((row) => row.postingId) } } }),
    db.storedReport.createMany({
      data: rows.map((row) => ({ postingId: row.postingId, inputsKey: row.inputsKey, report: row.report as unknown as Prisma.InputJsonValue })),
      skipDuplicates: true,
    }),
  ]);
}
