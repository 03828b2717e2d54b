import "server-only";
import { db } from "@/lib/server/db";

/** Each of the user's postings' latest stored fit (one query). */
export async function findLatestFits(userId: string): Promise<Map<string, { fit: number; fitProjected: number }>> {
  const latest = await db.fitSnapshot.findMany({
    where: { posting: { userId } },
    distinct: ["postingId"],
    orderBy: [{ postingId: "asc" }, { computedAt: "desc" }],
    select: { postingId: true, fit: true, fitProjected: true },
  });
  return new Map(latest.map(({ postingId, ...fit }) => [postingId, fit]));
}

/** Stores fit points of the user's postings (others' ids are skipped), in one INSERT. */
export async function insertFitSnapshots(userId: string, points: { postingId: string; fit: number; fitProjected: number }[]): Promise<void> {
  if (points.length === 0) return;
  const owned = new Set((await db.posting.findMany({ where: { userId, id: { in: points.map((point) => point.postingId) } }, select: { id: true } })).map((row) => row.id));
  await db.fitSnapshot.createMany({ data: points.filter((point) => owned.has(point.postingId)) });
}

export async function listFitHistory(userId: string, postingId: string): Promise<FitPoint[]> {
  // Read on every report view: raw SQL (parameterised) skips Prisma's query compiler.
  return db.$queryRaw<FitPoint[]>`
    SELECT s.fit, s."fitProjected", s."computedAt"
    FROM "FitSnapshot" s JOIN "Posting" p ON p.id = s."postingId" AND p."userId" = ${userId}
    WHERE s."postingId" = ${postingId}
    ORDER BY s."computedAt" ASC`;
}

export interface FitPoint {
  fit: number;
  fitProjected: number;
  computedAt: Date;
}

/** Fit history of every posting of the user, oldest point first, keyed by posting id. */
export async function listFitHistories(userId: string): Promise<Map<string, FitPoint[]>> {
  const rows = await db.fitSnapshot.findMany({
    where: { posting: { userId } },
    orderBy: { computedAt: "asc" },
    select: { postingId: true, fit: true, fitProjected: true, computedAt: true },
  });
  const byPosting = new Map<string, FitPoint[]>();
  for (const { postingId, ...point } of rows) {
    const points = byPosting.get(postingId) ?? [];
    points.push(point);
    byPosting.set(postingId, points);
  }
  return byPosting;
}

/** Fit history of the given postings of the user, oldest point first, keyed by posting id. */
export async function listFitHistoriesFor(userId: string, postingIds: readonly string[]): Promise<Map<string, FitPoint[]>> {
  if (postingIds.length === 0) return new Map();
  // Read on every dashboard view: raw SQL (parameterised) skips Prisma's query compiler.
  const rows = await db.$queryRaw<(FitPoint & { postingId: string })[]>`
    SELECT s."postingId", s.fit, s."fitProjected", s."computedAt"
    FROM "FitSnapshot" s JOIN "Posting" p ON p.id = s."postingId" AND p."userId" = ${userId}
    WHERE s."postingId" = ANY(${[...postingIds]}::text[])
    ORDER BY s."computedAt" ASC`;
  const byPosting = new Map<string, FitPoint[]>();
  for (const { postingId, ...point } of rows) byPosting.set(postingId, [...(byPosting.get(postingId) ?? []), point]);
  return byPosting;
}

/** Stores one posting's fit when it differs from its last snapshot: after a change only it can feel (a correction). */
export async function recordFitSnapshotFor(userId: string, postingId: string, fit: { fit: number; fitProjected: number }): Promise<void> {
  const last = await db.fitSnapshot.findFirst({
    where: { postingId, posting: { userId } },
    orderBy: { computedAt: "desc" },
    select: { fit: true, fitProjected: true },
  });
  if (last && last.fit === fit.fit && last.fitProjected === fit.fitProjected) return;
  const owned = await db.posting.count({ where: { id: postingId, userId } });
  if (owned === 0) return;
  await db.fitSnapshot.create({ data: { postingId, fit: fit.fit, fitProjected: fit.fitProjected } });
}
