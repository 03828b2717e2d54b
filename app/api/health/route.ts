import { db } from "@/lib/server/db";

export const dynamic = "force-dynamic";

const DATABASE_TIMEOUT_MS = 3_000;

/** Liveness plus a database round trip: 200 when both answer, 503 when the database does not. */
export async function GET() {
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    await Promise.race([
      db.$queryRaw`SELECT 1`,
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error("database timeout")), DATABASE_TIMEOUT_MS);
      }),
    ]);
    return Response.json({ status: "ok", db: "ok" });
  } catch {
    return Response.json({ status: "degraded", db: "down" }, { status: 503 });
  } finally {
    clearTimeout(timer);
  }
}
