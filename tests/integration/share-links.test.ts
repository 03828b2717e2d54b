import { db } from "@/lib/server/db";
import { createPosting } from "@/lib/server/services/postings";
import { createShareLink, findActiveShareLink, openShareLinkState, revokeShareLinks } from "@/lib/server/data/share-links";
import { configureShareViewBatching, flushShareViews } from "@/lib/server/data/share-link-views";
import { runShutdownTasks } from "@/lib/server/shutdown";
import { buildPostingReport, buildSharedReport, clearPostingReportCache } from "@/lib/server/services/posting-reports";
import { saveCorrection } from "@/lib/server/data/corrections";
import { CorrectionSchema } from "@/lib/schemas/correction";
import { saveProfileSkill } from "@/lib/server/services/profile-skills";
import { createTestUser, LLM_POSTING } from "@/tests/support/factories";

afterAll(() => db.$disconnect());

async function postingOf(prefix: string) {
  const user = await createTestUser(prefix);
  const { id } = await createPosting(user.id, { description: LLM_POSTING, title: "Shared", company: null });
  return { user, postingId: id };
}

describe("share links", () => {
  it("creates one unguessable link per posting that opens the report and counts views", async () => {
    const { user, postingId } = await postingOf("share");
    const link = await createShareLink(user.id, postingId);
    expect(link.token).toMatch(/^[A-Za-z0-9_-]{43}$/); // 256 bits
    expect((await createShareLink(user.id, postingId)).token).toBe(link.token);

    const shared = await buildSharedReport(link.token, "2026-11-24");
    expect(shared?.posting.id).toBe(postingId);
    expect(JSON.stringify(shared)).not.toContain(user.email);
    await flushShareViews();
    expect((await findActiveShareLink(user.id, postingId))?.viewCount).toBe(1);
  });

  it("stops working once revoked, and a new link differs", async () => {
    const { user, postingId } = await postingOf("revoke");
    const link = await createShareLink(user.id, postingId);
    await revokeShareLinks(user.id, postingId);
    expect(await openShareLinkState(link.token)).toBeNull();
    expect(await buildSharedReport(link.token, "2026-11-24")).toBeNull();
    expect((await createShareLink(user.id, postingId)).token).not.toBe(link.token);
  });

  it("a link viewed before (its report kept in memory) stops at once when revoked or expired", async () => {
    clearPostingReportCache();
    const { user, postingId } = await postingOf("cached-revoke");
    const link = await createShareLink(user.id, postingId);
    const first = await buildSharedReport(link.token, "2026-11-24");
    expect(first?.posting.id).toBe(postingId);
    // The second view is served from memory (the very same object), after checking the link.
    expect(await buildSharedReport(link.token, "2026-11-24")).toBe(first);
    await revokeShareLinks(user.id, postingId);
    expect(await buildSharedReport(link.token, "2026-11-24")).toBeNull();

    const again = await createShareLink(user.id, postingId);
    expect((await buildSharedReport(again.token, "2026-11-24"))?.posting.id).toBe(postingId);
    await db.shareLink.updateMany({ where: { token: again.token }, data: { expiresAt: new Date(Date.now() - 1_000) } });
    expect(await buildSharedReport(again.token, "2026-11-24")).toBeNull();
  });

  it("a viewed link shows a change of the posting, of the owner's profile or a new day at once", async () => {
    clearPostingReportCache();
    const { user, postingId } = await postingOf("cached-change");
    const link = await createShareLink(user.id, postingId);
    const first = await buildSharedReport(link.token, "2026-11-24");
    expect(first?.posting.title).toBe("Shared");

    await db.posting.update({ where: { id: postingId }, data: { title: "Renamed" } });
    const renamed = await buildSharedReport(link.token, "2026-11-24");
    expect(renamed?.posting.title).toBe("Renamed");

    await saveProfileSkill(user.id, { name: "PostgreSQL", level: 8, years: 6 });
    const skilled = await buildSharedReport(link.token, "2026-11-24");
    expect(skilled).not.toBe(renamed);
    expect(skilled!.report.fit).toBeGreaterThan(renamed!.report.fit);
    expect(await buildSharedReport(link.token, "2026-11-24")).toBe(skilled);

    expect(await buildSharedReport(link.token, "2026-11-25")).not.toBe(skilled);
  });

  it("the owner's report is kept in memory per input revisions: only for its owner, and a correction shows at once", async () => {
    clearPostingReportCache();
    const { user, postingId } = await postingOf("cached-owner");
    const first = await buildPostingReport(user.id, postingId, "2026-11-24");
    expect(await buildPostingReport(user.id, postingId, "2026-11-24")).toBe(first);
    const intruder = await createTestUser("cached-intruder");
    await expect(buildPostingReport(intruder.id, postingId, "2026-11-24")).rejects.toMatchObject({ code: "not_found" });

    const target = first.posting.analysis.requirements[0];
    await saveCorrection(user.id, CorrectionSchema.parse({ postingId, action: "drop", text: target.text, spanStart: target.span[0], spanEnd: target.span[1], kind: "must", minYears: "", skillIds: [] }));
    const corrected = await buildPostingReport(user.id, postingId, "2026-11-24");
    expect(corrected).not.toBe(first);
    expect(corrected.posting.corrections.dropped.map((item) => item.text)).toEqual([target.text]);
    // The shared page of the same posting reads the same kept report.
    const link = await createShareLink(user.id, postingId);
    expect(await buildSharedReport(link.token, "2026-11-24")).toBe(corrected);
  });

  it("rejects malformed and unknown tokens", async () => {
    expect(await openShareLinkState("")).toBeNull();
    expect(await openShareLinkState("../../etc/passwd")).toBeNull();
    expect(await openShareLinkState("A".repeat(43))).toBeNull();
  });

  it("does not let another user share or revoke a posting", async () => {
    const { user, postingId } = await postingOf("owner");
    const intruder = await createTestUser("intruder");
    const link = await createShareLink(user.id, postingId);
    await expect(createShareLink(intruder.id, postingId)).rejects.toMatchObject({ code: "not_found" });
    await expect(revokeShareLinks(intruder.id, postingId)).rejects.toMatchObject({ code: "not_found" });
    expect((await openShareLinkState(link.token))?.postingId).toBe(postingId);
  });
});

