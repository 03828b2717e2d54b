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
  /** failed sign-ins from one address */
  signInPerIp: { points: 30, duration: FIFTEEN_MINUTES },
  /** failed sign-ins for one email (counted whether or not the account exists) */
  signInPerAccount: { points: 10, duration: FIFTEEN_MINUTES },
  /** accounts created from one address */
  signUpPerIp: { points: 30, duration: 60 * 60 },
} as const;

export type LimitName = keyof typeof LIMITS;
export type LimitCheck = { limit: LimitName; key: string };

function waitMessage(action: string, msBeforeNext: number): string {
  const minutes = Math.max(1, Math.ceil(msBeforeNext / 60_000));
  return `Too many ${action} attempts. Wait ${minutes} minute${minutes === 1 ? "" : "s"} and try again.`;
}

/** The library rejects with a RateLimiterRes when a limit is used up, and with an Error when the store fails. */
function isLimitReached(rejection: unknown): rejection is RateLimiterRes {
  return rejection instanceof RateLimiterRes || (typeof rejection === "object" && rejection !== null && !(rejection instanceof Error) && "msBeforeNext" in rejection);
}

/** The throttles of one app instance, over its own pg pool. */
export function createRateLimits(pool: pg.Pool) {
  const limiters = new Map<LimitName, RateLimiterPostgres>();
  const limiter = (name: LimitName) => {
    let found = limiters.get(name);
    if (!found) {
      found = new RateLimiterPostgres({ storeClient: pool, storeType: "pool", tableName: "rate_limits", tableCreated: true, clearExpiredByTimeout: false, keyPrefix: name, ...LIMITS[name] });
      limiters.set(name, found);
    }
    return found;
  };
  return {
    /** Counts one attempt against each key; throws a rate_limited AppError once any is used up. */
    async consumeAttempt(action: "sign-in" | "sign-up", checks: LimitCheck[]): Promise<void> {
      for (const { limit, key } of checks) {
        try {
          await limiter(limit).consume(key);
        } catch (rejection) {
          if (isLimitReached(rejection)) throw new AppError("rate_limited", waitMessage(action, rejection.msBeforeNext));
          throw rejection;
        }
      }
    },
    /** Hands back the attempt a success counted: only failures add up. */
    async forgiveAttempts(checks: LimitCheck[]): Promise<void> {
      for (const { limit, key } of checks) await limiter(limit).reward(key, 1);
    },
    /** Forgets a key's count (a correct password clears its email's failures). */
    async clearAttempts(limit: LimitName, key: string): Promise<void> {
      await limiter(limit).delete(key);
    },
  };
}

type RateLimits = ReturnType<typeof createRateLimits>;
const globalForLimits = globalThis as unknown as { rateLimits?: RateLimits };

/** This process's throttles, over a small pool of their own beside Prisma's (created on first use). */
function rateLimits(): RateLimits {
  globalForLimits.rateLimits ??= createRateLimits(new pg.Pool({ connectionString: getEnv().DATABASE_URL, max: 3, idleTimeoutMillis: 10_000, allowExitOnIdle: true }));
  return globalForLimits.rateLimits;
}

export const consumeAttempt: RateLimits["consumeAttempt"] = (action, checks) => rateLimits().consumeAttempt(action, checks);
export const forgiveAttempts: RateLimits["forgiveAttempts"] = (checks) => rateLimits().forgiveAttempts(checks);
export const clearAttempts: RateLimits["clearAttempts"] = (limit, key) => rateLimits().clearAttempts(limit, key);

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
