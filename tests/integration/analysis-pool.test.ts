/**
 * The worker pool for pastes: real worker threads (tsx loads the same lib/analysis code), the same
 * result as inline analysis, and the main thread stays free while a heavy paste is analysed.
 */
import { performance } from "node:perf_hooks";
import { closeAnalysisPool, analyzePostingOffThread } from "@/lib/server/workers/analysis-pool";
import { analyzeAndScorePosting } from "@/lib/server/workers/posting-analysis-task";
import { LLM_POSTING } from "@/tests/support/factories";

const profile = { skills: [{ skillId: "python", name: "Python", level: 7, years: 4 }], tracks: [] };

beforeAll(() => {
  process.env.ANALYSIS_WORKERS = "1";
});
afterAll(async () => {
  await closeAnalysisPool();
  process.env.ANALYSIS_WORKERS = "0";
});

it("gives the same analysis on a worker thread as inline", async () => {
  const task = { description: LLM_POSTING, scoreFor: { profile, today: "2026-11-24" } };
  expect(await analyzePostingOffThread(task)).toEqual(analyzeAndScorePosting(task));
});

it("extracts without scoring when no profile is given (the API's stateless paths)", async () => {
  const result = await analyzePostingOffThread({ description: LLM_POSTING });
  expect(result.analysis.skills.length).toBeGreaterThan(3);
  expect(result.fit).toBeNull();
});

it("keeps the main thread responsive while a heavy paste is analysed", async () => {
  const heavy = "Requirements:\n" + "- 3+ years of Python and SQL with Kubernetes, Terraform and AWS\n".repeat(700);
  const work = analyzePostingOffThread({ description: heavy, scoreFor: { profile, today: "2026-11-24" } });
  // Timer ticks every 10 ms: with the work on this thread they would stall for its whole duration.
  let worstGap = 0;
  let last = performance.now();
  const ticker = setInterval(() => {
    const now = performance.now();
    worstGap = Math.max(worstGap, now - last);
    last = now;
  }, 10);
  const started = performance.now();
  const result = await work;
  const elapsed = performance.now() - started;
  clearInterval(ticker);
  expect(result.analysis.requirements.length).toBeGreaterThan(100);
  expect(worstGap).toBeLessThan(Math.max(250, elapsed / 2));
});
