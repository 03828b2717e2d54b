/**
 * The signed-in person of integration tests that call server actions and pages directly. A Jest
 * process has no request, so what needs one is replaced: next-auth's session lookup (by `actAs`),
 * Next's cache revalidation (a no-op) and navigation (redirect / notFound throw what a test can
 * match: `{ url }` / `{ notFound: true }`). Everything else, the database above all, is real.
 *
 * Import this module before the actions under test: its jest.mock calls register when it loads,
 * and a module loaded earlier keeps the real ones (its first call then fails loudly, outside a request).
 */
import type { SessionUser } from "@/lib/server/data/users";

let currentUser: SessionUser | null = null;

/** From now on the actions see `user` as signed in; null is signed out. */
export function actAs<User extends SessionUser | null>(user: User): User {
  currentUser = user;
  return user;
}

/** The person the actions currently see; fails the test when nobody is signed in. */
export function actingUser(): SessionUser {
  if (!currentUser) throw new Error("actingUser(): nobody is signed in; call actAs(user) first");
  return currentUser;
}

jest.mock("@/lib/server/auth", () => {
  const { AppError } = jest.requireActual("@/lib/errors");
  const navigation = jest.requireMock("next/navigation") as { redirect: (url: string) => never };
  return {
    getSessionUser: async () => currentUser,
    requireUser: async () => {
      if (!currentUser) throw new AppError("unauthenticated", "Your session has ended. Please sign in again.");
      return currentUser;
    },
    requireUserOrRedirect: async () => currentUser ?? navigation.redirect("/sign-in"),
  };
});

jest.mock("next/cache", () => ({ revalidatePath: () => undefined }));

jest.mock("next/navigation", () => ({
  redirect: (url: string) => {
    throw Object.assign(new Error("NEXT_REDIRECT"), { url });
  },
  notFound: () => {
    throw Object.assign(new Error("NEXT_NOT_FOUND"), { notFound: true });
  },
}));
