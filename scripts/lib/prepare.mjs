// The set-up steps shared by `npm start` and `npm test`: dependencies, Prisma client, migrations, build.
import fs from "node:fs";
import path from "node:path";
import { log, runOrThrow } from "./run.mjs";
import { hashInputs, isStampCurrent, writeStamp } from "./stamp.mjs";

const bin = (name) => path.join("node_modules", ".bin", name);
const STAMPS = path.join("node_modules", ".cache", "fitgap");

// The network-free defaults every child process gets (Prisma and Next otherwise phone home).
export function baseEnv(extra = {}) {
  return { ...process.env, CHECKPOINT_DISABLE: "1", NEXT_TELEMETRY_DISABLED: "1", PRISMA_HIDE_UPDATE_MESSAGE: "1", ...extra };
}

export async function ensureDependencies() {
  const hash = hashInputs(["package.json", "package-lock.json"]);
  const stamp = path.join(STAMPS, "install.hash");
  if (fs.existsSync("node_modules") && isStampCurrent(stamp, hash)) return;
  log("installing dependencies (npm ci)...");
  await runOrThrow("npm", ["ci", "--no-audit", "--no-fund"], { env: baseEnv() });
  writeStamp(stamp, hash);
}

export async function ensurePrismaClient() {
  const hash = hashInputs(["prisma/schema.prisma", "package-lock.json"]);
  const stamp = path.join(STAMPS, "prisma.hash");
  if (isStampCurrent(stamp, hash) && fs.existsSync(path.join("node_modules", ".prisma", "client"))) return;
  log("generating the Prisma client...");
  await runOrThrow(bin("prisma"), ["generate"], { env: baseEnv(), quiet: true });
  writeStamp(stamp, hash);
}

export async function migrateDatabase(env) {
  log("applying migrations...");
  await runOrThrow(bin("prisma"), ["migrate", "deploy"], { env: baseEnv(env), quiet: true });
}

export async function seedDatabase(env) {
  await runOrThrow(bin("tsx"), ["--conditions=react-server", "prisma/seed.ts"], { env: baseEnv(env) });
}

const BUILD_INPUTS = [
  "app", "components", "lib", "prisma", "seeds", "public", "package-lock.json",
  "next.config.js", "tsconfig.json", "postcss.config.mjs",
];

export async function ensureBuild(env) {
  const hash = hashInputs(BUILD_INPUTS);
  const stamp = path.join(".next", "fitgap-build.hash");
  if (isStampCurrent(stamp, hash) && fs.existsSync(path.join(".next", "BUILD_ID"))) return;
  log("building the app (next build)...");
  await runOrThrow(bin("next"), ["build"], { env: baseEnv(env) });
  writeStamp(stamp, hash);
}
