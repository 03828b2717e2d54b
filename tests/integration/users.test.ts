import { db } from "@/lib/server/db";
import { AppError } from "@/lib/errors";
import { createUserWithPassword, findUserByCredentials } from "@/lib/server/data/users";
import { createTestUser } from "@/tests/support/factories";

afterAll(() => db.$disconnect());

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

  it("refuses a second account with the same email", async () => {
    const user = await createTestUser("dup");
    await expect(createUserWithPassword({ email: user.email, password: "another pass 1" })).rejects.toEqual(
      new AppError("conflict", "An account with this email already exists. Sign in instead."),
    );
    expect(await db.user.count({ where: { email: user.email } })).toBe(1);
  });
});
