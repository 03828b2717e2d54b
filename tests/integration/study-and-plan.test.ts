import { db } from "@/lib/server/db";
import { createPosting } from "@/lib/server/services/postings";
import { saveProfileSkill } from "@/lib/server/services/profile-skills";
import { buildPostingReport, listPostingReports } from "@/lib/server/services/posting-reports";
import { setSessionDone } from "@/lib/server/data/prep-plans";
import { createPrepPlan, loadLatestPrepPlan } from "@/lib/server/services/prep-plans";
import { importProfile } from "@/lib/server/data/profile-transfer";
import { exportProfile } from "@/lib/server/services/profile-transfer";
import { listFitHistories, listFitHistory } from "@/lib/server/data/fit-snapshots";
import { recordFitSnapshots } from "@/lib/server/services/fit-snapshots";
import { createStudyTrack, recordTrackProgress } from "@/lib/server/data/study-tracks";
import { parseProfileFile } from "@/lib/analysis/profile-file";
import { StudyTrackSchema } from "@/lib/schemas/track";
import { seedCatalog, seedDemoUser } from "@/seeds/seed-database";
import { DEMO_ACCOUNT } from "@/seeds/demo-profile";
import { createTestUser, LLM_POSTING } from "@/tests/support/factories";

jest.setTimeout(60_000);
beforeAll(() => seedCatalog());
afterAll(() => db.$disconnect());

const TODAY = "2026-11-24";

describe("reports with study tracks", () => {
  it("counts study as its own credit, not as fit now, and raises projected fit", async () => {
    const user = await createTestUser("study");
    const { id } = await createPosting(user.id, { description: LLM_POSTING, title: null, company: null });
    await saveProfileSkill(user.id, { name: "Python", level: 8, years: 6 });
    const before = (await buildPostingReport(user.id, id, TODAY)).report;

    const track = await createStudyTrack(
      user.id,
      StudyTrackSchema.parse({ title: "Java course", unit: "module", unitsDone: 2, unitsTotal: 10, startedOn: "2026-11-01", skills: [{ name: "Java", levelAtCompletion: 8 }] }),
      TODAY,
    );
    const after = (await buildPostingReport(user.id, id, TODAY)).report;
    expect(after.fit).toBe(before.fit);
    expect(after.fitStudying).toBeGreaterThan(before.fitStudying);
    expect(after.fitProjected).toBeGreaterThan(before.fitProjected);
    expect(after.readinessDate).not.toBeNull();

    await recordTrackProgress(user.id, track.id, 6, TODAY);
    const further = (await buildPostingReport(user.id, id, TODAY)).report;
    expect(further.fitStudying).toBeGreaterThanOrEqual(after.fitStudying);
  });

  it("records a fit snapshot only when a fit changes", async () => {
    const user = await createTestUser("history");
    const { id } = await createPosting(user.id, { description: LLM_POSTING, title: null, company: null });
    await recordFitSnapshots(user.id);
    await recordFitSnapshots(user.id);
    expect(await listFitHistory(user.id, id)).toHaveLength(1);
    await saveProfileSkill(user.id, { name: "Java", level: 9, years: 8 });
    await recordFitSnapshots(user.id);
    const history = await listFitHistory(user.id, id);
    expect(history).toHaveLength(2);
    expect(history[1].fit).toBeGreaterThan(history[0].fit);
    expect((await listFitHistories(user.id)).get(id)).toEqual(history);
    const stranger = await createTestUser("stranger");
    expect(await listFitHistory(stranger.id, id)).toEqual([]);
    expect((await listFitHistories(stranger.id)).size).toBe(0);
  });
});

