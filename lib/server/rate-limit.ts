import "server-only";
import pg from "pg";
import { RateLimiterPostgres, RateLimiterRes } from "rate-limiter-flexible";
import { AppError } from "@/lib/errors";
import { getEnv } from "@/lib/env";

/**
 * Sign-in and sign-up throttles, counted in PostgreSQL (table rate_limits, created by a migration)
 * so they hold across every app instance on the same database. rate-limiter-flexible was chosen
 * for its atomic Postgres store: one INSERT ... ON CONFLICT per attempt, no home-made counters.
 */
const FIFTEEN_MINUTES = 15 * 60;

export const LIMITS = {
  /** every sign-in attempt from one address */
  signInPerIp: { points: 30, duration: FIFTEEN_MINUTES },
  /** failed sign-ins for one email (counted whether or not the account exists) */
  signInPerAccount: { points: 10, duration: FIFTEEN_MINUTES },
  /** accounts created from one address */
  signUpPerIp: { points: 10, duration: 60 * 60 },
} as const;

type LimitName = keyof typeof LIMITS;

const globalForLimits = globalThis as unknown as { rateLimitPool?: pg.Pool; rateLimiters?: Map<LimitName, RateLimiterPostgres> };

function pool(): pg.Pool {
  // A small pool of its own: the limiter speaks plain SQL through pg, beside Prisma's pool.
  globalForLimits.rateLimitPool ??= new pg.Pool({ connectionString: getEnv().DATABASE_URL, max: 3, idleTimeoutMillis: 10_000, allowExitOnIdle: true });
  return globalForLimits.rateLimitPool;
}

function limiter(name: LimitName): RateLimiterPostgres {
  globalForLimits.rateLimiters ??= new Map();
  let found = globalForLimits.rateLimiters.get(name);
  if (!found) {
    found = new RateLimiterPostgres({
      storeClient: pool(),
      storeType: "pool",
      tableName: "rate_limits",
      tableCreated: true,
      clearExpiredByTimeout: false,
      keyPrefix: name,
      ...LIMITS[name],
    });
    globalForLimits.rateLimiters.set(name, found);
  }
  return found;
}

function waitMessage(action: string, msBeforeNext: number): string {
  const minutes = Math.max(1, Math.ceil(msBeforeNext / 60_000));
  return `Too many ${action} attempts. Wait ${minutes} minute${minutes === 1 ? "" : "s"} and try again.`;
}

/** Counts one attempt against each key; throws a rate_limited AppError once any is used up. */
export async function consumeAttempt(action: "sign-in" | "sign-up", checks: { limit: LimitName; key: string }[]): Promise<void> {
  for (const { limit, key } of checks) {
    try {
      await limiter(limit).consume(key);
    } catch (rejection) {
      if (rejection instanceof RateLimiterRes) throw new AppError("rate_limited", waitMessage(action, rejection.msBeforeNext));
      throw rejection;
    }
  }
}

/** Whether a key is already over its limit, without counting an attempt. */
export async function isBlocked(limit: LimitName, key: string): Promise<number | null> {
  const state = await limiter(limit).get(key);
  return state && state.consumedPoints > LIMITS[limit].points ? state.msBeforeNext : null;
}

export async function resetAttempts(limit: LimitName, key: string): Promise<void> {
  await limiter(limit).delete(key);
}

/**
 * The client's address: the entry of X-Forwarded-For that the nearest trusted proxy wrote.
 * TRUSTED_PROXY_HOPS (default 0) is how many proxies in front of the app append to it; with none,
 * `next start` fills the header from the socket when the client did not send one.
 */
export function clientAddress(forwardedFor: string | null | undefined): string {
  const hops = Number(process.env.TRUSTED_PROXY_HOPS ?? 0) || 0;
  const entries = (forwardedFor ?? "").split(",").map((part) => part.trim()).filter(Boolean);
  return entries[Math.max(0, entries.length - 1 - hops)]?.slice(0, 64) || "unknown";
}
