/**
 * Sign-in defences against the real database: the Postgres-backed throttles (also across two
 * app instances, each with its own pool and limiter objects) and the session version that
 * sign-out bumps so an old cookie stops working.
 */
import { randomUUID } from "node:crypto";
import pg from "pg";
import { db } from "@/lib/server/db";
import { createTestUser } from "@/tests/support/factories";

// The request's cookies, as next/headers hands them to a server component.
let mockCookies: { name: string; value: string }[] = [];
jest.mock("next/headers", () => ({
  cookies: async () => ({ get: (name: string) => mockCookies.find((cookie) => cookie.name === name), getAll: () => mockCookies }),
  headers: async () => new Headers(),
}));

import { encode, type JWT } from "next-auth/jwt";
import { authOptions, getSessionUser, signInWithPassword } from "@/lib/server/auth";
import { createRateLimits } from "@/lib/server/rate-limit";

afterAll(() => db.$disconnect());

const PASSWORD = "correct horse 42";
const address = () => `198.51.100.${Math.floor(Math.random() * 250)}, 10.0.0.${Math.floor(Math.random() * 250)}`;
const THROTTLED = /^Too many sign-in attempts\. Wait \d+ minutes? and try again\.$/;

/** One app instance's throttles: their own pg pool and limiter objects, the shared database. */
function appInstance() {
  const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 2 });
  return { pool, limits: createRateLimits(pool) };
}

describe("sign-in throttle", () => {
  it("locks an email after 10 failures, with the same message whether or not the account exists", async () => {
    const user = await createTestUser("throttle");
    const unknown = `nobody-${randomUUID()}@test.fitgap.dev`;
    for (const email of [user.email, unknown]) {
      const ip = `203.0.113.${Math.floor(Math.random() * 250)}`;
      for (let attempt = 0; attempt < 10; attempt++) expect(await signInWithPassword(email, "wrong password 1", ip)).toBeNull();
      await expect(signInWithPassword(email, PASSWORD, ip)).rejects.toThrow(THROTTLED);
    }
    // Even the right password waits: the lock is on the email, not on the guess.
    await expect(signInWithPassword(user.email, PASSWORD, address())).rejects.toThrow(THROTTLED);
  });

  it("locks an address after 30 failures across many emails", async () => {
    const ip = `192.0.2.${Math.floor(Math.random() * 250)}`;
    for (let attempt = 0; attempt < 30; attempt++) expect(await signInWithPassword(`spray-${attempt}-${randomUUID()}@test.fitgap.dev`, "guess 123456", ip)).toBeNull();
    await expect(signInWithPassword(`spray-${randomUUID()}@test.fitgap.dev`, "guess 123456", ip)).rejects.toThrow(THROTTLED);
  });

  it("does not count successful sign-ins", async () => {
    const user = await createTestUser("regular");
    const ip = `198.18.0.${Math.floor(Math.random() * 250)}`;
    for (let attempt = 0; attempt < 15; attempt++) expect((await signInWithPassword(user.email, PASSWORD, ip))?.id).toBe(user.id);
  });

  it("holds across two app instances on one database", async () => {
    const first = appInstance();
    const second = appInstance();
    const key = `two-instances-${randomUUID()}`;
    const attempt = (instance: typeof first) => instance.limits.consumeAttempt("sign-in", [{ limit: "signInPerAccount", key }]);
    for (let index = 0; index < 10; index++) await attempt(index % 2 === 0 ? first : second);
    await expect(attempt(first)).rejects.toThrow(THROTTLED);
    await expect(attempt(second)).rejects.toThrow(THROTTLED);
    // Ten more in parallel, five per instance: all refused, none slips through.
    const results = await Promise.allSettled(Array.from({ length: 10 }, (_, index) => attempt(index % 2 ? first : second)));
    expect(results.every((result) => result.status === "rejected")).toBe(true);
    const row = await db.rateLimit.findUnique({ where: { key: `signInPerAccount:${key}` } });
    expect(row?.points).toBe(22);
    for (const instance of [first, second]) await instance.pool.end();
  });
});

