import "server-only";
import type { NextAuthOptions } from "next-auth";
import { getServerSession } from "next-auth";
import { decode } from "next-auth/jwt";
import CredentialsProvider from "next-auth/providers/credentials";
import GitHubProvider from "next-auth/providers/github";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { AppError } from "@/lib/errors";
import { getEnv } from "@/lib/env";
import { SignInSchema } from "@/lib/schemas/auth";
import { bumpSessionVersion, findOrCreateOAuthUser, findSessionVersion, findUserByCredentials, type SessionUser } from "@/lib/server/data/users";
import { clearAttempts, clientAddress, consumeAttempt, forgiveAttempts } from "@/lib/server/rate-limit";

function forwardedFor(headers: unknown): string | null {
  if (!headers) return null;
  if (headers instanceof Headers) return headers.get("x-forwarded-for");
  const value = (headers as Record<string, string | string[] | undefined>)["x-forwarded-for"];
  return Array.isArray(value) ? value.join(",") : (value ?? null);
}

/**
 * Password sign-in behind two throttles: per address and per email (whether or not it has an
 * account). Each attempt is counted first (atomically, so parallel guesses cannot slip through)
 * and a success is handed back: only failures add up. Over a limit it throws, and next-auth hands
 * the message to the form; it reads the same for existing and unknown emails.
 */
export async function signInWithPassword(email: string, password: string, forwardedForHeader: string | null): Promise<(SessionUser & { sessionVersion: number }) | null> {
  const address = clientAddress(forwardedForHeader);
  await consumeAttempt("sign-in", [
    { limit: "signInPerIp", key: address },
    { limit: "signInPerAccount", key: email },
  ]);
  const user = await findUserByCredentials(email, password);
  if (user) {
    await forgiveAttempts([{ limit: "signInPerIp", key: address }]);
    await clearAttempts("signInPerAccount", email);
  }
  return user;
}

function providers(): NextAuthOptions["providers"] {
  const env = getEnv();
  const list: NextAuthOptions["providers"] = [
    CredentialsProvider({
      name: "Email and password",
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      async authorize(credentials, request) {
        const parsed = SignInSchema.safeParse(credentials);
        if (!parsed.success) return null;
        return signInWithPassword(parsed.data.email, parsed.data.password, forwardedFor(request?.headers));
      },
    }),
  ];
  // GitHub sign-in turns on only when its credentials are configured.
  if (env.GITHUB_ID && env.GITHUB_SECRET) {
    list.push(GitHubProvider({ clientId: env.GITHUB_ID, clientSecret: env.GITHUB_SECRET }));
  }
  return list;
}

export const authOptions: NextAuthOptions = {
  secret: process.env.NEXTAUTH_SECRET,
  session: { strategy: "jwt", maxAge: 30 * 24 * 60 * 60 },
  // Secure, __Secure- prefixed cookies whenever the app is served over https.
  useSecureCookies: (process.env.NEXTAUTH_URL ?? "").startsWith("https://"),
  pages: { signIn: "/sign-in" },
  providers: providers(),
  callbacks: {
    async signIn({ user, account }) {
      if (account?.provider !== "github") return true;
      if (!user.email) return "/sign-in?error=NoEmail";
      const stored = await findOrCreateOAuthUser(user.email.toLowerCase(), user.name ?? null);
      user.id = stored.id;
      (user as { sessionVersion?: number }).sessionVersion = stored.sessionVersion;
      return true;
    },
    async jwt({ token, user }) {
      if (user) {
        token.uid = user.id;
        token.sv = (user as { sessionVersion?: number }).sessionVersion ?? 0;
      }
      return token;
    },
    async session({ session, token }) {
      if (session.user && typeof token.uid === "string") {
        Object.assign(session.user, { id: token.uid, sessionVersion: typeof token.sv === "number" ? token.sv : 0 });
      }
      return session;
    },
  },
  events: {
    // Signing out ends every cookie issued before: the version they carry no longer matches.
    async signOut({ token }) {
      if (typeof token?.uid === "string") await bumpSessionVersion(token.uid);
    },
  },
};

/** The cookie next-auth keeps the session JWT in (its defaults for `useSecureCookies`). */
const SESSION_COOKIE = authOptions.useSecureCookies ? "__Secure-next-auth.session-token" : "next-auth.session-token";

interface SessionClaims {
  uid?: unknown;
  sv?: unknown;
  email?: unknown;
  name?: unknown;
}

/** The session cookie's value: whole, or joined from the chunks next-auth splits a large one into (`name.0`, `name.1`, ...). */
function sessionCookieValue(store: { get(name: string): { value: string } | undefined; getAll(): { name: string; value: string }[] }): string | null {
  const whole = store.get(SESSION_COOKIE)?.value;
  if (whole) return whole;
  const chunks = store
    .getAll()
    .filter(({ name }) => name.startsWith(`${SESSION_COOKIE}.`) && /^\d+$/.test(name.slice(SESSION_COOKIE.length + 1)))
    .sort((a, b) => Number(a.name.slice(SESSION_COOKIE.length + 1)) - Number(b.name.slice(SESSION_COOKIE.length + 1)));
  return chunks.length > 0 ? chunks.map(({ value }) => value).join("") : null;
}

/**
 * The session's claims from the request's cookie: decrypted and checked (signature, expiry) with
 * next-auth's own `decode`, without `getServerSession`, which runs next-auth's whole handler per
 * call (options, callbacks, and encrypting a fresh token it cannot set from a server component).
 * Without a configured secret (next-auth then derives one itself) it falls back to that handler.
 */
async function readSessionClaims(): Promise<SessionClaims | null> {
  const secret = authOptions.secret;
  if (!secret) {
    const session = await getServerSession(authOptions);
    const user = session?.user as { id?: string; email?: string | null; name?: string | null; sessionVersion?: number } | undefined;
    return user ? { uid: user.id, sv: user.sessionVersion, email: user.email, name: user.name } : null;
  }
  const token = sessionCookieValue(await cookies());
  if (!token) return null;
  try {
    return (await decode({ token, secret })) as SessionClaims | null;
  } catch {
    // Tampered, expired, or sealed with another secret: signed out.
    return null;
  }
}

/**
 * The signed-in user, or null; resolved once per request (React cache), however many layouts,
 * pages and actions ask. A cookie of a deleted account, or one issued before the account's last
 * sign-out (an older session version), counts as signed out.
 */
export const getSessionUser = cache(async (): Promise<SessionUser | null> => {
  const claims = await readSessionClaims();
  if (!claims || typeof claims.uid !== "string" || typeof claims.email !== "string" || !claims.email) return null;
  const current = await findSessionVersion(claims.uid);
  if (current === null || current !== (typeof claims.sv === "number" ? claims.sv : 0)) return null;
  return { id: claims.uid, email: claims.email, name: typeof claims.name === "string" ? claims.name : null };
});

/** For pages: the signed-in user, or a redirect to sign-in. */
export async function requireUserOrRedirect(): Promise<SessionUser> {
  const user = await getSessionUser();
  if (!user) redirect("/sign-in");
  return user;
}

/** For server actions and route handlers: the signed-in user, or an AppError. */
export async function requireUser(): Promise<SessionUser> {
  const user = await getSessionUser();
  if (!user) throw new AppError("unauthenticated", "Your session has ended. Please sign in again.");
  return user;
}
