import "server-only";
import { Prisma } from "@prisma/client";
import { db } from "@/lib/server/db";
import type { StudyNextItem } from "@/lib/analysis/recommend";
import type { PostingsDigest } from "@/lib/analysis/plan";

/** A study-next item as stored: its postings by id, not by their place in a list. */
export interface StoredStudyNextItem extends Omit<StudyNextItem, "postings"> {
  postings: { postingId: string; title: string | null; gain: number }[];
}

export interface StudyNextState {
  profileRevision: number;
  postingsRevision: number;
  stored: { inputsKey: string; items: StoredStudyNextItem[]; digest: PostingsDigest | null } | null;
}

/** The user's input revisions and the stored ranking, in one query. */
export async function findStudyNextState(userId: string): Promise<StudyNextState> {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: { profileRevision: true, postingsRevision: true, storedStudyNext: { select: { inputsKey: true, items: true, digest: true } } },
  });
  if (!user) return { profileRevision: 0, postingsRevision: 0, stored: null };
  const row = user.storedStudyNext;
  const stored = row ? { inputsKey: row.inputsKey, items: row.items as unknown as StoredStudyNextItem[], digest: row.digest as unknown as PostingsDigest | null } : null;
  return { profileRevision: user.profileRevision, postingsRevision: user.postingsRevision, stored };
}

/** A stored study-next item as a list shows it: how many postings it helps, not which. */
export interface StudyNextSummaryItem extends Omit<StoredStudyNextItem, "postings"> {
  postingCount: number;
}

export interface StudyNextSummaryState extends Omit<StudyNextState, "stored"> {
  stored: { inputsKey: string; items: StudyNextSummaryItem[] } | null;
}

/**
 * The user's input revisions and the first `limit` stored items with their postings counted, in
 * one query: each stored item lists every posting it helps (~46 KB for 12 items over 100
 * postings, ten times that at 1,000), which the dashboard only counts.
 */
export async function findStudyNextSummary(userId: string, limit: number): Promise<StudyNextSummaryState> {
  const rows = await db.$queryRaw<{ profileRevision: number; postingsRevision: number; inputsKey: string | null; items: StudyNextSummaryItem[] | null }[]>`
    SELECT u."profileRevision", u."postingsRevision", s."inputsKey",
      (SELECT coalesce(jsonb_agg((item - 'postings') || jsonb_build_object('postingCount', jsonb_array_length(item->'postings')) ORDER BY place), '[]'::jsonb)
       FROM jsonb_array_elements(s.items) WITH ORDINALITY AS items(item, place) WHERE place <= ${limit}) AS items
    FROM "User" u
    LEFT JOIN "StoredStudyNext" s ON s."userId" = u.id
    WHERE u.id = ${userId}`;
  const row = rows[0];
  if (!row) return { profileRevision: 0, postingsRevision: 0, stored: null };
  return { profileRevision: row.profileRevision, postingsRevision: row.postingsRevision, stored: row.inputsKey === null ? null : { inputsKey: row.inputsKey, items: row.items ?? [] } };
}

export async function saveStudyNext(userId: string, inputsKey: string, items: StoredStudyNextItem[], digest: PostingsDigest | null): Promise<void> {
  const data = { inputsKey, items: items as unknown as Prisma.InputJsonValue, digest: digest === null ? Prisma.DbNull : (digest as unknown as Prisma.InputJsonValue) };
  await db.storedStudyNext.upsert({ where: { userId }, create: { userId, ...data }, update: data });
}
