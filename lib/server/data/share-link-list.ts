import "server-only";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/errors";
import { newShareToken } from "@/lib/server/data/share-links";
import type { NewShareLinkInput } from "@/lib/schemas/share-link";

const DAY_MS = 24 * 60 * 60 * 1000;

export interface ShareLinkRow {
  id: string;
  token: string;
  label: string | null;
  createdAt: Date;
  expiresAt: Date | null;
  viewCount: number;
  lastViewedAt: Date | null;
}

const SELECT = { id: true, token: true, label: true, createdAt: true, expiresAt: true, viewCount: true, lastViewedAt: true } as const;

/** The posting's live links (not revoked, not expired), newest first. */
export async function listShareLinks(userId: string, postingId: string, now: Date = new Date()): Promise<ShareLinkRow[]> {
  // Read on every report view: raw SQL (parameterised) skips Prisma's query compiler. Expiry is
  // compared here, in the app's clock, as the Prisma query did.
  const rows = await db.$queryRaw<ShareLinkRow[]>`
    SELECT id, token, label, "createdAt", "expiresAt", "viewCount", "lastViewedAt"
    FROM "ShareLink"
    WHERE "postingId" = ${postingId} AND "userId" = ${userId} AND "revokedAt" IS NULL
    ORDER BY "createdAt" DESC`;
  return rows.filter((link) => link.expiresAt === null || link.expiresAt > now);
}

/** A new labelled link; a posting may have several (one per recruiter, say). */
export async function createLabelledShareLink(userId: string, input: NewShareLinkInput, now: Date = new Date()): Promise<ShareLinkRow> {
  const owned = await db.posting.count({ where: { id: input.postingId, userId } });
  if (owned === 0) throw new AppError("not_found", "That posting does not exist or is not yours.");
  const expiresAt = input.expiresInDays === null ? null : new Date(now.getTime() + input.expiresInDays * DAY_MS);
  return db.shareLink.create({ data: { postingId: input.postingId, userId, token: newShareToken(), label: input.label, expiresAt }, select: SELECT });
}

/** Revokes one link of the owner; its page answers 404 from then on. Returns its posting. */
export async function revokeShareLink(userId: string, linkId: string): Promise<{ postingId: string }> {
  const link = await db.shareLink.findFirst({ where: { id: linkId, userId }, select: { postingId: true } });
  if (!link) throw new AppError("not_found", "That link does not exist or is not yours.");
  await db.shareLink.updateMany({ where: { id: linkId, userId, revokedAt: null }, data: { revokedAt: new Date() } });
  return link;
}
