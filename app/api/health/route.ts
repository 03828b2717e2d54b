import { db } from "@/lib/server/db";

export const dynamic = "force-dynamic";

/** Liveness plus a database round trip: 200 when both answer, 503 when the database does not. */
export async function GET() {
  try {
    await Promise.race([
      db.$queryRaw`SELECT 1`,
      new Promise((_, reject) => setTimeout(() => reject(new Error("database timeout")), 3_000)),
    ]);
    return Response.json({ status: "ok", db: "ok" });
  } catch {
    return Response.json({ status: "degraded", db: "down" }, { status: 503 });
  }
}
