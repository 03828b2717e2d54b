/**
 * `npm run bench:http`: HTTP throughput and latency of the main pages against /api/health, from
 * one run on loopback (autocannon), so the ratios do not depend on the machine. Needs a build
 * (`npm run build`) and DATABASE_URL; creates its own user with BENCH_POSTINGS postings (default
 * 100: the two seed postings, the rest generated and inserted in bulk), starts the production
 * server (scripts/serve.mjs) on BENCH_PORT (default 3211), and stops it afterwards. Bounded:
 * BENCH_SECONDS (default 10) per target, BENCH_CONNECTIONS (default 32).
 */
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { randomUUID } from "node:crypto";
import autocannon from "autocannon";
import { db } from "@/lib/server/db";
import { createUserWithPassword } from "@/lib/server/data/users";
import { createPosting } from "@/lib/server/services/postings";
import { insertPostingsInBulk } from "@/lib/server/data/posting-bulk";
import { EXTRACTOR_VERSION } from "@/lib/analysis/extract/version";
import { generatePostings } from "@/seeds/many-postings";
import { saveProfileSkill } from "@/lib/server/services/profile-skills";
import { recordFitSnapshots } from "@/lib/server/services/fit-snapshots";
import { createShareLink } from "@/lib/server/data/share-links";
import { createApiToken } from "@/lib/server/data/api-tokens";

const port = Number(process.env.BENCH_PORT ?? 3211);
const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 32);
const postings = Number(process.env.BENCH_POSTINGS ?? 100);
const base = `http://127.0.0.1:${port}`;
const PASSWORD = "bench password 2026";

async function createBenchUser() {
  const email = `bench-${randomUUID()}@test.fitgap.dev`;
  const user = await createUserWithPassword({ email, password: PASSWORD });
  if (!user) throw new Error(`bench user ${email} exists already`);
  for (const [name, level] of [["Python", 7], ["PostgreSQL", 6], ["AWS", 4], ["Java", 3]] as const) await saveProfileSkill(user.id, { name, level, years: 3 });
  // The two seed postings (a real paste's text on the pages), then generated ones in bulk up to BENCH_POSTINGS.
  const folder = path.join("seeds", "postings");
  const texts = fs.readdirSync(folder).filter((file) => file.endsWith(".txt")).map((file) => fs.readFileSync(path.join(folder, file), "utf8"));
  const seeded = [];
  for (const [index, text] of texts.slice(0, postings).entries()) seeded.push((await createPosting(user.id, { description: text, title: `Bench posting ${index + 1}`, company: null })).id);
  const generated = generatePostings(Math.max(0, postings - seeded.length)).map(({ description, title, company, analysis }) => ({ description, title, company, analysis, extractorVersion: EXTRACTOR_VERSION }));
  await insertPostingsInBulk(user.id, generated, EXTRACTOR_VERSION);
  // What the background re-score job does: every report, fit point and the study-next ranking stored.
  await recordFitSnapshots(user.id);
  const { token } = await createShareLink(user.id, seeded[0]);
  const api = await createApiToken(user.id, "bench");
  return { email, postingId: seeded[0], token, apiToken: api.token };
}

