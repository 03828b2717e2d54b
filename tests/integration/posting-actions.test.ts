/**
 * Server actions against the real database. Only the session lookup is replaced: a Jest process
 * has no request cookies for next-auth to read.
 */
import { actAs, actingUser } from "@/tests/support/action-session";
import { db } from "@/lib/server/db";
import { createTestUser } from "@/tests/support/factories";
import { createPostingAction } from "@/lib/server/actions/postings";
import { addSkillAction } from "@/lib/server/actions/profile";
import { EMPTY_FORM_STATE } from "@/lib/schemas/form-state";

afterAll(() => db.$disconnect());

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  return data;
}

async function postingCount(userId: string) {
  return db.posting.count({ where: { userId } });
}

describe("createPostingAction", () => {
  beforeEach(async () => {
    actAs(await createTestUser("action"));
  });

  it.each([
    ["empty", ""],
    ["whitespace only", "   \n\t  "],
    ["over 50,000 characters", "Python experience required. ".repeat(2_000)],
    ["binary", "\u0000\u0001PK\u0003\u0004".repeat(50)],
  ])("rejects a %s description with a clear message and stores nothing", async (_label, description) => {
    const state = await createPostingAction(EMPTY_FORM_STATE, form({ description }));
    expect(state.ok).toBe(false);
    expect(state.fieldErrors.description?.[0]).toMatch(/empty|50,000|plain text/);
    expect(await postingCount(actingUser().id)).toBe(0);
  });

  it("stores a valid posting and redirects to its report", async () => {
    await expect(createPostingAction(EMPTY_FORM_STATE, form({ description: "Requirements:\n- 3+ years of Python" }))).rejects.toMatchObject({
      url: expect.stringMatching(/^\/jobs\/\w+$/),
    });
    expect(await postingCount(actingUser().id)).toBe(1);
  });

  it("reduces hostile HTML to text without storing markup or scripts", async () => {
    const html = "<h2>Requirements</h2><ul><li>Experience with <b>Python</b></li></ul><script>alert(document.cookie)</script><img src=x onerror=alert(1)>";
    await expect(createPostingAction(EMPTY_FORM_STATE, form({ description: html }))).rejects.toMatchObject({ url: expect.any(String) });
    const posting = await db.posting.findFirstOrThrow({ where: { userId: actingUser().id } });
    expect(posting.description).not.toMatch(/<script|onerror|alert/);
    expect(posting.description).toContain("Experience with Python");
  });

  it("asks a signed-out visitor to sign in", async () => {
    actAs(null);
    const state = await createPostingAction(EMPTY_FORM_STATE, form({ description: "Python" }));
    expect(state.message).toMatch(/sign in/i);
  });
});

describe("addSkillAction", () => {
  beforeEach(async () => {
    actAs(await createTestUser("skill-action"));
  });

  it.each([
    [{ name: "Python", level: "11", years: "2" }, "level"],
    [{ name: "Python", level: "-1", years: "2" }, "level"],
    [{ name: "Python", level: "abc", years: "2" }, "level"],
    [{ name: "Python", level: "5", years: "-3" }, "years"],
    [{ name: "Python", level: "5", years: "1000" }, "years"],
    [{ name: "", level: "5", years: "1" }, "name"],
  ])("rejects %j on %s and stores nothing", async (fields, field) => {
    const state = await addSkillAction(EMPTY_FORM_STATE, form(fields));
    expect(state.ok).toBe(false);
    expect(state.fieldErrors[field]?.length).toBeGreaterThan(0);
    expect(await db.profileSkill.count({ where: { userId: actingUser().id } })).toBe(0);
  });

  it("saves a valid skill", async () => {
    const state = await addSkillAction(EMPTY_FORM_STATE, form({ name: "golang", level: "6", years: "2.5" }));
    expect(state).toMatchObject({ ok: true, message: "Saved Go at level 6." });
  });
});
