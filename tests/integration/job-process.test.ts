/**
 * Re-scores run in a job process of their own (scripts/jobs.ts, started by scripts/serve.mjs),
 * not in the web server: a job queued here in PostgreSQL is picked up and done by that separate
 * process, which then stops cleanly on SIGTERM.
 */
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { db } from "@/lib/server/db";
import { scheduleRescore, stopRescoreQueue } from "@/lib/server/jobs/rescore-queue";
import { createPosting } from "@/lib/server/services/postings";
import { saveProfileSkill } from "@/lib/server/services/profile-skills";
import { createTestUser, LLM_POSTING } from "@/tests/support/factories";

jest.setTimeout(120_000);

let jobs: ChildProcess | null = null;

function startJobProcess(): ChildProcess {
  const tsxCli = require.resolve("tsx/cli");
  return spawn(process.execPath, [tsxCli, "--conditions=react-server", path.join(process.cwd(), "scripts", "jobs.ts")], {
    env: { ...process.env, FITGAP_INLINE_JOBS: "0" },
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
}

async function waitFor<T>(probe: () => Promise<T | null | undefined | false>, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`not done within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

const exitOf = (child: ChildProcess) =>
  new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.once("exit", (code, signal) => resolve({ code, signal })));

afterAll(async () => {
  jobs?.kill("SIGKILL");
  await stopRescoreQueue({ timeoutMs: 1_000 });
  await db.$disconnect();
});

it("does a queued re-score in the job process and stops cleanly on SIGTERM", async () => {
  const user = await createTestUser("job-process");
  await createPosting(user.id, { description: LLM_POSTING, title: null, company: null });
  await saveProfileSkill(user.id, { name: "Python", level: 6, years: 3 });
  await db.fitSnapshot.deleteMany({ where: { posting: { userId: user.id } } });
  await db.storedStudyNext.deleteMany({ where: { userId: user.id } });

  jobs = startJobProcess();
  const previous = process.env.FITGAP_INLINE_JOBS;
  process.env.FITGAP_INLINE_JOBS = "0"; // queue it, as the web server does
  try {
    await scheduleRescore(user.id);
  } finally {
    process.env.FITGAP_INLINE_JOBS = previous;
  }
  // Nothing in this process does the work: only the job process can write these rows.
  const snapshots = await waitFor(async () => (await db.fitSnapshot.count({ where: { posting: { userId: user.id } } })) || null, 90_000);
  expect(snapshots).toBe(1);
  await waitFor(() => db.storedStudyNext.findUnique({ where: { userId: user.id } }), 30_000);

  const exited = exitOf(jobs);
  jobs.kill("SIGTERM");
  const { code, signal } = await exited;
  jobs = null;
  // 143: it ended itself after SIGTERM (a stop that hung would exit 1, a crash otherwise)
  expect({ code, signal }).toEqual({ code: 143, signal: null });
});
