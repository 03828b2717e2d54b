import "server-only";
import { Prisma } from "@prisma/client";
import { db } from "@/lib/server/db";
import { hashPassword, spendVerificationTime, verifyPassword } from "@/lib/server/passwords";
import type { SignUpInput } from "@/lib/schemas/auth";

export interface SessionUser {
  id: string;
  email: string;
  name: string | null;
}

/**
 * The new account, or null when the email already has one. Says nothing itself: the caller
 * decides what a person may learn (sign-up answers both cases alike). The password is hashed
 * before the insert either way, so both cases take the same time.
 */
export async function createUserWithPassword(input: SignUpInput): Promise<SessionUser | null> {
  const passwordHash = await hashPassword(input.password);
  try {
    return await db.user.create({
      data: { email: input.email, passwordHash },
      select: { id: true, email: true, name: true },
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") return null;
    throw error;
  }
}

/** The user for an email and password, or null. Same timing whether or not the email exists. */
export async function findUserByCredentials(email: string, password: string): Promise<(SessionUser & { sessionVersion: number }) | null> {
  const user = await db.user.findUnique({ where: { email }, select: { id: true, email: true, name: true, passwordHash: true, sessionVersion: true } });
  if (!user?.passwordHash) {
    await spendVerificationTime(password);
    return null;
  }
  if (!(await verifyPassword(user.passwordHash, password))) return null;
  return { id: user.id, email: user.email, name: user.name, sessionVersion: user.sessionVersion };
}

/** OAuth sign-in: the account with this verified email, created on first sign-in. */
export async function findOrCreateOAuthUser(email: string, name: string | null): Promise<SessionUser & { sessionVersion: number }> {
  return db.user.upsert({
    where: { email },
    update: {},
    create: { email, name },
    select: { id: true, email: true, name: true, sessionVersion: true },
  });
}

export async function userExists(userId: string): Promise<boolean> {
  return (await db.user.count({ where: { id: userId } })) === 1;
}

/**
 * The account's current session version, or null when the account is gone. Asked on every
 * signed-in request: raw SQL (parameterised), which skips Prisma's query compiler.
 */
export async function findSessionVersion(userId: string): Promise<number | null> {
  const rows = await db.$queryRaw<{ sessionVersion: number }[]>`SELECT "sessionVersion" FROM "User" WHERE id = ${userId}`;
  return rows[0]?.sessionVersion ?? null;
}

/** Ends every session issued so far (sign-out, password change). */
export async function bumpSessionVersion(userId: string): Promise<void> {
  await db.user.updateMany({ where: { id: userId }, data: { sessionVersion: { increment: 1 } } });
}
