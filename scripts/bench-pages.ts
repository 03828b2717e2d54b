/**
 * `npm run bench:pages`: server time and SQL statements of the dashboard, report and plan pages'
 * data for people with 10, 100 and 1,000 postings (~20 requirements each, seeds/many-postings.ts,
 * inserted in bulk), read as a page view reads them: after the background re-score job stored
 * everything (warm), and right after a profile edit before that job ran (outdated). Also the
 * profile edit itself (save + queue the re-score). Needs DATABASE_URL; creates its own users.
 * Medians of BENCH_RUNS (default 7) warm views; the growth columns are what to compare across
 * machines (flat means the page does not grow with postings).
 */
import { randomUUID } from "node:crypto";
import { performance } from "node:perf_hooks";
import { PrismaClient } from "@prisma/client";
import { createPgAdapter } from "@/prisma/pg-adapter";
import { EXTRACTOR_VERSION } from "@/lib/analysis/extract/version";
import { todayIso } from "@/lib/server/clock";

const counting = new PrismaClient({ adapter: createPgAdapter(process.env.DATABASE_URL!), log: [{ level: "query", emit: "event" }] });
let statements = 0;
counting.$on("query", () => statements++);
// lib/server/db.ts takes this client instead of creating its own.
(globalThis as unknown as { prisma?: PrismaClient }).prisma = counting;

const SIZES = [10, 100, 1_000];
const RUNS = Number(process.env.BENCH_RUNS ?? 7);

async function main() {
  const { createUserWithPassword } = await import("@/lib/server/data/users");
  const { insertPostingsInBulk } = await import("@/lib/server/data/posting-bulk");
  const { saveProfileSkill } = await import("@/lib/server/services/profile-skills");
  const { recordFitSnapshots } = await import("@/lib/server/services/fit-snapshots");
  const { loadDashboardPage } = await import("@/lib/server/services/dashboard");
  const { readStudyNext } = await import("@/lib/server/services/study-next");
  const { loadReportPage } = await import("@/lib/server/services/posting-reports");
  const { createPrepPlan, loadPlanPage } = await import("@/lib/server/services/prep-plans");
  const { scheduleRescore, stopRescoreQueue } = await import("@/lib/server/jobs/rescore-queue");
  const { generatePostings } = await import("@/seeds/many-postings");
  const { seedCatalog } = await import("@/seeds/seed-database");
  await seedCatalog();
  const today = todayIso();
  const query = { q: "", sort: "fit", page: 1 } as const;

  const measure = async (work: () => Promise<unknown>) => {
    const times: number[] = [];
    let queries = 0;
    for (let run = 0; run < RUNS; run++) {
      statements = 0;
      const start = performance.now();
      await work();
      times.push(performance.now() - start);
      queries = statements;
    }
    times.sort((a, b) => a - b);
    return { ms: times[Math.floor(times.length / 2)], queries };
  };
  const once = async (work: () => Promise<unknown>) => {
    statements = 0;
    const start = performance.now();
    await work();
    return { ms: performance.now() - start, queries: statements };
  };

  const rows: Record<string, { ms: number; queries: number }>[] = [];
  const benchUsers: string[] = [];
  for (const size of SIZES) {
    const user = await createUserWithPassword({ email: `bench-pages-${randomUUID()}@test.fitgap.dev`, password: "bench password 2026" });
    if (!user) throw new Error("the bench user exists already");
    benchUsers.push(user.id);
    for (const [name, level] of [["Python", 7], ["PostgreSQL", 6], ["AWS", 4]] as const) await saveProfileSkill(user.id, { name, level, years: 3 });
    const postings = generatePostings(size).map(({ description, title, company, analysis }) => ({ description, title, company, analysis, extractorVersion: EXTRACTOR_VERSION }));
    const ids = await insertPostingsInBulk(user.id, postings, EXTRACTOR_VERSION);
    const job = await once(() => recordFitSnapshots(user.id));
    const plan = await once(() => createPrepPlan(user.id, { postingId: null, days: 7, hoursPerDay: 2, startDate: today }));
    // The page's reads (it also queues the re-score job when the ranking is outdated).
    const dashboard = () => Promise.all([loadDashboardPage(user.id, query, today), readStudyNext(user.id)]);
    const row: Record<string, { ms: number; queries: number }> = {
      dashboard: await measure(dashboard),
      report: await measure(() => loadReportPage(user.id, ids[Math.floor(size / 2)], today)),
      plan: await measure(() => loadPlanPage(user.id)),
    };
    // A profile edit as the action does it: save, then queue the re-score (pg-boss), nothing per posting.
    await once(() => saveProfileSkill(user.id, { name: "Java", level: 2, years: 1 }).then(() => scheduleRescore(user.id)));
    row.edit = await measure(async () => {
      await saveProfileSkill(user.id, { name: "Java", level: 3 + Math.floor(Math.random() * 5), years: 1 });
      await scheduleRescore(user.id);
    });
    row.outdated = await once(dashboard);
    row.job = job;
    row.buildPlan = plan;
    rows.push(row);
  }
  await stopRescoreQueue();
  // The queued re-scores would otherwise wait in the database for the next server to run them
  // (a 1,000-posting job in the middle of someone's bench:http): the bench users go, and with them the work.
  await counting.user.deleteMany({ where: { id: { in: benchUsers } } });

  const cell = (value: { ms: number; queries: number }) => `${value.ms.toFixed(1).padStart(8)} ms ${String(value.queries).padStart(3)} q`;
  console.log(`Page data for 10 / 100 / 1,000 postings (~20 requirements each); median of ${RUNS} warm views; q = SQL statements (add 1 for the session)`);
  const labels: Record<string, string> = {
    dashboard: "dashboard (page 1 + study next)",
    report: "report /jobs/[id]",
    plan: "plan page",
    edit: "profile edit (save + queue)",
    outdated: "dashboard right after an edit",
    job: "background re-score job (once)",
    buildPlan: "build a plan across all (once)",
  };
  for (const [key, label] of Object.entries(labels)) {
    const values = rows.map((row) => row[key]);
    const growth = (values[2].ms / Math.max(values[0].ms, 0.001)).toFixed(1);
    console.log(`  ${label.padEnd(34)} ${values.map(cell).join("   ")}   1,000/10: ${growth}x`);
  }
  await counting.$disconnect();
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
