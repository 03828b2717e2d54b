import { randomUUID } from "node:crypto";
import { db } from "@/lib/server/db";
import { createUserWithPassword, findUserByCredentials } from "@/lib/server/data/users";
import { createTestUser } from "@/tests/support/factories";

// Each sign-up comes from its own address, so the per-address sign-up throttle of earlier runs never meets it.
let mockAddress = "192.0.2.1";
jest.mock("next/headers", () => ({ headers: async () => new Headers({ "x-forwarded-for": mockAddress }) }));

import { signUpAction } from "@/lib/server/actions/auth";
import { EMPTY_FORM_STATE } from "@/lib/schemas/form-state";

afterAll(() => db.$disconnect());

function signUpForm(email: string, password: string): FormData {
  mockAddress = `198.18.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;
  const data = new FormData();
  data.set("email", email);
  data.set("password", password);
  return data;
}

describe("accounts", () => {
  it("stores an argon2id hash, never the password", async () => {
    const user = await createTestUser("hash");
    const row = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(row.passwordHash).toMatch(/^\$argon2id\$/);
    expect(row.passwordHash).not.toContain("correct horse 42");
  });

  it("signs in with the right password only", async () => {
    const user = await createTestUser("signin");
    await expect(findUserByCredentials(user.email, "correct horse 42")).resolves.toMatchObject({ id: user.id });
    await expect(findUserByCredentials(user.email, "wrong password 42")).resolves.toBeNull();
    await expect(findUserByCredentials(`nobody-${user.id}@test.fitgap.dev`, "correct horse 42")).resolves.toBeNull();
  });

  it("creates no second account with the same email", async () => {
    const user = await createTestUser("dup");
    await expect(createUserWithPassword({ email: user.email, password: "another pass 1" })).resolves.toBeNull();
    expect(await db.user.count({ where: { email: user.email } })).toBe(1);
  });
});

describe("sign-up does not tell whether an email has an account", () => {
  it("answers a taken email exactly as a new one, and changes nothing of the existing account", async () => {
    const existing = await createTestUser("held");
    const fresh = `fresh-${randomUUID()}@test.fitgap.dev`;
    const forNew = await signUpAction(EMPTY_FORM_STATE, signUpForm(fresh, "new password 1"));
    const forTaken = await signUpAction(EMPTY_FORM_STATE, signUpForm(existing.email, "new password 1"));
    const forTakenRightPassword = await signUpAction(EMPTY_FORM_STATE, signUpForm(existing.email, "correct horse 42"));
    // Everything but the echoed email is the same: same success, same words.
    const withoutEmail = ({ values, ...rest }: typeof forNew) => ({ ...rest, values: { ...values, email: "" } });
    expect(withoutEmail(forTaken)).toEqual(withoutEmail(forNew));
    expect(withoutEmail(forTakenRightPassword)).toEqual(withoutEmail(forNew));
    expect(forNew).toMatchObject({ ok: true, message: "Signing you in..." });
    expect(forTaken.message).not.toMatch(/exist|already|taken/i);

    // The new account exists; the taken one is untouched: its own password still works, the other does not.
    await expect(findUserByCredentials(fresh, "new password 1")).resolves.toMatchObject({ email: fresh });
    expect(await db.user.count({ where: { email: existing.email } })).toBe(1);
    await expect(findUserByCredentials(existing.email, "correct horse 42")).resolves.toMatchObject({ id: existing.id });
    await expect(findUserByCredentials(existing.email, "new password 1")).resolves.toBeNull();
  });

  it("still refuses invalid details with field errors", async () => {
    const state = await signUpAction(EMPTY_FORM_STATE, signUpForm("not an email", "short"));
    expect(state.ok).toBe(false);
    expect(state.fieldErrors.email?.[0]).toMatch(/valid email/);
    expect(state.fieldErrors.password?.[0]).toMatch(/10 characters/);
  });
});
