/**
 * Issue 8, points 4 and 7, against the real database: a paste with no requirements is not stored
 * until the person chooses "Save anyway"; re-adding a skill says it exists, stores nothing until
 * the update is confirmed, and blank years never overwrite known years.
 */
import { actAs, actingUser } from "@/tests/support/action-session";
import { db } from "@/lib/server/db";
import { createTestUser } from "@/tests/support/factories";
import { createPostingAction } from "@/lib/server/actions/postings";
import { addSkillAction } from "@/lib/server/actions/profile";
import { createPosting } from "@/lib/server/services/postings";
import { listProfileSkills } from "@/lib/server/data/profile-skills";
import { saveProfileSkill } from "@/lib/server/services/profile-skills";
import { EMPTY_FORM_STATE } from "@/lib/schemas/form-state";

jest.setTimeout(60_000);
afterAll(() => db.$disconnect());

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  return data;
}

const CHAT_MESSAGE = "hey, are we still on for lunch tomorrow? let me know if 12 works for you, otherwise Friday is fine";

describe("a paste that yields no requirements", () => {
  beforeEach(async () => {
    actAs(await createTestUser("no-reqs"));
  });

  it("is not stored: the answer says so and asks the person to decide", async () => {
    const state = await createPostingAction(EMPTY_FORM_STATE, form({ description: CHAT_MESSAGE }));
    expect(state).toMatchObject({ ok: false, needsConfirmation: true });
    expect(state.message).toMatch(/No requirements were found/);
    expect(state.values?.description).toBe(CHAT_MESSAGE); // the paste is kept in the form
    expect(await db.posting.count({ where: { userId: actingUser().id } })).toBe(0);
  });

  it("is stored when the person chooses Save anyway", async () => {
    await expect(createPostingAction(EMPTY_FORM_STATE, form({ description: CHAT_MESSAGE, intent: "save-anyway" }))).rejects.toMatchObject({
      url: expect.stringMatching(/^\/jobs\/\w+$/),
    });
    expect(await db.posting.count({ where: { userId: actingUser().id } })).toBe(1);
  });

  it("is refused by the data layer too, unless allowed", async () => {
    await expect(createPosting(actingUser().id, { description: CHAT_MESSAGE, title: null, company: null })).rejects.toMatchObject({ code: "conflict" });
    expect(await db.posting.count({ where: { userId: actingUser().id } })).toBe(0);
  });

  it("a real posting is stored straight away, with no confirmation", async () => {
    await expect(createPostingAction(EMPTY_FORM_STATE, form({ description: "Requirements:\n- 3+ years of Python" }))).rejects.toMatchObject({ url: expect.any(String) });
    expect(await db.posting.count({ where: { userId: actingUser().id } })).toBe(1);
  });
});

describe("re-adding a skill the profile already holds", () => {
  beforeEach(async () => {
    actAs(await createTestUser("re-add"));
    await saveProfileSkill(actingUser().id, { name: "Python", level: 8, years: 6 });
  });

  it("says it exists, offers the update and changes nothing yet", async () => {
    const state = await addSkillAction(EMPTY_FORM_STATE, form({ name: "python", level: "7", years: "" }));
    expect(state).toMatchObject({ ok: false, needsConfirmation: true });
    expect(state.message).toBe("Python is already in your profile (level 8, 6 years). Update it to level 7, keeping 6 years?");
    expect(await listProfileSkills(actingUser().id)).toEqual([expect.objectContaining({ name: "Python", level: 8, years: 6 })]);
  });

  it("on confirming with blank years, updates the level and keeps the years", async () => {
    const state = await addSkillAction(EMPTY_FORM_STATE, form({ name: "python", level: "7", years: "", intent: "update" }));
    expect(state).toMatchObject({ ok: true, message: "Updated Python: level 7, 6 years." });
    expect(await listProfileSkills(actingUser().id)).toEqual([expect.objectContaining({ name: "Python", level: 7, years: 6 })]);
  });

  it("on confirming with years given, takes them; a synonym finds the same row", async () => {
    const state = await addSkillAction(EMPTY_FORM_STATE, form({ name: "python3", level: "9", years: "7", intent: "update" }));
    expect(state.ok).toBe(true);
    expect(await listProfileSkills(actingUser().id)).toEqual([expect.objectContaining({ name: "Python", level: 9, years: 7 })]);
  });

  it("a new skill with blank years starts at 0 years", async () => {
    const state = await addSkillAction(EMPTY_FORM_STATE, form({ name: "Go", level: "5", years: "" }));
    expect(state).toMatchObject({ ok: true, message: "Saved Go at level 5." });
    expect(await listProfileSkills(actingUser().id)).toContainEqual(expect.objectContaining({ name: "Go", level: 5, years: 0 }));
  });
});
