import "server-only";
import { Prisma } from "@prisma/client";
import { db } from "@/lib/server/db";
import type { GapReport } from "@/lib/analysis/score";
import type { DashboardQuery } from "@/lib/schemas/dashboard";
import type { PostingSummary } from "@/lib/server/data/postings";

/**
 * Pages of the user's postings, filtered, sorted and paged in SQL so the dashboard stays
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

export interface PostingPageRow extends PostingSummary {
  analysisRevision: number;
  /** The posting's stored report and the key it was stored under, or null. */
  stored: { inputsKey: string; report: GapReport } | null;
}

interface PageRow {
  id: string;
  title: string | null;
  company: string | null;
  createdAt: Date;
  analysisRevision: number;
  inputsKey: string | null;
  report: unknown;
  profileRevision: number;
  total: bigint | number;
}

/**
 * One page of the user's postings with their stored reports and the user's profileRevision, in
 * one query: the page is chosen first (ids only, so 1,000 postings do not drag their reports
 * through the sort), then only its rows are joined to their reports.
 */
export async function findPostingPage(userId: string, query: DashboardQuery, pageSize: number): Promise<{ rows: PostingPageRow[]; total: number; profileRevision: number }> {
  const filter = query.q ? Prisma.sql`AND (p.title ILIKE ${likePattern(query.q)} OR p.company ILIKE ${likePattern(query.q)} OR p.description ILIKE ${likePattern(query.q)})` : Prisma.empty;
  const rows = await db.$queryRaw<PageRow[]>`
    WITH page AS (
      SELECT p.id, count(*) OVER () AS total, row_number() OVER (ORDER BY ${ORDER[query.sort]}) AS place
      FROM "Posting" p
      LEFT JOIN LATERAL (
        SELECT s.fit FROM "FitSnapshot" s WHERE s."postingId" = p.id ORDER BY s."computedAt" DESC LIMIT 1
      ) latest ON true
      WHERE p."userId" = ${userId} ${filter}
      ORDER BY ${ORDER[query.sort]}
      LIMIT ${pageSize} OFFSET ${(query.page - 1) * pageSize}
    )
    SELECT p.id, p.title, p.company, p."createdAt", p."analysisRevision", r."inputsKey", r.report, u."profileRevision", page.total
    FROM page
    JOIN "Posting" p ON p.id = page.id
    JOIN "User" u ON u.id = p."userId"
    LEFT JOIN "StoredReport" r ON r."postingId" = p.id
    ORDER BY page.place`;
  if (rows.length > 0) {
    return {
      rows: rows.map((row) => ({
        id: row.id,
        title: row.title,
        company: row.company,
        createdAt: row.createdAt,
        analysisRevision: row.analysisRevision,
        stored: row.inputsKey === null ? null : { inputsKey: row.inputsKey, report: row.report as GapReport },
      })),
      total: Number(rows[0].total),
      profileRevision: rows[0].profileRevision,
    };
  }
  // Past the last page the window count is unavailable: count separately.
  const total = query.page > 1 ? await countPostings(userId, query) : 0;
  return { rows: [], total, profileRevision: 0 };
}

async function countPostings(userId: string, query: DashboardQuery): Promise<number> {
  const contains = { contains: query.q, mode: "insensitive" as const };
  return db.posting.count({ where: { userId, ...(query.q ? { OR: [{ title: contains }, { company: contains }, { description: contains }] } : {}) } });
}
