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

export async function saveStudyNext(userId: string, inputsKey: string, items: StoredStudyNextItem[], digest: PostingsDigest | null): Promise<void> {
  const data = { inputsKey, items: items as unknown as Prisma.InputJsonValue, digest: digest === null ? Prisma.DbNull : (digest as unknown as Prisma.InputJsonValue) };
  await db.storedStudyNext.upsert({ where: { userId }, create: { userId, ...data }, update: data });
}
