/**
 * Re-scores run in a job process of their own (scripts/jobs.ts, started by scripts/serve.mjs),
 * not in the web server: a job queued here in PostgreSQL is picked up and done by that separate
 * process, which then stops cleanly on SIGTERM.
 */
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { db } from "@/lib/server/db";
import { createPosting } from "@/lib/server/services/postings";
import { saveProfileSkill } from "@/lib/server/services/profile-skills";
import { createTestUser, LLM_POSTING } from "@/tests/support/factories";

jest.setTimeout(120_000);

let jobs: ChildProcess | null = null;

function exitOf(child: ChildProcess): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  return new Promise((resolve) => child.once("exit", (code, signal) => resolve({ code, signal })));
}

const tsxCli = require.resolve("tsx/cli");
const childEnv = { ...process.env, FITGAP_INLINE_JOBS: "0" };

function startJobProcess(): ChildProcess {
  return spawn(process.execPath, [tsxCli, "--conditions=react-server", path.join(process.cwd(), "scripts", "jobs.ts")], { env: childEnv, stdio: ["ignore", "inherit", "inherit", "ipc"] });
}

/**
 * Queues a re-score as the web server does, from a process of its own: pg-boss is an ES module,
 * which Jest's CommonJS cannot load. Its output tells whether the queue took the job (a failed
 * send would fall back to doing the work itself).
 */
async function queueRescore(userId: string): Promise<string> {
  const code = `const queue = require("@/lib/server/jobs/rescore-queue");
queue.scheduleRescore(${JSON.stringify(userId)}).then(() => queue.stopRescoreQueue({ timeoutMs: 1000 })).then(() => process.exit(0));`;
  const child = spawn(process.execPath, [tsxCli, "--conditions=react-server", "-e", code], { env: childEnv, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout!.on("data", (chunk) => (output += chunk));
  child.stderr!.on("data", (chunk) => (output += chunk));
  const { code: exitCode } = await exitOf(child);
  if (exitCode !== 0) throw new Error(`queueing failed (${exitCode}): ${output}`);
  return output;
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


afterAll(async () => {
  jobs?.kill("SIGKILL");
  await db.$disconnect();
});

it("does a queued re-score in the job process and stops cleanly on SIGTERM", async () => {
  const user = await createTestUser("job-process");
  await createPosting(user.id, { description: LLM_POSTING, title: null, company: null });
  await saveProfileSkill(user.id, { name: "Python", level: 6, years: 3 });
  await db.fitSnapshot.deleteMany({ where: { posting: { userId: user.id } } });
  await db.storedStudyNext.deleteMany({ where: { userId: user.id } });

  jobs = startJobProcess();
  // The queueing process only sends the job: had the send failed, it would have said so and done the work itself.
  expect(await queueRescore(user.id)).not.toContain("could not queue");
  // Nothing else does the work: only the job process can write these rows.
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
