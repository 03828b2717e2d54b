/** Runs once when a server process starts: the background worker for queued re-scores, and a word on the LLM assist. */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { startRescoreWorker } = await import("@/lib/server/jobs/rescore-queue");
  await startRescoreWorker().catch((error) => console.error("[fitgap] the re-score worker did not start:", error));
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
