/**
 * The background job process: runs queued re-scores (lib/server/jobs/rescore-queue.ts) in a
 * process of its own, so scoring a person's 1,000 postings (seconds of CPU) never stalls the web
 * server's requests. scripts/serve.mjs starts one beside each web server and restarts it if it
 * dies; pg-boss shares the queue between all of them. Alone: `npm run jobs` (needs DATABASE_URL).
 * SIGTERM / SIGINT (or the server's end) let the running job finish (8 s at most: within serve.mjs's 10 s stop), then exit.
 */
import { startRescoreWorker, stopRescoreQueue } from "@/lib/server/jobs/rescore-queue";
import { db } from "@/lib/server/db";

const STOP_GRACE_MS = 8_000;

let stopping = false;
async function stop(signal: NodeJS.Signals): Promise<void> {
  if (stopping) return;
  stopping = true;
  setTimeout(() => process.exit(1), STOP_GRACE_MS + 1_000).unref();
  await stopRescoreQueue({ timeoutMs: STOP_GRACE_MS }).catch((error) => console.error("[fitgap jobs] stopping the queue failed:", error));
  await db.$disconnect().catch(() => undefined);
  process.exit(signal === "SIGINT" ? 130 : 143);
}

for (const signal of ["SIGTERM", "SIGINT"] as const) process.on(signal, () => void stop(signal));
// Started by scripts/serve.mjs: when that server goes, however it went, so does this process.
process.on("disconnect", () => void stop("SIGTERM"));

startRescoreWorker()
  .then(() => console.log("[fitgap jobs] re-score worker running"))
  .catch((error) => {
    console.error("[fitgap jobs] the re-score worker did not start:", error);
    process.exit(1);
  });
