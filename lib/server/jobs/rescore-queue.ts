import "server-only";
import type { PgBoss } from "pg-boss";
import { getEnv } from "@/lib/env";
import { recordFitSnapshots } from "@/lib/server/services/fit-snapshots";

/**
 * Re-scoring every posting after a profile or study change runs as a background job, so the form
 * returns at once however many postings a person has. The queue is pg-boss (jobs in PostgreSQL,
 * so every app instance shares it; no home-made queue). The "stately" policy with the user as
 * singleton key keeps at most one waiting and one running job per person: ten quick edits cost
 * at most two re-scores. FITGAP_INLINE_JOBS=1 runs the work in the request instead (Jest).
 */
const QUEUE = "rescore-postings";

interface RescoreJob {
  userId: string;
}

const globalForQueue = globalThis as unknown as { rescoreBoss?: Promise<PgBoss> };

function inline(): boolean {
  return process.env.FITGAP_INLINE_JOBS === "1";
}

function boss(): Promise<PgBoss> {
  globalForQueue.rescoreBoss ??= (async () => {
    // Imported on first use: pg-boss is an ES module that only the server process needs.
    const { PgBoss } = await import("pg-boss");
    const instance = new PgBoss({ connectionString: getEnv().DATABASE_URL, max: 3 });
    instance.on("error", (error) => console.error("[fitgap] job queue:", error));
    await instance.start();
    if (!(await instance.getQueue(QUEUE))) await instance.createQueue(QUEUE, { policy: "stately", retryLimit: 3, retryDelay: 5 });
    return instance;
  })().catch((error) => {
    globalForQueue.rescoreBoss = undefined;
    throw error;
  });
  return globalForQueue.rescoreBoss;
}

/** Asks for the user's postings to be re-scored (fit history); falls back to doing it now if the queue is down. */
export async function scheduleRescore(userId: string): Promise<void> {
  if (inline()) return recordFitSnapshots(userId);
  try {
    await (await boss()).send(QUEUE, { userId } satisfies RescoreJob, { singletonKey: userId });
  } catch (error) {
    console.error("[fitgap] could not queue a re-score, running it now:", error);
    await recordFitSnapshots(userId);
  }
}

/**
 * Runs queued re-scores in this process: the job process (scripts/jobs.ts, which
 * scripts/serve.mjs starts beside the web server), or the web server itself under plain
 * `next start` / `next dev` (instrumentation.ts).
 */
export async function startRescoreWorker(): Promise<void> {
  if (inline()) return;
  await (await boss()).work<RescoreJob>(QUEUE, { pollingIntervalSeconds: 0.5 }, async (jobs) => {
    for (const job of jobs) await recordFitSnapshots(job.data.userId);
  });
}

/** Stops taking jobs; a running one may finish within `timeoutMs`. */
export async function stopRescoreQueue({ timeoutMs = 30_000 }: { timeoutMs?: number } = {}): Promise<void> {
  const current = globalForQueue.rescoreBoss;
  globalForQueue.rescoreBoss = undefined;
  await (await current)?.stop({ graceful: true, timeout: timeoutMs });
}