describe("API request limit", () => {
  it("counts one user's requests across two app instances on one database", async () => {
    const first = appInstance();
    const second = appInstance();
    const userId = `api-two-instances-${randomUUID()}`;
    const request = (instance: typeof first) => instance.limits.consumeRequest(userId, 6);
    for (let index = 0; index < 6; index++) expect(await request(index % 2 === 0 ? first : second)).toBeNull();
    // The seventh in the minute is refused by either instance, with the seconds to wait.
    for (const instance of [first, second]) expect(await request(instance)).toEqual(expect.any(Number));
    expect((await request(first))!).toBeGreaterThanOrEqual(1);
    for (const instance of [first, second]) await instance.pool.end();
  });
});

describe("session version", () => {
  // The session cookie is decoded with next-auth's own decode and this secret (scripts/test.mjs sets one; a bare jest run may not).
  authOptions.secret ??= "test-secret-not-for-production-000000";
  const COOKIE = "next-auth.session-token";

  /** The cookie next-auth sets after sign-in: the jwt callback's token, sealed with the secret. */
  async function sessionCookie(user: { id: string; email: string; sessionVersion: number }, maxAge?: number): Promise<string> {
    const token = await authOptions.callbacks!.jwt!({ token: { sub: user.id, email: user.email, name: null }, user } as never);
    return encode({ token: token as JWT, secret: authOptions.secret!, maxAge });
  }

  it("a cookie stops working once its account signs out", async () => {
    const user = await createTestUser("signout");
    const signedIn = await signInWithPassword(user.email, PASSWORD, address());
    mockCookies = [{ name: COOKIE, value: await sessionCookie(signedIn!) }];
    expect(await getSessionUser()).toEqual({ id: user.id, email: user.email, name: null });

    const token = await authOptions.callbacks!.jwt!({ token: { sub: user.id }, user: signedIn! } as never);
    await authOptions.events!.signOut!({ token, session: null } as never);
    expect(await getSessionUser()).toBeNull();

    // Signing in again issues a cookie with the new version, which works.
    const again = await signInWithPassword(user.email, PASSWORD, address());
    mockCookies = [{ name: COOKIE, value: await sessionCookie(again!) }];
    expect((await getSessionUser())?.id).toBe(user.id);
  });

  it("a cookie of a deleted account is signed out", async () => {
    const user = await createTestUser("deleted");
    mockCookies = [{ name: COOKIE, value: await sessionCookie({ ...user, sessionVersion: 0 }) }];
    expect((await getSessionUser())?.id).toBe(user.id);
    await db.user.delete({ where: { id: user.id } });
    expect(await getSessionUser()).toBeNull();
  });

  it("no cookie, a tampered one, an expired one or one sealed with another secret: signed out", async () => {
    const user = await createTestUser("tampered");
    const value = await sessionCookie({ ...user, sessionVersion: 0 });
    mockCookies = [];
    expect(await getSessionUser()).toBeNull();
    mockCookies = [{ name: COOKIE, value: `${value.slice(0, -4)}AAAA` }];
    expect(await getSessionUser()).toBeNull();
    mockCookies = [{ name: COOKIE, value: await sessionCookie({ ...user, sessionVersion: 0 }, -60) }];
    expect(await getSessionUser()).toBeNull();
    const token = await authOptions.callbacks!.jwt!({ token: { sub: user.id, email: user.email }, user: { ...user, sessionVersion: 0 } } as never);
    mockCookies = [{ name: COOKIE, value: await encode({ token: token as JWT, secret: "another-secret-of-some-length-0000" }) }];
    expect(await getSessionUser()).toBeNull();
    // The same cookie, whole or in next-auth's chunks, is accepted.
    mockCookies = [
      { name: `${COOKIE}.1`, value: value.slice(100) },
      { name: `${COOKIE}.0`, value: value.slice(0, 100) },
    ];
    expect((await getSessionUser())?.id).toBe(user.id);
  });
});