describe("prep plans", () => {
  it("schedules the top gaps within days x hours, and ticks sessions off for the owner only", async () => {
    const user = await createTestUser("plan");
    await createPosting(user.id, { description: LLM_POSTING, title: "Backend", company: null });
    const { id } = await createPrepPlan(user.id, { postingId: null, days: 3, hoursPerDay: 2, startDate: TODAY });
    const stored = (await loadLatestPrepPlan(user.id))!;
    expect(stored.id).toBe(id);
    expect(stored.plan.days).toHaveLength(3);
    for (const day of stored.plan.days) expect(day.sessions.reduce((sum, s) => sum + s.hours, 0)).toBeLessThanOrEqual(2);
    const session = stored.plan.days[0].sessions[0];

    const intruder = await createTestUser("intruder");
    await expect(setSessionDone(intruder.id, id, session.id, true)).rejects.toMatchObject({ code: "not_found" });
    await setSessionDone(user.id, id, session.id, true);
    expect((await loadLatestPrepPlan(user.id))!.plan.days[0].sessions[0].done).toBe(true);
    expect(await loadLatestPrepPlan(intruder.id)).toBeNull();
  });

  it("builds a second user's plan from their own posting's gaps, with nothing of the seed's interview", async () => {
    const user = await createTestUser("own-plan");
    const ml = "Machine Learning Engineer\n\nRequirements\n- 3+ years of experience with Python\n- Experience with PyTorch or TensorFlow\n- Familiarity with RAG, agentic systems, and MCP";
    const { id: postingId } = await createPosting(user.id, { description: ml, title: null, company: null });
    await saveProfileSkill(user.id, { name: "Python", level: 8, years: 6 });
    await createPrepPlan(user.id, { postingId, days: 5, hoursPerDay: 3, startDate: TODAY });
    const stored = (await loadLatestPrepPlan(user.id))!;
    const text = JSON.stringify(stored.plan);
    expect(text).not.toMatch(/KYC|FastAPI|\/predict|STAR stor|hiring manager/i);
    const themes = new Set(stored.plan.days.flatMap((day) => day.sessions.map((session) => session.themeId)));
    expect(themes).not.toContain("domain-kyc");
    expect(themes).not.toContain("behavioural");
    expect(stored.plan.days[4].title).toBe("Mock interview and weak-spot fixes");
    expect(stored.plan.days.flatMap((day) => day.sessions).some((session) => session.skillIds.includes("pytorch"))).toBe(true);
  }, 60_000);

  it("explains that a plan needs a posting", async () => {
    const user = await createTestUser("empty-plan");
    await expect(createPrepPlan(user.id, { postingId: null, days: 7, hoursPerDay: 4, startDate: TODAY })).rejects.toMatchObject({ code: "invalid_input" });
  });
});

describe("profile export and import", () => {
  it("round-trips skills and tracks and merges instead of duplicating", async () => {
    const source = await createTestUser("export");
    await saveProfileSkill(source.id, { name: "kdb+", level: 7, years: 6 });
    await createStudyTrack(source.id, StudyTrackSchema.parse({ title: "MIT 6.824", unit: "lecture", unitsDone: 1, unitsTotal: 20, skills: [{ name: "Distributed systems", levelAtCompletion: 7 }] }), TODAY);
    const file = await exportProfile(source.id);
    expect(file.skills).toEqual([expect.objectContaining({ name: "kdb+", level: 7, years: 6 })]);

    const target = await createTestUser("import");
    const parsed = parseProfileFile(JSON.parse(JSON.stringify(file)));
    if (!parsed.ok) throw new Error(parsed.issues.join("; "));
    await importProfile(target.id, parsed.profile, TODAY);
    await importProfile(target.id, parsed.profile, TODAY);
    const imported = await exportProfile(target.id);
    expect(imported.skills).toEqual(file.skills);
    expect(imported.tracks).toHaveLength(1);
    expect(imported.tracks[0]).toMatchObject({ title: "MIT 6.824", done: 1, total: 20 });
  });
});

describe("seed data", () => {
  it("creates the demo account once, with the first user's tracks and both seed postings analysed", async () => {
    await seedDemoUser(TODAY);
    expect(await seedDemoUser(TODAY)).toBeNull();
    const demo = await db.user.findUniqueOrThrow({ where: { email: DEMO_ACCOUNT.email } });
    const { reports } = await listPostingReports(demo.id, TODAY);
    expect(reports.map((r) => r.posting.title).sort()).toEqual(["KDB+ Lead Software Engineer", "Senior Back-end Engineer, LLM services"]);
    for (const { report } of reports) {
      expect(report.fit).toBeGreaterThan(0);
      expect(report.fitProjected).toBeGreaterThanOrEqual(report.fit);
    }
    const tracks = await db.studyTrack.findMany({ where: { userId: demo.id }, select: { title: true, unitsDone: true, unitsTotal: true } });
    expect(tracks).toEqual(expect.arrayContaining([expect.objectContaining({ title: expect.stringMatching(/6\.824/), unitsDone: 1, unitsTotal: 20 })]));
    expect(await db.resource.count({ where: { userId: null } })).toBeGreaterThanOrEqual(60);
    const plan = await loadLatestPrepPlan(demo.id);
    expect(plan?.plan.days).toHaveLength(7);
    // The seed's own themed plan is the demo account's data.
    expect(plan?.plan.days[6].title).toBe("Full mock interviews and weak-spot fixes");
  });
});
