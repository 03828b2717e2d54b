import "server-only";
import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/errors";

/** Every token starts with this, so a leaked one is easy to recognise (and to scan for). */
export const API_TOKEN_PREFIX = "fgp_";
/** fgp_ + 32 random bytes (256 bits) as base64url. */
const TOKEN_SHAPE = /^fgp_[A-Za-z0-9_-]{43}$/;

export interface ApiTokenInfo {
  id: string;
  name: string;
  prefix: string;
  createdAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
}

function hashToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/** Creates a token and returns it in clear, the one time it is ever available. */
export async function createApiToken(userId: string, name: string): Promise<{ token: string; info: ApiTokenInfo }> {
  const token = API_TOKEN_PREFIX + randomBytes(32).toString("base64url");
  const info = await db.apiToken.create({
    data: { userId, name, tokenHash: hashToken(token), prefix: token.slice(0, API_TOKEN_PREFIX.length + 6) },
    select: { id: true, name: true, prefix: true, createdAt: true, lastUsedAt: true, revokedAt: true },
  });
  return { token, info };
}

export async function listApiTokens(userId: string): Promise<ApiTokenInfo[]> {
  return db.apiToken.findMany({
    where: { userId },
    select: { id: true, name: true, prefix: true, createdAt: true, lastUsedAt: true, revokedAt: true },
    orderBy: { createdAt: "desc" },
  });
}

export async function revokeApiToken(userId: string, tokenId: string): Promise<void> {
  const { count } = await db.apiToken.updateMany({ where: { id: tokenId, userId, revokedAt: null }, data: { revokedAt: new Date() } });
  if (count === 0) throw new AppError("not_found", "That token does not exist, is already revoked, or is not yours.");
}

/**
 * The user a bearer token belongs to, or null (unknown, malformed or revoked). The lookup is by
 * hash, and the stored hash is compared again in constant time so no timing tells how much of a
 * guess matched.
 */
export async function findUserByApiToken(token: string): Promise<{ id: string; email: string } | null> {
  if (!TOKEN_SHAPE.test(token)) return null;
  const hash = hashToken(token);
  const row = await db.apiToken.findUnique({
    where: { tokenHash: hash },
    select: { id: true, tokenHash: true, revokedAt: true, lastUsedAt: true, user: { select: { id: true, email: true } } },
  });
  if (!row || row.revokedAt) return null;
  if (!timingSafeEqual(Buffer.from(row.tokenHash, "hex"), Buffer.from(hash, "hex"))) return null;
  // Touch lastUsedAt at most once a minute: a busy script should not write on every call.
  if (!row.lastUsedAt || Date.now() - row.lastUsedAt.getTime() > 60_000) {
    await db.apiToken.update({ where: { id: row.id }, data: { lastUsedAt: new Date() } });
  }
  return row.user;
}
