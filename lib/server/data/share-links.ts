import "server-only";
import { randomBytes } from "node:crypto";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/errors";
import { countShareView } from "@/lib/server/data/share-link-views";
import { toReportInputRevisions, type ReportInputRevisions, type RevisionRow } from "@/lib/server/data/stored-reports";

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

/** A live link's posting and owner with the revisions of every input its report is made of. */
export interface OpenedShareLink extends ReportInputRevisions {
  postingId: string;
  ownerId: string;
}

interface OpenedRow extends RevisionRow {
  id: string;
  postingId: string;
  revokedAt: Date | null;
  expiresAt: Date | null;
  ownerId: string;
}

/**
 * Resolves a public token, in one parameterised query read on every view (so a revoked or
 * expired link answers null at once), to its posting and the revisions its report's key is made
 * of, and counts the view (in memory, written in batches: see share-link-views.ts). Null when
 * unknown, revoked or expired. A view reads, never writes.
 */
export async function openShareLinkState(token: string): Promise<OpenedShareLink | null> {
  if (!TOKEN_SHAPE.test(token)) return null;
  const now = new Date();
  const rows = await db.$queryRaw<OpenedRow[]>`
    SELECT l.id, l."postingId", l."revokedAt", l."expiresAt", p."userId" AS "ownerId", p."analysisRevision", p."updatedAt" AS "postingUpdatedAt",
      p."extractorVersion", u."profileRevision", u."resourcesRevision", c.revision AS "catalogRevision"
    FROM "ShareLink" l
    JOIN "Posting" p ON p.id = l."postingId"
    JOIN "User" u ON u.id = p."userId"
    LEFT JOIN "CatalogRevision" c ON c.id = 1
    WHERE l.token = ${token}`;
  const link = rows[0];
  if (!link || link.revokedAt || (link.expiresAt && link.expiresAt <= now)) return null;
  countShareView(link.id, now);
  return { postingId: link.postingId, ownerId: link.ownerId, ...toReportInputRevisions(link) };
}
