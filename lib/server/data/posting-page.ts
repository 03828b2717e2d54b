import "server-only";
import { Prisma } from "@prisma/client";
import { db } from "@/lib/server/db";
import type { PostingCardReport } from "@/lib/analysis/summary/posting-card";
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
  /** The card's part of the posting's stored report (PostingCardReport) and the key it was stored under, or null. */
  stored: { inputsKey: string; report: PostingCardReport } | null;
}

/**
 * A card's part of a stored report (toPostingCardReport in SQL): the database trims the ~17 KB
 * report to ~1 KB, so a page of cards does not carry ten whole reports through the driver,
 * Prisma's raw-result serialisation and JSON parsing on every view.
 */
const CARD_OF_REPORT = Prisma.sql`jsonb_build_object(
      'fit', r.report->'fit', 'fitProjected', r.report->'fitProjected', 'mustCoverage', r.report->'mustCoverage',
      'readinessDate', r.report->'readinessDate', 'counts', jsonb_build_object('must', r.report->'counts'->'must'),
      'dealbreakerCount', jsonb_array_length(r.report->'dealbreakers'),
      'requirements', (
        SELECT coalesce(jsonb_agg(jsonb_build_object(
          'index', item->'index', 'kind', item->'kind', 'scored', item->'scored', 'weight', item->'weight', 'anyOf', item->'anyOf',
          'coverage', item->'coverage', 'status', item->'status',
          'skills', (SELECT coalesce(jsonb_agg(jsonb_build_object('name', skill->'name', 'coverage', skill->'coverage') ORDER BY place), '[]'::jsonb)
                     FROM jsonb_array_elements(item->'skills') WITH ORDINALITY AS skills(skill, place))
        ) ORDER BY position), '[]'::jsonb)
        FROM jsonb_array_elements(r.report->'requirements') WITH ORDINALITY AS requirements(item, position)
        WHERE item->'scored' = 'true'::jsonb AND item->>'status' <> 'met'
      ))`;

interface PageRow {
  id: string;
  title: string | null;
  company: string | null;
  createdAt: Date;
  analysisRevision: number;
  inputsKey: string | null;
  card: unknown;
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
    SELECT p.id, p.title, p.company, p."createdAt", p."analysisRevision", r."inputsKey", ${CARD_OF_REPORT} AS card, u."profileRevision", page.total
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
        stored: row.inputsKey === null ? null : { inputsKey: row.inputsKey, report: row.card as PostingCardReport },
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
