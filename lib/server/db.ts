import "server-only";
import { PrismaClient } from "@prisma/client";
import { createPgAdapter } from "@/prisma/pg-adapter";
import { getEnv } from "@/lib/env";

/** The one Prisma client of the process (kept on globalThis so dev hot reloads reuse it). */
const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

function getClient(): PrismaClient {
  globalForPrisma.prisma ??= new PrismaClient({
    adapter: createPgAdapter(getEnv().DATABASE_URL),
    // Interactive transactions default to 5 s, which a busy machine passes while the work is sound:
    // a generous limit, still bounded, for every transaction of the app and its tests.
    transactionOptions: { maxWait: 10_000, timeout: 30_000 },
  });
  return globalForPrisma.prisma;
}

/**
 * Created on first use, not at import: `next build` imports server modules without a database.
 */
export const db = new Proxy({} as PrismaClient, {
  get(_target, property) {
    const client = getClient();
    const value = Reflect.get(client, property);
    return typeof value === "function" ? value.bind(client) : value;
  },
});
