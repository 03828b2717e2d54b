/**
 * Issue 8, point 5, against the real database: the dashboard and the report count must-haves
 * (met / partial / gap / not scored) and open gaps from one definition, so they always agree.
 */
import { db } from "@/lib/server/db";
import { createTestUser } from "@/tests/support/factories";
import { createPosting } from "@/lib/server/services/postings";
import { saveProfileSkill } from "@/lib/server/services/profile-skills";
import { buildPostingReport, listPostingReports } from "@/lib/server/services/posting-reports";
import { countReport } from "@/lib/analysis/score";

jest.setTimeout(60_000);
afterAll(() => db.$disconnect());

const MIXED_POSTING = `Senior Platform Engineer

Requirements
- 5+ years of experience with Java
- Experience with PostgreSQL or MySQL
- Familiarity with Docker and Kubernetes
- A passion for mentoring and clear writing about the team's craft
- Fluent in at least two of: Dutch / English / French

Nice to have
- Experience with Kafka`;

describe("report counts", () => {
  it("are the same on the dashboard and in the report, and match the requirement list", async () => {
    const user = await createTestUser("counts");
    await saveProfileSkill(user.id, { name: "Java", level: 5, years: 2 });
    await saveProfileSkill(user.id, { name: "English", level: 9, years: 20 });
    await saveProfileSkill(user.id, { name: "Docker", level: 6, years: 2 });
    await saveProfileSkill(user.id, { name: "PostgreSQL", level: 8, years: 5 });
    const { id } = await createPosting(user.id, { description: MIXED_POSTING, title: null, company: null });

    const today = "2026-12-03";
    const dashboard = await listPostingReports(user.id, today);
    const onDashboard = dashboard.reports.find((entry) => entry.posting.id === id)!.report.counts;
    const { report } = await buildPostingReport(user.id, id, today);

    expect(onDashboard).toEqual(report.counts);
    expect(report.counts).toEqual(countReport(report.requirements));
    const musts = report.requirements.filter((item) => item.kind === "must");
    expect(report.counts.must.total).toBe(musts.length);
    expect(report.counts.must.met + report.counts.must.partial + report.counts.must.gap + report.counts.must.notScored).toBe(musts.length);
    expect(report.counts.must.notScored).toBe(musts.filter((item) => !item.scored).length);
    expect(report.counts.openGaps).toBe(musts.filter((item) => item.scored && item.status !== "met").length);
    // PostgreSQL meets "PostgreSQL or MySQL"; Docker alone is half of "Docker and Kubernetes".
    expect(report.counts.must.met).toBeGreaterThan(0);
    expect(report.counts.must.partial).toBeGreaterThan(0);
  });
});
