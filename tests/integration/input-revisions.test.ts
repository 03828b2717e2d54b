/**
 * Stored results are keyed by input revisions that database triggers move (migration
 * 20261203150000): every write of a scoring input must move them, whichever code wrote it, and
 * writes of anything else must not (or stored results would be recomputed for nothing).
 */
import { db } from "@/lib/server/db";
import { saveCorrection, teachAlias } from "@/lib/server/data/corrections";
import { insertFitSnapshots } from "@/lib/server/data/fit-snapshots";
import { deletePosting } from "@/lib/server/data/postings";
import { deleteProfileSkill, updateProfileSkill } from "@/lib/server/data/profile-skills";
import { createStudyTrack, recordTrackProgress } from "@/lib/server/data/study-tracks";
import { createShareLink } from "@/lib/server/data/share-links";
import { createPosting, getPosting } from "@/lib/server/services/postings";
import { saveProfileSkill } from "@/lib/server/services/profile-skills";
import { reanalyzePosting } from "@/lib/server/services/reanalysis";
import { createTestUser, LLM_POSTING } from "@/tests/support/factories";

afterAll(() => db.$disconnect());

async function revisions(userId: string, postingId?: string) {
  const user = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { profileRevision: true, postingsRevision: true } });
  const posting = postingId ? await db.posting.findUnique({ where: { id: postingId }, select: { analysisRevision: true } }) : null;
  return { profile: user.profileRevision, postings: user.postingsRevision, analysis: posting?.analysisRevision ?? null };
}

test("profile inputs move the profile revision; nothing else does", async () => {
  const user = await createTestUser("revisions");
  const other = await createTestUser("revisions-other");
  let last = await revisions(user.id);
  const moved = async (write: () => Promise<unknown>) => {
    await write();
    const now = await revisions(user.id);
    const result = now.profile > last.profile;
    expect(now.postings).toBe(last.postings);
    last = now;
    return result;
  };
  const skill = await saveProfileSkill(user.id, { name: "Python", level: 5, years: 2 });
  expect(await moved(() => saveProfileSkill(user.id, { name: "Go", level: 3 }))).toBe(true);
  expect(await moved(() => updateProfileSkill(user.id, skill.id, { level: 6 }))).toBe(true);
  expect(await moved(() => deleteProfileSkill(user.id, skill.id))).toBe(true);
  const track = await createStudyTrack(
    user.id,
    { title: "Course", provider: null, url: null, unit: "lecture", unitsDone: 0, unitsTotal: 10, hoursPerUnit: 1, startedOn: null, targetOn: null, skills: [{ name: "Kubernetes", levelAtCompletion: 6 }] },
    "2026-12-03",
  );
  expect(track.id).toBeTruthy();
  expect(await moved(() => recordTrackProgress(user.id, track.id, 3, "2026-12-03"))).toBe(true);
  expect(await moved(() => teachAlias(user.id, { phrase: "k-eight-s", skillId: "kubernetes" }))).toBe(true);
  // Another user's edits leave this one's revisions alone.
  expect(await moved(() => saveProfileSkill(other.id, { name: "Rust", level: 4 }))).toBe(false);
});

test("a posting's requirements and corrections move its analysis revision and the owner's postings revision", async () => {
  const user = await createTestUser("revisions-postings");
  const before = await revisions(user.id);
  const { id } = await createPosting(user.id, { description: LLM_POSTING, title: null, company: null });
  const created = await revisions(user.id, id);
  expect(created.postings).toBeGreaterThan(before.postings);
  expect(created.profile).toBe(before.profile);

  const requirement = (await getPosting(user.id, id)).analysis.requirements[0];
  await saveCorrection(user.id, { postingId: id, action: "drop", text: requirement.text, spanStart: requirement.span[0], spanEnd: requirement.span[1], kind: "must", minYears: null, skillIds: [] });
  const corrected = await revisions(user.id, id);
  expect(corrected.analysis!).toBeGreaterThan(created.analysis!);
  expect(corrected.postings).toBeGreaterThan(created.postings);

  await reanalyzePosting(user.id, id);
  const reanalysed = await revisions(user.id, id);
  expect(reanalysed.analysis!).toBeGreaterThan(corrected.analysis!);

  // Fit points and share links are not scoring inputs.
  await insertFitSnapshots(user.id, [{ postingId: id, fit: 10, fitProjected: 20 }]);
  await createShareLink(user.id, id);
  expect(await revisions(user.id, id)).toEqual(reanalysed);

  await deletePosting(user.id, id);
  expect((await revisions(user.id)).postings).toBeGreaterThan(reanalysed.postings);
});
