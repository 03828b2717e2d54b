import { PrismaClient } from "@prisma/client";
import { createPgAdapter } from "@/prisma/pg-adapter";

/**
 * Counts the SQL statements the app sends. Installs, before lib/server/db.ts creates its client,
 * a Prisma client that reports every query (Prisma's query events, one per statement sent to
 * PostgreSQL, transaction BEGIN/COMMIT included). Call at the top of a test file, before any
 * database use.
 */
export function installQueryCounter(): { count<T>(work: () => Promise<T>): Promise<{ result: T; queries: number; statements: string[] }> } {
  const client = new PrismaClient({
    adapter: createPgAdapter(process.env.DATABASE_URL!),
    transactionOptions: { maxWait: 10_000, timeout: 30_000 },
    log: [{ level: "query", emit: "event" }],
  });
  let statements: string[] | null = null;
  client.$on("query", (event) => statements?.push(event.query));
  (globalThis as unknown as { prisma?: PrismaClient }).prisma = client;
  return {
    async count(work) {
      statements = [];
      try {
        const result = await work();
        return { result, queries: statements.length, statements };
      } finally {
        statements = null;
      }
    },
  };
}
