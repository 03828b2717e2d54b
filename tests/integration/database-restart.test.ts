/**
 * The database stopped and restarted under load: writers keep saving through the app's own data
 * functions while a PostgreSQL of this test's own (tests/support/throwaway-postgres.mjs, so no
 * other test loses its database) is stopped for ~2.5 s and started again. Every write that was
 * acknowledged must be there afterwards, and the same process, without a restart, must write
 * again once the database is back. Buffered share-view counts whose flush failed meanwhile are
 * written by a later flush.
 */
import { spawn, spawnSync, type ChildProcessWithoutNullStreams } from "node:child_process";
import path from "node:path";
import readline from "node:readline";

jest.setTimeout(240_000);

const ROOT = path.join(__dirname, "../..");
let control: ChildProcessWithoutNullStreams;
let events: readline.Interface;
const originalUrl = process.env.DATABASE_URL;

/** Waits for the throwaway server's next line of the given event. */
function nextEvent(event: string): Promise<Record<string, string>> {
  return new Promise((resolve, reject) => {
    const onLine = (line: string) => {
      const message = JSON.parse(line) as Record<string, string>;
      if (message.event !== event) return;
      events.off("line", onLine);
      resolve(message);
    };
    events.on("line", onLine);
    control.once("exit", (code) => reject(new Error(`the throwaway PostgreSQL exited (${code}) before "${event}"`)));
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

beforeAll(async () => {
  control = spawn(process.execPath, [path.join(ROOT, "tests/support/throwaway-postgres.mjs")], { cwd: ROOT });
  control.stderr.on("data", (chunk) => process.stderr.write(chunk));
  events = readline.createInterface({ input: control.stdout });
  const { url } = await nextEvent("ready");
  const migrate = spawnSync(path.join(ROOT, "node_modules/.bin/prisma"), ["migrate", "deploy"], { cwd: ROOT, env: { ...process.env, DATABASE_URL: url, CHECKPOINT_DISABLE: "1" }, encoding: "utf8" });
  if (migrate.status !== 0) throw new Error(`migrate deploy failed: ${migrate.stderr}`);
  // The app's modules are loaded only now, so their one Prisma client points at this database.
  process.env.DATABASE_URL = url;
});

afterAll(async () => {
  const { db } = await import("@/lib/server/db");
  await db.$disconnect();
  process.env.DATABASE_URL = originalUrl;
  control.stdin.end("exit\n");
  await new Promise((resolve) => control.once("exit", resolve));
});

interface Acknowledged {
  id: string;
  label: string;
  at: number;
}

it("loses no acknowledged write across a stop and restart, and recovers without a restart of the app", async () => {
  const { db } = await import("@/lib/server/db");
  const { createTestUser, LLM_POSTING } = await import("@/tests/support/factories");
  const { createPosting } = await import("@/lib/server/services/postings");
  const { createLabelledShareLink } = await import("@/lib/server/data/share-link-list");
  const { configureShareViewBatching, countShareView, flushShareViews } = await import("@/lib/server/data/share-link-views");

  const user = await createTestUser("fault");
  const { id: postingId } = await createPosting(user.id, { description: LLM_POSTING, title: "Fault", company: null });
  const viewed = await createLabelledShareLink(user.id, { postingId, label: "viewed", expiresInDays: null });
  configureShareViewBatching({ flushAfterMs: 600_000, flushAtViews: 10_000 });

  const acknowledged: Acknowledged[] = [];
  let failed = 0;
  let running = true;
  let sequence = 0;
  // Four writers, each saving the next labelled link as soon as the last one answered.
  const writer = async () => {
    while (running) {
      const label = `write ${sequence++}`;
      try {
        const row = await createLabelledShareLink(user.id, { postingId, label, expiresInDays: null });
        acknowledged.push({ id: row.id, label, at: Date.now() });
      } catch {
        failed++;
        await sleep(25);
      }
    }
  };
  const writers = Array.from({ length: 4 }, writer);

  await sleep(1_500);
  const beforeStop = acknowledged.length;
  control.stdin.write("stop\n");
  await nextEvent("stopped");
  const stoppedAt = Date.now();
  // Views counted while the database is down: their flush fails and keeps them.
  for (let view = 0; view < 5; view++) countShareView(viewed.id, new Date());
  await expect(flushShareViews()).rejects.toBeDefined();
  await sleep(2_500);
  const duringStop = acknowledged.filter((write) => write.at > stoppedAt).length;
  control.stdin.write("start\n");
  await nextEvent("started");
  const startedAt = Date.now();
  // Keep writing until the app has written again for a while (bounded: 60 s).
  while (acknowledged.filter((write) => write.at > startedAt).length < 20 && Date.now() - startedAt < 60_000) await sleep(100);
  running = false;
  await Promise.all(writers);

  const afterRestart = acknowledged.filter((write) => write.at > startedAt);
  expect(beforeStop).toBeGreaterThan(0);
  expect(duringStop).toBe(0);
  expect(failed).toBeGreaterThan(0); // the outage was real
  expect(afterRestart.length).toBeGreaterThanOrEqual(20); // the same process writes again
  console.log(`database restart: ${acknowledged.length} writes acknowledged (${beforeStop} before the stop, ${afterRestart.length} after the start), ${failed} refused while down; first write ${afterRestart[0].at - startedAt} ms after the start`);

  // Every acknowledged write is stored, once, as written.
  const stored = await db.shareLink.findMany({ where: { id: { in: acknowledged.map((write) => write.id) } }, select: { id: true, label: true } });
  expect(stored).toHaveLength(acknowledged.length);
  const labels = new Map(stored.map((row) => [row.id, row.label]));
  for (const write of acknowledged) expect(labels.get(write.id)).toBe(write.label);

  // The views counted while down are written by the next flush.
  expect(await flushShareViews()).toBe(5);
  expect((await db.shareLink.findUniqueOrThrow({ where: { id: viewed.id } })).viewCount).toBe(5);
});
