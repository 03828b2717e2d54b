/** Reports are computed once per change of their inputs, stored, and read back while nothing changed. */
import { db } from "@/lib/server/db";
import { createPosting } from "@/lib/server/services/postings";
import { saveProfileSkill } from "@/lib/server/services/profile-skills";
import { buildPostingReport, listPostingReports } from "@/lib/server/services/posting-reports";
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
