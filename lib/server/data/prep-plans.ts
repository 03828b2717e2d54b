import "server-only";
import type { Prisma } from "@prisma/client";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/errors";
import { scorePosting } from "@/lib/analysis/score";
import { markSessionsDone, planForPostings, type PrepPlan, type PrepPlanTheme } from "@/lib/analysis/plan";
import { getPosting, listPostingsWithAnalysis } from "@/lib/server/data/postings";
import { loadProfile } from "@/lib/server/data/reports";
import { listResources } from "@/lib/server/data/resources";

export interface PrepPlanRequest {
  postingId: string | null;
  days: number;
  hoursPerDay: number;
  startDate: string;
}

export interface StoredPrepPlan {
  id: string;
  postingId: string | null;
  postingTitle: string | null;
  createdAt: Date;
  plan: PrepPlan;
}

/**
 * Builds a personal plan on the gaps of one posting (or all of them) and stores it. Day themes are
 * the generic ones shaped by the postings; only the demo seed passes its own (`themes`).
 */
export async function createPrepPlan(userId: string, request: PrepPlanRequest, options: { themes?: PrepPlanTheme[] } = {}): Promise<{ id: string }> {
  const postings = request.postingId ? [await getPosting(userId, request.postingId)] : await listPostingsWithAnalysis(userId);
  if (postings.length === 0) throw new AppError("invalid_input", "Analyze a posting first: the plan is built on its gaps.");
  const [profile, catalog] = await Promise.all([loadProfile(userId), listResources(userId)]);

  const scored = postings.map((posting) => ({ analysis: posting.analysis, report: scorePosting(posting.analysis, profile, { today: request.startDate }) }));
  const plan = planForPostings({
    postings: scored,
    profile,
    catalog,
    themes: options.themes,
    startDate: request.startDate,
    days: request.days,
    hoursPerDay: request.hoursPerDay,
  });
  return db.prepPlan.create({
    data: {
      userId,
      postingId: request.postingId,
      days: request.days,
      hoursPerDay: request.hoursPerDay,
      startDate: new Date(`${request.startDate}T00:00:00Z`),
      schedule: plan as unknown as Prisma.InputJsonValue,
    },
    select: { id: true },
  });
}

/** The user's newest plan with its ticked-off sessions, or null. */
export async function getLatestPrepPlan(userId: string): Promise<StoredPrepPlan | null> {
  const row = await db.prepPlan.findFirst({
    where: { userId },
    orderBy: { createdAt: "desc" },
    include: { completions: { select: { sessionKey: true } }, posting: { select: { title: true } } },
  });
  return row ? toStoredPlan(row) : null;
}

export async function getPrepPlan(userId: string, planId: string): Promise<StoredPrepPlan> {
  const row = await db.prepPlan.findFirst({
    where: { id: planId, userId },
    include: { completions: { select: { sessionKey: true } }, posting: { select: { title: true } } },
  });
  if (!row) throw new AppError("not_found", "That plan does not exist or is not yours.");
  return toStoredPlan(row);
}

function toStoredPlan(row: {
  id: string;
  postingId: string | null;
  createdAt: Date;
  schedule: Prisma.JsonValue;
  completions: { sessionKey: string }[];
  posting: { title: string | null } | null;
}): StoredPrepPlan {
  const plan = markSessionsDone(row.schedule as unknown as PrepPlan, row.completions.map((completion) => completion.sessionKey));
  return { id: row.id, postingId: row.postingId, postingTitle: row.posting?.title ?? null, createdAt: row.createdAt, plan };
}

/** Ticks a session off, or un-ticks it. */
export async function setSessionDone(userId: string, planId: string, sessionKey: string, done: boolean): Promise<void> {
  const plan = await db.prepPlan.findFirst({ where: { id: planId, userId }, select: { id: true } });
  if (!plan) throw new AppError("not_found", "That plan does not exist or is not yours.");
  if (done) {
    await db.prepSessionCompletion.upsert({
      where: { planId_sessionKey: { planId, sessionKey } },
      create: { planId, sessionKey },
      update: {},
    });
  } else {
    await db.prepSessionCompletion.deleteMany({ where: { planId, sessionKey } });
  }
}
