import "server-only";
import type { NextAuthOptions } from "next-auth";
import { getServerSession } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import GitHubProvider from "next-auth/providers/github";
import { redirect } from "next/navigation";
import { AppError } from "@/lib/errors";
import { getEnv } from "@/lib/env";
import { SignInSchema } from "@/lib/schemas/auth";
import { findOrCreateOAuthUser, findUserByCredentials, userExists, type SessionUser } from "@/lib/server/data/users";

function providers(): NextAuthOptions["providers"] {
  const env = getEnv();
  const list: NextAuthOptions["providers"] = [
    CredentialsProvider({
      name: "Email and password",
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      async authorize(credentials) {
        const parsed = SignInSchema.safeParse(credentials);
        if (!parsed.success) return null;
        return findUserByCredentials(parsed.data.email, parsed.data.password);
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
  pages: { signIn: "/sign-in" },
  providers: providers(),
  callbacks: {
    async signIn({ user, account }) {
      if (account?.provider !== "github") return true;
      if (!user.email) return "/sign-in?error=NoEmail";
      const stored = await findOrCreateOAuthUser(user.email.toLowerCase(), user.name ?? null);
      user.id = stored.id;
      return true;
    },
    async jwt({ token, user }) {
      if (user) token.uid = user.id;
      return token;
    },
    async session({ session, token }) {
      if (session.user && typeof token.uid === "string") (session.user as { id?: string }).id = token.uid;
      return session;
    },
  },
};

/** The signed-in user, or null. A valid cookie of a deleted account counts as signed out. */
export async function getSessionUser(): Promise<SessionUser | null> {
  const session = await getServerSession(authOptions);
  const user = session?.user as { id?: string; email?: string | null; name?: string | null } | undefined;
  if (!user?.id || !user.email || !(await userExists(user.id))) return null;
  return { id: user.id, email: user.email, name: user.name ?? null };
}

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
