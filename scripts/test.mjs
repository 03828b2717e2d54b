// `npm test`: install, generate, lint (layering + types), use DATABASE_URL or a throwaway embedded PostgreSQL, migrate,
// run Jest (unit + integration), then Playwright against a production build. Non-zero on any failure.
import os from "node:os";
import path from "node:path";
import fs from "node:fs";
import { ensureBrowser } from "./lib/browser.mjs";
import { findFreePort, startEmbeddedDatabase } from "./lib/embedded-db.mjs";
import { log, run } from "./lib/run.mjs";
import { baseEnv, ensureBuild, ensureDependencies, ensurePrismaClient, migrateDatabase, seedDatabase } from "./lib/prepare.mjs";

const bin = (name) => path.join("node_modules", ".bin", name);

async function main() {
  await ensureDependencies();
  await ensurePrismaClient();
  // Layering rules and types first (npm run lint): a broken layer or type stops the run in seconds.
  if ((await run("npm", ["run", "--silent", "lint"], { env: baseEnv() })) !== 0) {
    log("npm run lint failed: fix the layering or type errors above first");
    process.exit(1);
  }
  // Before anything slow: a machine without a browser learns it now, not after the whole suite.
  const browser = await ensureBrowser(baseEnv());

  let database = null;
  let dataDir = null;
  if (!process.env.DATABASE_URL) {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "fitgap-test-db-"));
    database = await startEmbeddedDatabase({ dataDir: path.join(dataDir, "pg"), port: await findFreePort(), database: "fitgap_test", persistent: false });
    log("using a throwaway embedded PostgreSQL");
  }
  const appPort = Number(process.env.E2E_PORT ?? (await findFreePort()));
  const env = {
    DATABASE_URL: process.env.DATABASE_URL ?? database.url,
    NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? "test-secret-not-for-production-000000",
    NEXTAUTH_URL: `http://localhost:${appPort}`,
    E2E_PORT: String(appPort),
    FITGAP_SEED_DEMO: "1",
    CHROMIUM_PATH: browser,
    // The LLM assist stays off whatever .env says (empty counts as unset, and wins over .env for
    // Next and Jest): results must not hang on a model. Its own test starts a local fake server.
    LLM_BASE_URL: "",
    LLM_MODEL: "",
  };

  let failed = false;
  try {
    await migrateDatabase(env);
    // --forceExit: a test that timed out on a busy machine may leave a connection open; the run
    // still ends (red, with its failure) instead of hanging CI. Handles are checked with
    // `npx jest --detectOpenHandles` when hunting a leak.
    failed ||= (await run(bin("jest"), ["--ci", "--runInBand", "--forceExit"], { env: baseEnv(env) })) !== 0;
    await seedDatabase(env);
    await ensureBuild(env);
    failed ||= (await run(bin("playwright"), ["test"], { env: baseEnv(env) })) !== 0;
  } catch (error) {
    console.error(`[fitgap] ${error.message}`);
    failed = true;
  } finally {
    if (database) await database.stop();
    if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  }
  log(failed ? "tests FAILED" : "all tests passed");
  process.exit(failed ? 1 : 0);
}

main().catch((error) => {
  console.error(`[fitgap] ${error.message}`);
  process.exit(1);
});
