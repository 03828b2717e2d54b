/** JSON Resume import through the real server actions and database; only the session lookup is replaced. */
import fs from "node:fs";
import path from "node:path";
import { actAs, actingUser } from "@/tests/support/action-session";
import { db } from "@/lib/server/db";
import { createTestUser } from "@/tests/support/factories";
import { importResumeAction, previewResumeAction } from "@/lib/server/actions/json-resume";
import { EMPTY_FORM_STATE } from "@/lib/schemas/form-state";

jest.setTimeout(60_000);
afterAll(() => db.$disconnect());

const resumeText = fs.readFileSync(path.join(__dirname, "../fixtures/resumes/backend-engineer.json"), "utf8");

function fileForm(text: string): FormData {
  const form = new FormData();
  form.set("resume", new File([text], "resume.json", { type: "application/json" }));
  return form;
}

describe("JSON Resume import", () => {
  beforeEach(async () => {
    actAs(await createTestUser("resume"));
  });

  it("previews without storing, then imports the new and raised skills", async () => {
    const user = actingUser();
    await db.profileSkill.create({ data: { userId: user.id, skillId: "python", name: "Python", nameKey: "python", level: 9, years: 12 } });
    const preview = await previewResumeAction(EMPTY_FORM_STATE, fileForm(resumeText));
    expect(preview.ok).toBe(true);
    expect(preview.preview!.changes.find((change) => change.name === "Python")).toMatchObject({ status: "unchanged" });
    expect(preview.preview!.unmapped).toEqual(["Infrastructure"]);
    expect(await db.profileSkill.count({ where: { userId: user.id } })).toBe(1);

    const form = new FormData();
    form.set("resumeText", preview.resumeText!);
    const imported = await importResumeAction(EMPTY_FORM_STATE, form);
    expect(imported).toMatchObject({ ok: true, message: "Imported 17 skills from the resume." });
    const skills = await db.profileSkill.findMany({ where: { userId: user.id } });
    expect(skills).toHaveLength(18);
    expect(skills.find((skill) => skill.skillId === "python")).toMatchObject({ level: 9, years: 12 });
    expect(skills.find((skill) => skill.skillId === "django")).toMatchObject({ level: 7, years: 3.4 });
  });

  it.each([
    ["not JSON", "{ oops", "That file is not valid JSON. Nothing was imported."],
    ["the wrong shape", JSON.stringify({ skills: "Python" }), "That is not a JSON Resume file: skills: Invalid input: expected array, received string"],
  ])("refuses a file that is %s and stores nothing", async (_label, text, message) => {
    const state = await previewResumeAction(EMPTY_FORM_STATE, fileForm(text));
    expect(state).toMatchObject({ ok: false, message });
    expect(state.preview).toBeUndefined();
    const form = new FormData();
    form.set("resumeText", text);
    expect((await importResumeAction(EMPTY_FORM_STATE, form)).ok).toBe(false);
    expect(await db.profileSkill.count({ where: { userId: actingUser().id } })).toBe(0);
  });
});
