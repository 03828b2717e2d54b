import "server-only";
import ipaddr from "ipaddr.js";
import pg from "pg";
import { RateLimiterPostgres, RateLimiterRes } from "rate-limiter-flexible";
import { AppError } from "@/lib/errors";
import { getEnv } from "@/lib/env";

/**
 * Sign-in and sign-up throttles and the API's per-user request limit, counted in PostgreSQL (table rate_limits, created by a migration)
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
  // One limiter per key prefix, over the shared table (rows are "<prefix>:<key>").
  const limiters = new Map<string, RateLimiterPostgres>();
  const limiterFor = (keyPrefix: string, window: { points: number; duration: number }) => {
    let found = limiters.get(keyPrefix);
    if (!found) {
      found = new RateLimiterPostgres({ storeClient: pool, storeType: "pool", tableName: "rate_limits", tableCreated: true, clearExpiredByTimeout: false, keyPrefix, ...window });
      limiters.set(keyPrefix, found);
    }
    return found;
  };
  const limiter = (name: LimitName) => limiterFor(name, LIMITS[name]);
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
    /**
     * Counts one API request for `key` in a one-minute window of `perMinute`; returns null while
     * under it, else the seconds until the window frees one.
     */
    async consumeRequest(key: string, perMinute: number): Promise<number | null> {
      try {
        await limiterFor(`apiPerUser${perMinute}`, { points: perMinute, duration: 60 }).consume(key);
        return null;
      } catch (rejection) {
        if (isLimitReached(rejection)) return Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
        throw rejection;
      }
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
export const consumeRequest: RateLimits["consumeRequest"] = (key, perMinute) => rateLimits().consumeRequest(key, perMinute);

/** IPv6 clients are keyed by their /64: one host usually holds a whole /64, so single addresses would be free to rotate. */
function addressKey(address: string): string {
  if (!ipaddr.isValid(address)) return address.slice(0, 64) || "unknown";
  const parsed = ipaddr.process(address); // "::ffff:192.0.2.1" is the IPv4 client it wraps
  if (parsed.kind() === "ipv4") return parsed.toString();
  return `${(parsed as ipaddr.IPv6).parts.slice(0, 4).map((part) => part.toString(16)).join(":")}::/64`;
}

/** How many proxies stand in front of the app (TRUST_PROXY: unset or 0 = none, the app faces clients). */
export function trustedProxyHops(): number {
  const hops = Number(process.env.TRUST_PROXY ?? 0);
  return Number.isInteger(hops) && hops > 0 ? hops : 0;
}

/**
 * The client's address, from X-Forwarded-For as the production server (scripts/serve.mjs) hands
 * it over: whatever the client and the proxies sent, then the socket's peer, appended by the
 * server itself. Each trusted proxy appended the address it was reached from, so the client is
 * the entry TRUST_PROXY places before the end; with no proxy, the peer. Entries further left are
 * the client's own say and never used.
 */
export function clientAddress(forwardedFor: string | null | undefined): string {
  const entries = (forwardedFor ?? "").split(",").map((part) => part.trim()).filter(Boolean);
  const entry = entries[entries.length - 1 - trustedProxyHops()];
  return entry ? addressKey(entry) : "unknown";
}
