import "server-only";
import { db } from "@/lib/server/db";
import { todayIso } from "@/lib/server/clock";
import { listPostingReports } from "@/lib/server/data/reports";

/**
 * Stores each posting's fit when it differs from the last stored one, so the dashboard can chart
 * fit history as the person studies. Called after anything that can change a fit.
 */
export async function recordFitSnapshots(userId: string): Promise<void> {
  const { reports } = await listPostingReports(userId, todayIso());
  if (reports.length === 0) return;
  const latest = await db.fitSnapshot.findMany({
    where: { posting: { userId } },
    distinct: ["postingId"],
    orderBy: [{ postingId: "asc" }, { computedAt: "desc" }],
    select: { postingId: true, fit: true, fitProjected: true },
  });
  const lastByPosting = new Map(latest.map((snapshot) => [snapshot.postingId, snapshot]));
  const changed = reports.filter(({ posting, report }) => {
    const last = lastByPosting.get(posting.id);
    return !last || last.fit !== report.fit || last.fitProjected !== report.fitProjected;
  });
  if (changed.length === 0) return;
  await db.fitSnapshot.createMany({
    data: changed.map(({ posting, report }) => ({ postingId: posting.id, fit: report.fit, fitProjected: report.fitProjected })),
  });
}

export async function listFitHistory(userId: string, postingId: string): Promise<FitPoint[]> {
  return db.fitSnapshot.findMany({
    where: { postingId, posting: { userId } },
    orderBy: { computedAt: "asc" },
    select: { fit: true, fitProjected: true, computedAt: true },
  });
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
  const rows = await db.fitSnapshot.findMany({
    where: { postingId: { in: [...postingIds] }, posting: { userId } },
    orderBy: { computedAt: "asc" },
    select: { postingId: true, fit: true, fitProjected: true, computedAt: true },
  });
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
