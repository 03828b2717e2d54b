/**
 * Runs once when a server process starts: a word on the LLM assist, and the worker for queued
 * re-scores unless they run elsewhere. scripts/serve.mjs starts a job process beside the web
 * server and says so with FITGAP_JOB_WORKER=process, so a person's re-score never takes this
 * process's CPU from other people's requests (=off: another instance does them). Plain
 * `next start` / `next dev` run the jobs in here.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const jobWorker = process.env.FITGAP_JOB_WORKER ?? "in-process"; // "process" | "in-process" | "off"
  if (jobWorker === "in-process") {
    const { startRescoreWorker } = await import("@/lib/server/jobs/rescore-queue");
    await startRescoreWorker().catch((error) => console.error("[fitgap] the re-score worker did not start:", error));
  }
  reportLlmAssist(await import("@/lib/env"));
}

/** An operator who set the LLM variables learns at start whether they took, not at the first paste. */
function reportLlmAssist({ readLlmConfig }: typeof import("@/lib/env")) {
  try {
    const config = readLlmConfig();
    if (config) console.info(`[fitgap] LLM assist on: model ${config.model}, timeout ${config.timeoutMs} ms`);
  } catch (error) {
    console.warn(`[fitgap] LLM assist is configured but invalid, so every analysis falls back to deterministic extraction: ${(error as Error).message}`);
  }
}
