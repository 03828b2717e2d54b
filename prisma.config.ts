/**
 * Prisma CLI configuration: the JS (wasm) schema engine works offline, unlike the native one
 * that Prisma downloads at install time. See prisma/pg-adapter.ts for the adapter workarounds.
 */
import path from "node:path";
import { defineConfig } from "prisma/config";
import { loadEnvFile } from "./scripts/lib/load-env.mjs";
import { createPgAdapter } from "./prisma/pg-adapter";

loadEnvFile();
process.env.CHECKPOINT_DISABLE = "1";

// `prisma generate` reads no database, yet with an unresolvable datasource URL Prisma 6.19 falls
// back to downloading the native query engine (which fails offline). Give it a URL it never uses.
if (!process.env.DATABASE_URL && process.argv.includes("generate")) {
  process.env.DATABASE_URL = "postgresql://unused@127.0.0.1:5432/unused";
}

// The wasm schema engine arms 10-second housekeeping timers after its work is done, which kept
// `migrate deploy` alive for 11 s. Unref-ing long timers lets the CLI exit when it is finished.
const armTimer = globalThis.setTimeout;
globalThis.setTimeout = ((handler: () => void, ms?: number, ...rest: unknown[]) => {
  const timer = armTimer(handler, ms, ...rest) as unknown as { unref?: () => void };
  if ((ms ?? 0) >= 5_000) timer.unref?.();
  return timer;
}) as typeof setTimeout;

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations"), seed: "tsx --conditions=react-server prisma/seed.ts" },
  async adapter() {
    const url = process.env.DATABASE_URL;
    if (!url) throw new Error("DATABASE_URL is not set (npm start and npm test set it for you)");
    return createPgAdapter(url);
  },
});