async function waitForHealth(): Promise<void> {
  for (let attempt = 0; attempt < 120; attempt++) {
    try {
      if ((await fetch(`${base}/api/health`)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error("the app did not start");
}

/** Signs in through next-auth's credentials endpoint; returns the Cookie header. */
async function signIn(email: string): Promise<string> {
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const jar = new Map<string, string>();
  const keep = (response: Response) => {
    for (const cookie of response.headers.getSetCookie()) {
      const [pair] = cookie.split(";");
      const [name, ...value] = pair.split("=");
      jar.set(name, value.join("="));
    }
  };
  keep(csrf);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const cookieHeader = () => [...jar].map(([name, value]) => `${name}=${value}`).join("; ");
  const response = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookieHeader() },
    body: new URLSearchParams({ csrfToken, email, password: PASSWORD, json: "true" }),
  });
  keep(response);
  if (![...jar.keys()].some((name) => name.includes("session-token"))) throw new Error("bench sign-in failed");
  return cookieHeader();
}

interface Row {
  name: string;
  path: string;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
}

/** Lets requests abandoned by the previous run drain, so one target's backlog is not billed to the next. */
async function settle(): Promise<void> {
  for (let attempt = 0; attempt < 60; attempt++) {
    const started = performance.now();
    await fetch(`${base}/api/health`);
    if (performance.now() - started < 100) return;
    await new Promise((resolve) => setTimeout(resolve, 1_000));
  }
}

async function measure(name: string, urlPath: string, cookie?: string, options: { connections?: number } = {}): Promise<Row> {
  await settle();
  const result = await autocannon({ url: `${base}${urlPath}`, connections: options.connections ?? connections, duration: seconds, headers: cookie ? { cookie } : {} });
  return {
    name,
    path: urlPath,
    requestsPerSecond: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
}

const HEAVY_PASTE = "- 3+ years of Python ".repeat(2_000);

async function measureWithPasteInFlight(apiToken: string): Promise<Row> {
  let running = true;
  let pastes = 0;
  const pasting = (async () => {
    while (running) {
      const response = await fetch(`${base}/api/v1/analyze`, {
        method: "POST",
        headers: { authorization: `Bearer ${apiToken}`, "content-type": "application/json" },
        body: JSON.stringify({ text: HEAVY_PASTE }),
      });
      if (!response.ok) throw new Error(`paste answered ${response.status}`);
      await response.arrayBuffer();
      pastes++;
    }
  })();
  try {
    const row = await measure("health, 4 connections, 40k paste in flight", "/api/health", undefined, { connections: 4 });
    console.error(`[bench] ${pastes} pastes of ${HEAVY_PASTE.length} characters analysed during the probe`);
    return row;
  } finally {
    running = false;
    await pasting;
  }
}

async function main() {
  if (!fs.existsSync(path.join(".next", "BUILD_ID"))) throw new Error("build first: npm run build");
  console.error(`[bench] creating a user with ${postings} postings...`);
  const bench = await createBenchUser();
  const server = spawn(process.execPath, [path.join("scripts", "serve.mjs"), "-p", String(port), "-H", "127.0.0.1"], {
    // The paste probe calls the API back to back: the per-user API limit would answer 429.
    env: { ...process.env, NEXTAUTH_URL: base, NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? "bench-secret-not-for-production-0000", API_RATE_LIMIT_PER_MINUTE: "1000000" },
    stdio: "ignore",
  });
  try {
    await waitForHealth();
    const cookie = await signIn(bench.email);
    const rows: Row[] = [];
    rows.push(await measure("health", "/api/health"));
    rows.push(await measure("dashboard", "/dashboard", cookie));
    rows.push(await measure("report", `/jobs/${bench.postingId}`, cookie));
    rows.push(await measure("shared report", `/r/${bench.token}`));
    rows.push(await measure("plan", "/plan", cookie));
    // A light signed-in page (a few profile rows): the session, layout and rendering every page pays.
    rows.push(await measure("profile (light page)", "/profile", cookie));
    // The case: one person's 40,000-character paste on one line, analysed again and again
    // through POST /api/v1/analyze (the worker pool) while /api/health is probed by 4 connections;
    // the baseline is the same probe with nothing in flight, in the same run.
    rows.push(await measure("health, 4 connections", "/api/health", undefined, { connections: 4 }));
    rows.push(await measureWithPasteInFlight(bench.apiToken));
    const health = rows[0].requestsPerSecond || 1;
    console.log(`\n${postings} postings, ${connections} connections x ${seconds} s each, loopback\n`);
    console.log("| target | req/s | ratio to health | p50 ms | p99 ms | errors | non-2xx |");
    console.log("| --- | ---: | ---: | ---: | ---: | ---: | ---: |");
    for (const row of rows) {
      console.log(`| ${row.name} | ${row.requestsPerSecond} | ${(row.requestsPerSecond / health).toFixed(2)} | ${row.p50} | ${row.p99} | ${row.errors} | ${row.non2xx} |`);
    }
  } finally {
    server.kill("SIGTERM");
    await db.$disconnect();
  }
}

main().catch((error) => {
  console.error(`[bench] ${error instanceof Error ? error.message : error}`);
  process.exit(1);
});
