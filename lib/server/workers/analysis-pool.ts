import "server-only";
import os from "node:os";
import path from "node:path";
import { Piscina } from "piscina";
import { AppError } from "@/lib/errors";
import { analyzeAndScorePosting, type PostingAnalysisResult, type PostingAnalysisTask } from "@/lib/server/workers/posting-analysis-task";

/**
 * Extraction and scoring of a paste run on worker threads (piscina: a maintained pool with
 * queueing, timeouts by AbortSignal, and idle threads reaped), so one person's 40,000-character
 * paste never stalls another's page or /api/health on the request thread.
 * ANALYSIS_WORKERS sets the pool size; 0 runs the task inline (unit and integration tests).
 */
const TASK_TIMEOUT_MS = 30_000;

const globalForPool = globalThis as unknown as { analysisPool?: Piscina };

function poolSize(): number {
  const configured = Number(process.env.ANALYSIS_WORKERS);
  if (Number.isInteger(configured) && configured >= 0) return configured;
  return Math.max(1, Math.min(4, os.availableParallelism() - 1));
}

function pool(size: number): Piscina {
  globalForPool.analysisPool ??= new Piscina({
    filename: path.join(process.cwd(), "lib", "server", "workers", "posting-analysis-worker.mjs"),
    minThreads: 1,
    maxThreads: size,
    idleTimeout: 60_000,
    // A queue this long means the machine is overloaded: refuse rather than wait forever.
    maxQueue: size * 32,
  });
  return globalForPool.analysisPool;
}

export async function analyzePostingOffThread(task: PostingAnalysisTask): Promise<PostingAnalysisResult> {
  const size = poolSize();
  if (size === 0) return analyzeAndScorePosting(task);
  try {
    return (await pool(size).run(task, { signal: AbortSignal.timeout(TASK_TIMEOUT_MS) })) as PostingAnalysisResult;
  } catch (error) {
    if (error instanceof Error && (error.name === "AbortError" || error.name === "TimeoutError")) {
      throw new AppError("unavailable", "That posting took too long to analyze. Nothing was saved; try a shorter paste.");
    }
    if (error instanceof Error && /queue is full/i.test(error.message)) {
      throw new AppError("unavailable", "Fitgap is busy right now. Nothing was saved; please try again in a minute.");
    }
    throw error;
  }
}

/** Stops the worker threads (tests, shutdown). */
export async function closeAnalysisPool(): Promise<void> {
  const current = globalForPool.analysisPool;
  globalForPool.analysisPool = undefined;
  await current?.destroy();
}
