import "server-only";
import { Prisma } from "@prisma/client";
import { db } from "@/lib/server/db";
import type { DashboardQuery } from "@/lib/schemas/dashboard";

/**
 * One page of the user's posting ids, filtered, sorted and paged in SQL so the dashboard stays
 * fast with thousands of postings. "fit" sorts by each posting's latest stored fit snapshot
 * (written whenever a fit changes), newest first among equals.
 */
const ORDER: Record<DashboardQuery["sort"], Prisma.Sql> = {
  fit: Prisma.sql`latest.fit DESC NULLS LAST, p."createdAt" DESC, p.id`,
  date: Prisma.sql`p."createdAt" DESC, p.id`,
  company: Prisma.sql`lower(coalesce(p.company, '')) = '' , lower(p.company) ASC, p."createdAt" DESC, p.id`,
};

function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (match) => `\\${match}`)}%`;
}

export async function findPostingPage(userId: string, query: DashboardQuery, pageSize: number): Promise<{ ids: string[]; total: number }> {
  const filter = query.q ? Prisma.sql`AND (p.title ILIKE ${likePattern(query.q)} OR p.company ILIKE ${likePattern(query.q)} OR p.description ILIKE ${likePattern(query.q)})` : Prisma.empty;
  const rows = await db.$queryRaw<{ id: string; total: bigint | number }[]>`
    SELECT p.id, count(*) OVER () AS total
    FROM "Posting" p
    LEFT JOIN LATERAL (
      SELECT s.fit FROM "FitSnapshot" s WHERE s."postingId" = p.id ORDER BY s."computedAt" DESC LIMIT 1
    ) latest ON true
    WHERE p."userId" = ${userId} ${filter}
    ORDER BY ${ORDER[query.sort]}
    LIMIT ${pageSize} OFFSET ${(query.page - 1) * pageSize}`;
  if (rows.length > 0) return { ids: rows.map((row) => row.id), total: Number(rows[0].total) };
  // Past the last page the window count is unavailable: count separately.
  const total = query.page > 1 ? await countPostings(userId, query) : 0;
  return { ids: [], total };
}

async function countPostings(userId: string, query: DashboardQuery): Promise<number> {
  const contains = { contains: query.q, mode: "insensitive" as const };
  return db.posting.count({ where: { userId, ...(query.q ? { OR: [{ title: contains }, { company: contains }, { description: contains }] } : {}) } });
}
