import "server-only";
import type { Prisma } from "@prisma/client";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/errors";
import type { PrepPlan } from "@/lib/analysis/plan";

export interface PrepPlanRequest {
  postingId: string | null;
  days: number;
  hoursPerDay: number;
  startDate: string;
}

/** A plan as stored: the schedule as generated and the keys of the sessions ticked off since. */
export interface PrepPlanRecord {
  id: string;
  postingId: string | null;
  postingTitle: string | null;
  createdAt: Date;
  schedule: PrepPlan;
  doneSessionKeys: string[];
}

export async function insertPrepPlan(userId: string, request: PrepPlanRequest, plan: PrepPlan): Promise<{ id: string }> {
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
export async function getLatestPrepPlan(userId: string): Promise<PrepPlanRecord | null> {
  const row = await db.prepPlan.findFirst({
    where: { userId },
    orderBy: { createdAt: "desc" },
    include: { completions: { select: { sessionKey: true } }, posting: { select: { title: true } } },
  });
  return row ? toPlanRecord(row) : null;
}

export async function getPrepPlan(userId: string, planId: string): Promise<PrepPlanRecord> {
  const row = await db.prepPlan.findFirst({
    where: { id: planId, userId },
    include: { completions: { select: { sessionKey: true } }, posting: { select: { title: true } } },
  });
  if (!row) throw new AppError("not_found", "That plan does not exist or is not yours.");
  return toPlanRecord(row);
}

function toPlanRecord(row: {
  id: string;
  postingId: string | null;
  createdAt: Date;
  schedule: Prisma.JsonValue;
  completions: { sessionKey: string }[];
  posting: { title: string | null } | null;
}): PrepPlanRecord {
  const doneSessionKeys = row.completions.map((completion) => completion.sessionKey);
  return { id: row.id, postingId: row.postingId, postingTitle: row.posting?.title ?? null, createdAt: row.createdAt, schedule: row.schedule as unknown as PrepPlan, doneSessionKeys };
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
