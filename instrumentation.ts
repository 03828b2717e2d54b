/** Runs once when a server process starts: the background worker for queued re-scores. */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { startRescoreWorker } = await import("@/lib/server/jobs/rescore-queue");
  await startRescoreWorker().catch((error) => console.error("[fitgap] the re-score worker did not start:", error));
}
