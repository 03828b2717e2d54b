/** Reports are computed once per change of their inputs, stored, and read back while nothing changed. */
import { db } from "@/lib/server/db";
import { createPosting } from "@/lib/server/services/postings";
import { saveProfileSkill } from "@/lib/server/services/profile-skills";
import { buildPostingReport, clearPostingReportCache, listPostingReports } from "@/lib/server/services/posting-reports";
import { addResource } from "@/lib/server/data/resources";
import { loadStudyNext, readStudyNext } from "@/lib/server/services/study-next";
import { findPostingPage } from "@/lib/server/data/posting-page";
import type { GapReport } from "@/lib/analysis/score";
import { toPostingCardReport } from "@/lib/analysis/summary/posting-card";
import { topGaps } from "@/lib/analysis/summary/top-gaps";
import { createTestUser, LLM_POSTING } from "@/tests/support/factories";

afterAll(() => db.$disconnect());

const storedOf = (postingId: string) => db.storedReport.findUniqueOrThrow({ where: { postingId }, select: { inputsKey: true, computedAt: true, report: true } });

it("stores a report on first view, reads it back, and recomputes after a profile change or a new day", async () => {
  const user = await createTestUser("stored");
  const { id } = await createPosting(user.id, { description: LLM_POSTING, title: null, company: null });
  await saveProfileSkill(user.id, { name: "Python", level: 5, years: 2 });

  const first = await listPostingReports(user.id, "2026-11-24");
  const stored = await storedOf(id);
  // JSONB keeps numbers to 15-17 significant digits: compare what a person sees.
  const visible = (report: { fit: number; fitProjected: number; requirements: { status: string; why: string }[] }) => ({
    fit: report.fit,
    fitProjected: report.fitProjected,
    requirements: report.requirements.map(({ status, why }) => ({ status, why })),
  });
  expect(visible(stored.report as never)).toEqual(visible(first.reports[0].report as never));

  const again = await buildPostingReport(user.id, id, "2026-11-24");
  expect(visible(again.report as never)).toEqual(visible(stored.report as never));
  expect((await storedOf(id)).computedAt).toEqual(stored.computedAt); // read, not recomputed

  await saveProfileSkill(user.id, { name: "Python", level: 9, years: 6 });
  const after = await listPostingReports(user.id, "2026-11-24");
  const restored = await storedOf(id);
  expect(restored.inputsKey).not.toBe(stored.inputsKey);
  expect(after.reports[0].report.fit).toBeGreaterThan(first.reports[0].report.fit);

  await listPostingReports(user.id, "2026-11-25");
  expect((await storedOf(id)).inputsKey).not.toBe(restored.inputsKey);
});

it("never serves one user's stored report to another", async () => {
  const owner = await createTestUser("stored-owner");
  const other = await createTestUser("stored-other");
  const { id } = await createPosting(owner.id, { description: LLM_POSTING, title: null, company: null });
  await listPostingReports(owner.id, "2026-11-24");
  expect((await listPostingReports(other.id, "2026-11-24")).reports).toEqual([]);
  await expect(buildPostingReport(other.id, id, "2026-11-24")).rejects.toMatchObject({ code: "not_found" });
});

it("stores a posting's recommendations with its report and reads them back until the user's resources or the catalog change", async () => {
  const user = await createTestUser("stored-recommendations");
  const { id } = await createPosting(user.id, { description: LLM_POSTING, title: null, company: null });
  const recommendationsOf = async () => db.storedReport.findUniqueOrThrow({ where: { postingId: id }, select: { recommendationsKey: true, recommendations: true } });

  const first = await buildPostingReport(user.id, id, "2026-11-24");
  expect(first.recommendations.length).toBeGreaterThan(0);
  const stored = await recommendationsOf();
  expect((stored.recommendations as { id: string }[]).map((item) => item.id)).toEqual(first.recommendations.map((item) => item.id));

  // Read, not ranked again: a marked stored list comes back as it is (the copy kept in memory is
  // dropped first, so this reads the stored row; the memory copy has its own tests in share-links).
  await db.storedReport.update({ where: { postingId: id }, data: { recommendations: [{ ...first.recommendations[0], title: "marked" }] } });
  clearPostingReportCache();
  expect((await buildPostingReport(user.id, id, "2026-11-24")).recommendations.map((item) => item.title)).toEqual(["marked"]);

  // A resource of the user's own: ranked again (the stored list no longer matches its key).
  const { id: ownId } = await addResource(user.id, { title: "Own Java drill", url: null, kind: "course", hours: 1, provider: null, skills: ["Java"], level: 6 });
  const withOwn = await buildPostingReport(user.id, id, "2026-11-24");
  expect(withOwn.recommendations.map((item) => item.title)).not.toContain("marked");
  expect(withOwn.recommendations.map((item) => item.id)).toContain(ownId);
  const keyWithOwn = (await recommendationsOf()).recommendationsKey;
  expect(keyWithOwn).not.toBe(stored.recommendationsKey);

  // A change of the shared catalog: ranked again too.
  const catalogEntry = await db.resource.create({ data: { slug: `test-${ownId}`, title: "Catalog Java drill", kind: "course", hours: 0.5, skills: [{ skillId: "java", level: 6 }], skillIds: ["java"] } });
  try {
    await buildPostingReport(user.id, id, "2026-11-24");
    expect((await recommendationsOf()).recommendationsKey).not.toBe(keyWithOwn);
  } finally {
    await db.resource.delete({ where: { id: catalogEntry.id } });
  }

  // A new report (another day) starts without recommendations until one is asked for.
  await listPostingReports(user.id, "2026-11-25");
  expect((await recommendationsOf()).recommendations).toBeNull();
});

it("the dashboard query's card of a stored report is the card of the whole report", async () => {
  const user = await createTestUser("stored-card");
  const { id } = await createPosting(user.id, { description: LLM_POSTING, title: null, company: null });
  await saveProfileSkill(user.id, { name: "Java", level: 4, years: 1 });
  await listPostingReports(user.id, "2026-11-24");
  const whole = (await storedOf(id)).report as unknown as GapReport;
  const { rows } = await findPostingPage(user.id, { q: "", sort: "date", page: 1 }, 10);
  const card = rows[0].stored!.report;
  expect(card).toEqual(toPostingCardReport(whole));
  expect(card.requirements.length).toBeGreaterThan(1);
  expect(topGaps(card, 3)).toEqual(topGaps(whole, 3));
});

it("the dashboard's study-next summary read back from storage is the one ranked, postings counted", async () => {
  const user = await createTestUser("stored-study-next");
  await createPosting(user.id, { description: LLM_POSTING, title: "One", company: null });
  await createPosting(user.id, { description: LLM_POSTING, title: "Two", company: null });
  const ranked = await readStudyNext(user.id, 3); // none stored yet: ranked here and stored
  const read = await readStudyNext(user.id, 3); // read back through the summary query
  expect(read).toEqual(ranked);
  expect(read.items.length).toBe(3);
  expect(read.items[0].postingCount).toBe(2);
  const full = (await loadStudyNext(user.id)).slice(0, 3);
  expect(read.items.map((item) => [item.skillId, item.postingCount])).toEqual(full.map((item) => [item.skillId, item.postings.length]));
});
