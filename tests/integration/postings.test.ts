import { db } from "@/lib/server/db";
import { deletePosting, listPostings } from "@/lib/server/data/postings";
import { createPosting, getPosting } from "@/lib/server/services/postings";
import { extractRequirements } from "@/lib/analysis/extract";
import { createTestUser, LLM_POSTING } from "@/tests/support/factories";

afterAll(() => db.$disconnect());

describe("postings", () => {
  it("stores the posting with its extracted requirements, spans pointing into the stored text", async () => {
    const user = await createTestUser("posting");
    const { id } = await createPosting(user.id, { description: LLM_POSTING, title: null, company: "Acme" });
    const posting = await getPosting(user.id, id);
    expect(posting.company).toBe("Acme");
    expect(posting.analysis.requirements.length).toBeGreaterThanOrEqual(3);
    for (const requirement of posting.analysis.requirements) {
      expect(posting.description.slice(...requirement.span)).toBe(requirement.text);
    }
    const skillIds = posting.analysis.skills.map((skill) => skill.id);
    expect(skillIds).toEqual(expect.arrayContaining(["java", "python", "postgresql"]));
    expect(posting.analysis.skills.find((skill) => skill.id === "amazon-web-services")?.kind).toBe("preferred");
    // Reloaded from the database, the analysis is the one extraction produced.
    expect(posting.analysis.skills).toEqual(extractRequirements(posting.description).skills);
  });

  it("infers the title when none is given", async () => {
    const user = await createTestUser("title");
    const { id } = await createPosting(user.id, { description: LLM_POSTING, title: null, company: null });
    expect((await getPosting(user.id, id)).title).toMatch(/Backend Engineer/i);
  });

  it("lists newest first and only the owner's postings", async () => {
    const owner = await createTestUser("list");
    const other = await createTestUser("other");
    const first = await createPosting(owner.id, { description: LLM_POSTING, title: "First", company: null });
    const second = await createPosting(owner.id, { description: LLM_POSTING, title: "Second", company: null });
    await createPosting(other.id, { description: LLM_POSTING, title: "Not yours", company: null });
    expect((await listPostings(owner.id)).map((p) => p.id)).toEqual([second.id, first.id]);
  });

  it("treats another user's posting as not found, for reading and deleting", async () => {
    const owner = await createTestUser("owner");
    const intruder = await createTestUser("intruder");
    const { id } = await createPosting(owner.id, { description: LLM_POSTING, title: null, company: null });
    await expect(getPosting(intruder.id, id)).rejects.toMatchObject({ code: "not_found" });
    await expect(deletePosting(intruder.id, id)).rejects.toMatchObject({ code: "not_found" });
    expect(await db.posting.count({ where: { id } })).toBe(1);
    await deletePosting(owner.id, id);
    expect(await db.requirement.count({ where: { postingId: id } })).toBe(0);
  });
});
