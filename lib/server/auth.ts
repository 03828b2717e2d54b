import "server-only";
import type { NextAuthOptions } from "next-auth";
import { getServerSession } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import GitHubProvider from "next-auth/providers/github";
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

/**
 * The signed-in user, or null; resolved once per request (React cache), however many layouts,
 * pages and actions ask. A cookie of a deleted account, or one issued before the account's last
 * sign-out (an older session version), counts as signed out.
 */
export const getSessionUser = cache(async (): Promise<SessionUser | null> => {
  const session = await getServerSession(authOptions);
  const user = session?.user as { id?: string; email?: string | null; name?: string | null; sessionVersion?: number } | undefined;
  if (!user?.id || !user.email) return null;
  const current = await findSessionVersion(user.id);
  if (current === null || current !== (user.sessionVersion ?? 0)) return null;
  return { id: user.id, email: user.email, name: user.name ?? null };
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
