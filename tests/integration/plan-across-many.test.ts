/**
 * A plan across many postings reads the re-score job's stored ranking and digest and loads only
 * the postings it recommends on; the plan is the same as one built from every posting.
 */
import { Prisma } from "@prisma/client";
import { EXTRACTOR_VERSION } from "@/lib/analysis/extract/version";
import { MAX_RECOMMENDED_POSTINGS, type PostingsDigest } from "@/lib/analysis/plan";
import { todayIso } from "@/lib/server/clock";
import { db } from "@/lib/server/db";
import { insertPostingsInBulk } from "@/lib/server/data/posting-bulk";
import { recordFitSnapshots } from "@/lib/server/services/fit-snapshots";
import { saveProfileSkill } from "@/lib/server/services/profile-skills";
import { createPrepPlan, loadPrepPlan } from "@/lib/server/services/prep-plans";
import { generatePostings } from "@/seeds/many-postings";
import { seedCatalog } from "@/seeds/seed-database";
import { createTestUser } from "@/tests/support/factories";

jest.setTimeout(120_000);

beforeAll(() => seedCatalog(), 60_000);
afterAll(() => db.$disconnect());

const POSTINGS = MAX_RECOMMENDED_POSTINGS + 16;

async function planAcrossAll(userId: string) {
  const { id } = await createPrepPlan(userId, { postingId: null, days: 7, hoursPerDay: 2, startDate: todayIso() });
  return (await loadPrepPlan(userId, id)).plan;
}

it("builds the same plan from the stored digest as from every posting, and reads the digest", async () => {
  const user = await createTestUser("plan-many");
  for (const [name, level] of [["Python", 7], ["PostgreSQL", 6], ["AWS", 3]] as const) await saveProfileSkill(user.id, { name, level, years: 2 });
  const postings = generatePostings(POSTINGS).map(({ description, title, company, analysis }) => ({ description, title, company, analysis, extractorVersion: EXTRACTOR_VERSION }));
  await insertPostingsInBulk(user.id, postings, EXTRACTOR_VERSION);
  await recordFitSnapshots(user.id); // the re-score job: reports, ranking and digest stored

  const stored = await db.storedStudyNext.findUniqueOrThrow({ where: { userId: user.id } });
  const digest = stored.digest as unknown as PostingsDigest;
  expect(digest.mustSkillNames.length).toBeGreaterThan(0);

  const fromDigest = await planAcrossAll(user.id);
  await db.storedStudyNext.update({ where: { userId: user.id }, data: { digest: Prisma.DbNull } });
  const fromEveryPosting = await planAcrossAll(user.id);
  expect(fromDigest.days.length).toBeGreaterThan(0);
  expect(fromDigest).toEqual(fromEveryPosting);

  // The stored digest is what the plan reads: a must-have named only there reaches the mock interview.
  const planted: PostingsDigest = { ...digest, mustSkillNames: ["Planted skill"] };
  await db.storedStudyNext.update({ where: { userId: user.id }, data: { digest: planted as unknown as Prisma.InputJsonValue } });
  expect(JSON.stringify(await planAcrossAll(user.id))).toContain("Planted skill");

  // After an edit the stored ranking is outdated: the plan is built from every posting again.
  await saveProfileSkill(user.id, { name: "Java", level: 4, years: 1 });
  expect(JSON.stringify(await planAcrossAll(user.id))).not.toContain("Planted skill");
});
