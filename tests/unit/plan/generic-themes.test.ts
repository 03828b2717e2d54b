import { extractRequirements } from "@/lib/analysis/extract";
import { buildPlanForCli } from "@/lib/analysis/report-for-cli";
import { RESOURCE_CATALOG } from "@/seeds/resources";

const ML_POSTING = `Machine Learning Engineer, satellite imagery

Requirements
- 3+ years of experience with Python
- Experience with PyTorch
- Familiarity with RAG, agentic systems, and MCP`;

const DESIGN_POSTING = `Staff Backend Engineer

Requirements
- Strong experience with Go
- Experience designing distributed systems and system design at scale`;

function plan(text: string, profile?: unknown) {
  return buildPlanForCli(extractRequirements(text), profile, { today: "2026-12-03", catalog: [...RESOURCE_CATALOG], days: 5, hoursPerDay: 3 });
}

describe("generic day themes shaped by the posting", () => {
  test("an ML posting's plan holds its own gaps, a project and a mock interview, nothing of the seed", () => {
    const result = plan(ML_POSTING, { skills: [{ name: "Python", level: 8, years: 6 }] });
    const text = JSON.stringify(result);
    expect(text).not.toMatch(/KYC|FastAPI|\/predict|STAR|hiring manager/i);
    const skills = new Set(result.days.flatMap((day) => day.sessions.map((session) => session.skill)));
    expect(skills).toContain("PyTorch");
    expect(skills).toContain("Model Context Protocol");
    expect(skills).not.toContain("Python"); // already met
    expect(result.days.map((day) => day.theme).some((theme) => theme.startsWith("Build a small project with"))).toBe(true);
    expect(result.days[4].theme).toBe("Mock interview and weak-spot fixes");
    expect(result.days[4].sessions[0].title).toMatch(/^Mock technical interview on the must-haves: .*PyTorch/);
    // No system design unless the posting asks for it.
    expect(text).not.toMatch(/system design/i);
  });

  test("system design appears when the posting asks for it", () => {
    const text = JSON.stringify(plan(DESIGN_POSTING));
    expect(text).toMatch(/Sketch a system this role would build/);
    expect(text).toMatch(/Mock system design/);
  });

  test("every session has hours, and a plan fills at most the hours asked per day", () => {
    const result = plan(ML_POSTING);
    for (const day of result.days) {
      const hours = day.sessions.reduce((sum, session) => sum + session.hours, 0);
      expect(hours).toBeLessThanOrEqual(3);
      for (const session of day.sessions) expect(session.hours).toBeGreaterThan(0);
    }
  });
});
