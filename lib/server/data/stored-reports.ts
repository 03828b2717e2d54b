import "server-only";
import type { Prisma } from "@prisma/client";
import { db } from "@/lib/server/db";
import type { GapReport } from "@/lib/analysis/score";

export interface StoredReportRow {
  inputsKey: string;
  report: GapReport;
}

/** The stored reports of some of the user's postings, by posting id (one query). */
export async function findStoredReports(userId: string, postingIds: string[]): Promise<Map<string, StoredReportRow>> {
  if (postingIds.length === 0) return new Map();
  const rows = await db.storedReport.findMany({
    where: { postingId: { in: postingIds }, posting: { userId } },
    select: { postingId: true, inputsKey: true, report: true },
  });
  return new Map(rows.map((row) => [row.postingId, { inputsKey: row.inputsKey, report: row.report as unknown as GapReport }]));
}

/** Replaces the stored reports of the user's given postings (one transaction, two statements). */
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
