// `npm start`: install, generate, start the embedded database (when DATABASE_URL is unset),
// migrate, seed an empty database, build when sources changed, then serve. Ctrl-C stops it all.
// `npm run dev` does the same with `next dev` instead of a production build.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { spawn } from "node:child_process";
import { loadEnvFile } from "./lib/load-env.mjs";
import { startEmbeddedDatabase } from "./lib/embedded-db.mjs";
import { log } from "./lib/run.mjs";
import { baseEnv, ensureBuild, ensureDependencies, ensurePrismaClient, migrateDatabase, seedDatabase } from "./lib/prepare.mjs";

const DATA_DIR = ".data";
const devMode = process.argv.includes("--dev");

/** A stable secret for local sessions, kept in the git-ignored data folder. */
function localAuthSecret() {
  const file = path.join(DATA_DIR, "auth-secret");
  if (!fs.existsSync(file)) {
    fs.mkdirSync(DATA_DIR, { recursive: true });
    fs.writeFileSync(file, crypto.randomBytes(32).toString("base64url"), { mode: 0o600 });
  }
  return fs.readFileSync(file, "utf8").trim();
}

async function main() {
  loadEnvFile();
  await ensureDependencies();
  await ensurePrismaClient();

  const port = Number(process.env.PORT ?? 3000);
  let database = null;
  if (!process.env.DATABASE_URL) {
    const dbPort = Number(process.env.EMBEDDED_PG_PORT ?? 54329);
    log(`starting embedded PostgreSQL on port ${dbPort} (data in ${DATA_DIR}/postgres)...`);
    database = await startEmbeddedDatabase({ dataDir: path.join(DATA_DIR, "postgres"), port: dbPort, database: "fitgap" });
  }
  const env = {
    DATABASE_URL: process.env.DATABASE_URL ?? database.url,
    NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? localAuthSecret(),
    NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://localhost:${port}`,
    PORT: String(port),
    // The demo account (published password) only on the local embedded database, or when asked.
    FITGAP_SEED_DEMO: process.env.FITGAP_SEED_DEMO ?? (database ? "1" : "0"),
  };

  let server = null;
  let stopping = false;
  const stop = async (code) => {
    if (stopping) return;
    stopping = true;
    if (server && server.exitCode === null) {
      server.kill("SIGTERM");
      await new Promise((resolve) => server.once("exit", resolve));
    }
    if (database) await database.stop();
    process.exit(code);
  };
  process.on("SIGINT", () => stop(0));
  process.on("SIGTERM", () => stop(0));

  try {
    await migrateDatabase(env);
    await seedDatabase(env);
    if (!devMode) await ensureBuild(env);
  } catch (error) {
    console.error(`[fitgap] ${error.message}`);
    return stop(1);
  }

  // Production: scripts/serve.mjs (Next's handler; the client's real address; view counts written on stop).
  const [command, args] = devMode
    ? [path.join("node_modules", ".bin", "next"), ["dev", "-p", String(port)]]
    : [process.execPath, [path.join("scripts", "serve.mjs"), "-p", String(port)]];
  server = spawn(command, args, { env: baseEnv(env), stdio: ["ignore", "inherit", "inherit"] });
  server.on("exit", (code) => stop(code ?? 0));
  log(`Fitgap is running at http://localhost:${port}`);
  if (env.FITGAP_SEED_DEMO === "1") log("demo account: demo@fitgap.dev / fitgap-demo-2026");
  log("Ctrl-C stops the app and the database");
}

main().catch((error) => {
  console.error(`[fitgap] ${error.message}`);
  process.exit(1);
});
