import { db } from "@/lib/server/db";
import { deleteProfileSkill, listProfileSkills, updateProfileSkill } from "@/lib/server/data/profile-skills";
import { saveProfileSkill } from "@/lib/server/services/profile-skills";
import { createTestUser } from "@/tests/support/factories";

afterAll(() => db.$disconnect());

describe("profile skills", () => {
  it("resolves synonyms to one skill and updates instead of duplicating", async () => {
    const user = await createTestUser("skills");
    await saveProfileSkill(user.id, { name: "Postgres", level: 4, years: 2 });
    await saveProfileSkill(user.id, { name: "PostgreSQL", level: 6, years: 3 });
    const skills = await listProfileSkills(user.id);
    expect(skills).toHaveLength(1);
    expect(skills[0]).toMatchObject({ skillId: "postgresql", name: "PostgreSQL", level: 6, years: 3 });
  });

  it("keeps unknown skills by name", async () => {
    const user = await createTestUser("unknown");
    await saveProfileSkill(user.id, { name: "Underwater basket weaving", level: 9, years: 10 });
    expect(await listProfileSkills(user.id)).toEqual([expect.objectContaining({ skillId: null, name: "Underwater basket weaving" })]);
  });

  it("never reads or changes another user's skills", async () => {
    const owner = await createTestUser("owner");
    const intruder = await createTestUser("intruder");
    const skill = await saveProfileSkill(owner.id, { name: "Python", level: 7, years: 5 });

    expect(await listProfileSkills(intruder.id)).toEqual([]);
    await expect(updateProfileSkill(intruder.id, skill.id, { level: 0, years: 0 })).rejects.toMatchObject({ code: "not_found" });
    await expect(deleteProfileSkill(intruder.id, skill.id)).rejects.toMatchObject({ code: "not_found" });
    expect(await listProfileSkills(owner.id)).toEqual([expect.objectContaining({ id: skill.id, level: 7, years: 5 })]);
  });
});
