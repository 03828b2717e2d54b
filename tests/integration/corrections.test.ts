import { db } from "@/lib/server/db";
import { createPosting, getPosting } from "@/lib/server/services/postings";
import { deleteCorrection, saveCorrection, teachAlias } from "@/lib/server/data/corrections";
import { reanalyzePosting } from "@/lib/server/services/reanalysis";
import { createLabelledShareLink, listShareLinks, revokeShareLink } from "@/lib/server/data/share-link-list";
import { openShareLinkState } from "@/lib/server/data/share-links";
import { getPostingRecord, getPostingRecordForShare, listPostingRecordsByIds } from "@/lib/server/data/postings";
import { findPostingPage } from "@/lib/server/data/posting-page";
import { loadComparedPostings } from "@/lib/server/services/compare";
import { updateStudyTrack } from "@/lib/server/data/study-track-edit";
import { createStudyTrack, listStudyTracks } from "@/lib/server/data/study-tracks";
import { CorrectionSchema } from "@/lib/schemas/correction";
import { createTestUser, LLM_POSTING } from "@/tests/support/factories";

jest.setTimeout(60_000);
afterAll(() => db.$disconnect());

async function postingOf(prefix: string) {
  const user = await createTestUser(prefix);
  const { id } = await createPosting(user.id, { description: LLM_POSTING, title: "Backend", company: "Acme" });
  return { user, postingId: id };
}

function correctionInput(postingId: string, text: string, overrides: Record<string, unknown> = {}) {
  return CorrectionSchema.parse({ postingId, action: "edit", text, spanStart: 0, spanEnd: 10, kind: "preferred", minYears: "3", skillIds: ["Python"], ...overrides });
}

describe("corrections", () => {
  it("stores an edit keyed by text, applies it, and keeps it across re-analysis", async () => {
    const { user, postingId } = await postingOf("correct");
    const target = (await getPosting(user.id, postingId)).analysis.requirements.find((item) => item.text.includes("PostgreSQL"))!;
    await saveCorrection(user.id, correctionInput(postingId, target.text, { spanStart: target.span[0], spanEnd: target.span[1] }));
    const check = async () => {
      const posting = await getPosting(user.id, postingId);
      const index = posting.analysis.requirements.findIndex((item) => item.text === target.text);
      expect(posting.corrections.origins[index]).toBe("edited");
      expect(posting.analysis.requirements[index]).toMatchObject({ kind: "preferred", minYears: 3, skills: [{ id: "python", name: "Python" }] });
    };
    await check();
    await reanalyzePosting(user.id, postingId);
    await check();
  });

  it("lists a correction whose requirement is gone instead of losing it, and drops can be undone", async () => {
    const { user, postingId } = await postingOf("orphan");
    await saveCorrection(user.id, correctionInput(postingId, "A line this posting never had"));
    const target = (await getPosting(user.id, postingId)).analysis.requirements[0];
    await saveCorrection(user.id, correctionInput(postingId, target.text, { action: "drop", spanStart: target.span[0], spanEnd: target.span[1] }));
    const posting = await getPosting(user.id, postingId);
    expect(posting.corrections.orphaned.map((item) => item.text)).toEqual(["A line this posting never had"]);
    expect(posting.corrections.dropped.map((item) => item.text)).toEqual([target.text]);
    await deleteCorrection(user.id, posting.corrections.dropped[0].correctionId);
    expect((await getPosting(user.id, postingId)).corrections.dropped).toEqual([]);
  });

  it("the report pages' raw query reads the same record (requirements, corrections, aliases) as the Prisma query", async () => {
    const { user, postingId } = await postingOf("raw-record");
    const target = (await getPosting(user.id, postingId)).analysis.requirements.find((item) => item.text.includes("PostgreSQL"))!;
    await saveCorrection(user.id, correctionInput(postingId, target.text, { spanStart: target.span[0], spanEnd: target.span[1] }));
    await saveCorrection(user.id, correctionInput(postingId, "A line this posting never had", { action: "add", minYears: "" }));
    await teachAlias(user.id, { phrase: "elephant database", skillId: "python" });
    const [viaPrisma] = await listPostingRecordsByIds(user.id, [postingId]);
    expect(viaPrisma.corrections).toHaveLength(2);
    expect(viaPrisma.aliases).toHaveLength(1);
    expect(await getPostingRecord(user.id, postingId)).toEqual(viaPrisma);
    expect(await getPostingRecordForShare(postingId)).toEqual({ posting: viaPrisma, ownerId: user.id });
    const stranger = await createTestUser("raw-stranger");
    await expect(getPostingRecord(stranger.id, postingId)).rejects.toMatchObject({ code: "not_found" });
  });

  it("never touches another user's posting or correction", async () => {
    const { user, postingId } = await postingOf("owner");
    const stranger = await createTestUser("stranger");
    await expect(saveCorrection(stranger.id, correctionInput(postingId, "Proficiency in Java and Python programming languages"))).rejects.toMatchObject({ code: "not_found" });
    await expect(reanalyzePosting(stranger.id, postingId)).rejects.toMatchObject({ code: "not_found" });
    await saveCorrection(user.id, correctionInput(postingId, "Proficiency in Java and Python programming languages"));
    const [row] = await db.requirementCorrection.findMany({ where: { postingId } });
    await expect(deleteCorrection(stranger.id, row.id)).rejects.toMatchObject({ code: "not_found" });
    await expect(loadComparedPostings(stranger.id, [postingId, postingId + "x"], "2026-12-01")).rejects.toMatchObject({ code: "not_found" });
  });

  it("rejects skills that are not in the taxonomy and years out of range", () => {
    expect(CorrectionSchema.safeParse({ postingId: "p", action: "edit", text: "Some text", spanStart: 0, spanEnd: 4, kind: "must", minYears: "", skillIds: ["Klingon programming"] }).success).toBe(false);
    expect(CorrectionSchema.safeParse({ postingId: "p", action: "edit", text: "Some text", spanStart: 0, spanEnd: 4, kind: "must", minYears: "99", skillIds: [] }).success).toBe(false);
  });

  it("applies a taught alias to every posting of the person, and only theirs", async () => {
    const { user, postingId } = await postingOf("alias");
    const other = await postingOf("alias-other");
    await teachAlias(user.id, { phrase: "cloud technologies", skillId: "python" });
    const mine = (await getPosting(user.id, postingId)).analysis.requirements.find((item) => item.text.includes("cloud technologies"))!;
    expect(mine.skills.map((skill) => skill.id)).toContain("python");
    const theirs = (await getPosting(other.user.id, other.postingId)).analysis.requirements.find((item) => item.text.includes("cloud technologies"))!;
    expect(theirs.skills.map((skill) => skill.id)).not.toContain("python");
  });
});

