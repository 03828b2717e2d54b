import "server-only";
import { randomBytes } from "node:crypto";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/errors";
import { countShareView } from "@/lib/server/data/share-link-views";

export interface ShareLinkInfo {
  token: string;
  createdAt: Date;
  viewCount: number;
}

/** 256 random bits, URL-safe. */
export function newShareToken(): string {
  return randomBytes(32).toString("base64url");
}

const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;

async function assertOwnsPosting(userId: string, postingId: string): Promise<void> {
  const count = await db.posting.count({ where: { id: postingId, userId } });
  if (count === 0) throw new AppError("not_found", "That posting does not exist or is not yours.");
}

export async function findActiveShareLink(userId: string, postingId: string): Promise<ShareLinkInfo | null> {
  return db.shareLink.findFirst({
    where: { postingId, userId, revokedAt: null, OR: [{ expiresAt: null }, { expiresAt: { gt: new Date() } }] },
    select: { token: true, createdAt: true, viewCount: true },
    orderBy: { createdAt: "desc" },
  });
}

/**
 * The posting's active link, created when there is none (one live link per posting). A
 * transaction-scoped advisory lock on the posting serialises concurrent clicks, so ten at once
 * still leave one link.
 */
export async function createShareLink(userId: string, postingId: string): Promise<ShareLinkInfo> {
  await assertOwnsPosting(userId, postingId);
  return db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`share-link:${postingId}`}))`;
    const existing = await tx.shareLink.findFirst({
      where: { postingId, userId, revokedAt: null, OR: [{ expiresAt: null }, { expiresAt: { gt: new Date() } }] },
      select: { token: true, createdAt: true, viewCount: true },
      orderBy: { createdAt: "desc" },
    });
    if (existing) return existing;
    return tx.shareLink.create({
      data: { postingId, userId, token: newShareToken() },
      select: { token: true, createdAt: true, viewCount: true },
    });
  });
}

export async function revokeShareLinks(userId: string, postingId: string): Promise<void> {
  await assertOwnsPosting(userId, postingId);
  await db.shareLink.updateMany({ where: { postingId, userId, revokedAt: null }, data: { revokedAt: new Date() } });
}

/**
 * Resolves a public token to its posting id and counts the view (in memory, written in batches:
 * see share-link-views.ts); null when unknown, revoked or expired. A view reads, never writes.
 */
export async function openShareLink(token: string): Promise<{ postingId: string } | null> {
  if (!TOKEN_SHAPE.test(token)) return null;
  const now = new Date();
  const link = await db.shareLink.findUnique({ where: { token }, select: { id: true, postingId: true, revokedAt: true, expiresAt: true } });
  if (!link || link.revokedAt || (link.expiresAt && link.expiresAt <= now)) return null;
  countShareView(link.id, now);
  return { postingId: link.postingId };
}