describe("share view counting", () => {
  const DEFAULTS = { flushAfterMs: 5_000, flushAtViews: 500 };
  // Views the tests above left pending are written first, so each test counts only its own.
  beforeEach(() => flushShareViews());
  afterEach(() => configureShareViewBatching(DEFAULTS));

  const viewsOf = async (token: string) => db.shareLink.findUniqueOrThrow({ where: { token }, select: { viewCount: true, lastViewedAt: true } });
  async function waitForViews(token: string, expected: number) {
    for (let attempt = 0; attempt < 100 && (await viewsOf(token)).viewCount < expected; attempt++) await new Promise((resolve) => setTimeout(resolve, 100));
    return (await viewsOf(token)).viewCount;
  }

  it("counts views without a write per view, and writes them all in one flush", async () => {
    configureShareViewBatching({ flushAfterMs: 600_000, flushAtViews: 10_000 });
    const { user, postingId } = await postingOf("views");
    const first = await createShareLink(user.id, postingId);
    const second = await createTestUser("views-2").then(async (other) => {
      const { id } = await createPosting(other.id, { description: LLM_POSTING, title: "Other", company: null });
      return createShareLink(other.id, id);
    });
    for (let view = 0; view < 30; view++) expect((await openShareLinkState(first.token))?.postingId).toBe(postingId);
    for (let view = 0; view < 7; view++) await openShareLinkState(second.token);
    // Thirty-seven views, and the rows are as they were: no view wrote.
    expect(await viewsOf(first.token)).toEqual({ viewCount: 0, lastViewedAt: null });
    expect(await flushShareViews()).toBe(37);
    expect((await viewsOf(first.token)).viewCount).toBe(30);
    expect((await viewsOf(second.token)).viewCount).toBe(7);
    expect((await viewsOf(first.token)).lastViewedAt!.getTime()).toBeGreaterThan(Date.now() - 60_000);
    expect(await flushShareViews()).toBe(0);
  });

  it("writes by itself after a batch of views, and after a while", async () => {
    const { user, postingId } = await postingOf("views-auto");
    const { token } = await createShareLink(user.id, postingId);
    configureShareViewBatching({ flushAfterMs: 600_000, flushAtViews: 5 });
    for (let view = 0; view < 5; view++) await openShareLinkState(token);
    expect(await waitForViews(token, 5)).toBe(5);
    configureShareViewBatching({ flushAfterMs: 200, flushAtViews: 10_000 });
    await openShareLinkState(token);
    expect(await waitForViews(token, 6)).toBe(6);
  });

  it("adds to what other instances wrote, and writes what is pending at shutdown", async () => {
    configureShareViewBatching({ flushAfterMs: 600_000, flushAtViews: 10_000 });
    const { user, postingId } = await postingOf("views-shutdown");
    const { token } = await createShareLink(user.id, postingId);
    await db.shareLink.update({ where: { token }, data: { viewCount: 40 } }); // another instance's flush
    for (let view = 0; view < 3; view++) await openShareLinkState(token);
    await runShutdownTasks();
    expect((await viewsOf(token)).viewCount).toBe(43);
  });
});