describe("labelled share links", () => {
  it("keeps several links with their own expiry; expired and revoked ones stop working", async () => {
    const { user, postingId } = await postingOf("links");
    const week = await createLabelledShareLink(user.id, { postingId, label: "Recruiter", expiresInDays: 7 });
    const never = await createLabelledShareLink(user.id, { postingId, label: null, expiresInDays: null });
    const old = await createLabelledShareLink(user.id, { postingId, label: "Old", expiresInDays: 7 }, new Date(Date.now() - 8 * 24 * 3600 * 1000));
    expect(week.expiresAt!.getTime() - Date.now()).toBeGreaterThan(6.9 * 24 * 3600 * 1000);
    expect(never.expiresAt).toBeNull();
    expect((await listShareLinks(user.id, postingId)).map((link) => link.label).sort()).toEqual([null, "Recruiter"].sort());
    expect(await openShareLinkState(old.token)).toBeNull();
    expect((await openShareLinkState(week.token))?.postingId).toBe(postingId);
    const stranger = await createTestUser("links-stranger");
    await expect(revokeShareLink(stranger.id, week.id)).rejects.toMatchObject({ code: "not_found" });
    await revokeShareLink(user.id, week.id);
    expect(await openShareLinkState(week.token)).toBeNull();
    expect((await openShareLinkState(never.token))?.postingId).toBe(postingId);
  });
});

describe("dashboard page query", () => {
  it("filters, sorts and pages in SQL, only over the user's postings", async () => {
    const user = await createTestUser("page");
    for (const [title, company] of [["Alpha role", "Zeta"], ["Beta role", "Acme"], ["Gamma role", null]] as const) {
      await createPosting(user.id, { description: LLM_POSTING, title, company });
    }
    await postingOf("page-other");
    const all = await findPostingPage(user.id, { q: "", sort: "company", page: 1 }, 2);
    expect(all.total).toBe(3);
    expect(all.rows.map((row) => row.id)).toHaveLength(2);
    const byCompany = await Promise.all(all.rows.map((row) => row.id).map((id) => getPosting(user.id, id)));
    expect(byCompany.map((posting) => posting.company)).toEqual(["Acme", "Zeta"]);
    const second = await findPostingPage(user.id, { q: "", sort: "company", page: 2 }, 2);
    expect(second.rows).toHaveLength(1);
    const filtered = await findPostingPage(user.id, { q: "beta", sort: "fit", page: 1 }, 10);
    expect(filtered.total).toBe(1);
    const percent = await findPostingPage(user.id, { q: "100%", sort: "date", page: 1 }, 10);
    expect(percent.total).toBe(0);
  });
});

describe("track editing", () => {
  it("changes title, units, pace and skills, keeping progress, and refuses a total below units done", async () => {
    const user = await createTestUser("track-edit");
    const { id } = await createStudyTrack(user.id, { title: "Old", provider: null, url: null, unit: "lecture", unitsDone: 3, unitsTotal: 10, hoursPerUnit: 1, startedOn: "2026-11-01", targetOn: null, skills: [{ name: "Go", levelAtCompletion: 5 }] }, "2026-11-20");
    await updateStudyTrack(user.id, { trackId: id, title: "New", unit: "module", unitsTotal: 12, hoursPerUnit: 2, targetOn: "2027-01-31", skills: [{ name: "Python", levelAtCompletion: 7 }] });
    const [track] = await listStudyTracks(user.id);
    expect(track).toMatchObject({ title: "New", unit: "module", unitsTotal: 12, unitsDone: 3, hoursPerUnit: 2, targetOn: "2027-01-31" });
    expect(track.skills.map((skill) => skill.name)).toEqual(["Python"]);
    expect(track.progress).toHaveLength(1);
    await expect(updateStudyTrack(user.id, { trackId: id, title: "New", unit: "module", unitsTotal: 2, hoursPerUnit: 2, targetOn: null, skills: [] })).rejects.toMatchObject({ code: "invalid_input" });
    const stranger = await createTestUser("track-stranger");
    await expect(updateStudyTrack(stranger.id, { trackId: id, title: "X", unit: "module", unitsTotal: 12, hoursPerUnit: 2, targetOn: null, skills: [] })).rejects.toMatchObject({ code: "not_found" });
  });
});
