/** Stored postings follow the extractor: outdated ones are re-analysed, once, in one transaction. */
import { db } from "@/lib/server/db";
import { createPosting, getPosting } from "@/lib/server/services/postings";
import { reanalyzeAllOutdated, reanalyzeIfOutdated } from "@/lib/server/services/reanalysis";
import { EXTRACTOR_VERSION } from "@/lib/analysis/extract/version";
import { AppError } from "@/lib/errors";
import { createTestUser } from "@/tests/support/factories";

jest.setTimeout(60_000);
afterAll(() => db.$disconnect());

const POSTING = "Acme | Backend Engineer | Remote\n\nRequirements:\n- 5+ years of Go\n- PostgreSQL and Kafka";

async function outdatedPosting(userId: string): Promise<string> {
  const { id } = await createPosting(userId, { description: POSTING, title: null, company: null });
  // As an older extractor left it: one stale requirement, version 1.
  await db.requirement.deleteMany({ where: { postingId: id } });
  await db.requirement.create({ data: { postingId: id, position: 0, text: "stale", kind: "must", spanStart: 0, spanEnd: 5, skills: [], skillIds: [] } });
  await db.posting.update({ where: { id }, data: { extractorVersion: 1 } });
  return id;
}

describe("re-analysis of stored postings", () => {
  it("re-derives an outdated posting's requirements once and records when", async () => {
    const user = await createTestUser();
    const id = await outdatedPosting(user.id);
    const now = new Date("2026-12-03T10:00:00Z");

    expect(await reanalyzeIfOutdated(user.id, id, now)).toBe(true);
    const posting = await getPosting(user.id, id);
    expect(posting.extractorVersion).toBe(EXTRACTOR_VERSION);
    expect(posting.reanalyzedAt?.toISOString()).toBe(now.toISOString());
    expect(posting.analysis.requirements.map((r) => r.text)).not.toContain("stale");
    expect(posting.analysis.skills.map((s) => s.id)).toEqual(expect.arrayContaining(["go", "postgresql", "apache-kafka"]));

    expect(await reanalyzeIfOutdated(user.id, id, now)).toBe(false);
  });

  it("treats another user's posting as not found and leaves it alone", async () => {
    const owner = await createTestUser();
    const other = await createTestUser();
    const id = await outdatedPosting(owner.id);
    await expect(reanalyzeIfOutdated(other.id, id)).rejects.toBeInstanceOf(AppError);
    expect((await db.posting.findUniqueOrThrow({ where: { id } })).extractorVersion).toBe(1);
  });

  it("npm run reanalyze brings every outdated posting up to date", async () => {
    const user = await createTestUser();
    const ids = [await outdatedPosting(user.id), await outdatedPosting(user.id)];
    // Scoped to this account: a database kept across runs holds thousands of others' postings
    // that an extractor version bump makes outdated, and re-analysing them all outran the test.
    expect(await reanalyzeAllOutdated({ batchSize: 1, userId: user.id })).toBe(2);
    const versions = await db.posting.findMany({ where: { id: { in: ids } }, select: { extractorVersion: true } });
    expect(versions.every((v) => v.extractorVersion === EXTRACTOR_VERSION)).toBe(true);
  });
});
