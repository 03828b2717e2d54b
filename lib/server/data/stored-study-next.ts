import "server-only";
import type { Prisma } from "@prisma/client";
import { db } from "@/lib/server/db";
import type { StudyNextItem } from "@/lib/analysis/recommend";

/** A study-next item as stored: its postings by id, not by their place in a list. */
export interface StoredStudyNextItem extends Omit<StudyNextItem, "postings"> {
  postings: { postingId: string; title: string | null; gain: number }[];
}

export interface StudyNextState {
  profileRevision: number;
  postingsRevision: number;
  stored: { inputsKey: string; items: StoredStudyNextItem[] } | null;
}

/** The user's input revisions and the stored ranking, in one query. */
export async function findStudyNextState(userId: string): Promise<StudyNextState> {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: { profileRevision: true, postingsRevision: true, storedStudyNext: { select: { inputsKey: true, items: true } } },
  });
  if (!user) return { profileRevision: 0, postingsRevision: 0, stored: null };
  const stored = user.storedStudyNext ? { inputsKey: user.storedStudyNext.inputsKey, items: user.storedStudyNext.items as unknown as StoredStudyNextItem[] } : null;
  return { profileRevision: user.profileRevision, postingsRevision: user.postingsRevision, stored };
}

export async function saveStudyNext(userId: string, inputsKey: string, items: StoredStudyNextItem[]): Promise<void> {
  const data = { inputsKey, items: items as unknown as Prisma.InputJsonValue };
  await db.storedStudyNext.upsert({ where: { userId }, create: { userId, ...data }, update: data });
}
