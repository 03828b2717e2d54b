import { extractRequirements } from "@/lib/analysis/extract";
import { countReport, describeCounts, listRuleForText, scorePosting } from "@/lib/analysis/score";

describe("list rules on the issue's own lines", () => {
  test.each([
    ["Fluent in at least two of: Dutch / English / French", 3, { atLeast: 2 }],
    ["Experience with two or more of: Docker, Kubernetes, Terraform, Airflow", 4, { atLeast: 2 }],
    ["Experience with PostgreSQL or MySQL", 2, "any"],
    ["Cloud experience such as AWS, GCP, Azure", 3, "any"],
    ["A modern language (e.g. Go, Rust)", 2, "any"],
    ["Python/Java", 2, "any"],
    ["Familiarity with RAG, agentic systems, and MCP", 3, "all"],
    ["Experience with CI/CD and Docker", 2, "all"],
    ["5+ years with Java and Spring", 2, "all"],
    ["Experience with any of the following: Go, Rust, C++", 3, "any"],
  ])("%s -> %j", (text, count, rule) => {
    expect(listRuleForText(text, count)).toEqual(rule);
  });

  test("English and French meet 'at least two of: Dutch / English / French'", () => {
    const analysis = extractRequirements("Requirements\n- Fluent in at least two of: Dutch / English / French");
    const profile = {
      skills: [
        { skillId: null, name: "English", level: 9, years: 20 },
        { skillId: null, name: "French", level: 8, years: 5 },
      ],
      tracks: [],
    };
    const report = scorePosting(analysis, profile, { today: "2026-12-03" });
    expect(report.requirements[0]).toEqual(expect.objectContaining({ status: "met", rule: { atLeast: 2 } }));
    expect(report.requirements[0].why).toContain("at least 2 of");
  });

  test("a relative never meets 'RAG, agentic systems, and MCP'", () => {
    const analysis = extractRequirements("Requirements\n- Familiarity with RAG, agentic systems, and MCP");
    const profile = { skills: [{ skillId: null, name: "Machine learning", level: 4, years: 3 }, { skillId: null, name: "Large language models", level: 9, years: 3 }], tracks: [] };
    const report = scorePosting(analysis, profile, { today: "2026-12-03" });
    expect(report.requirements[0].status).not.toBe("met");
  });
});

describe("one definition of the counts", () => {
  test("not scored lines are neither met nor gap; open gaps are must-haves partial or gap", () => {
    const counts = countReport([
      { kind: "must", scored: true, status: "gap" },
      { kind: "must", scored: true, status: "gap" },
      { kind: "must", scored: true, status: "partial" },
      { kind: "must", scored: true, status: "partial" },
      { kind: "must", scored: false, status: "gap" },
      { kind: "must", scored: false, status: "gap" },
      { kind: "preferred", scored: true, status: "met" },
    ]);
    expect(counts.must).toEqual({ total: 6, met: 0, partial: 2, gap: 2, notScored: 2 });
    expect(counts.openGaps).toBe(4);
    expect(describeCounts(counts.must)).toBe("0 of 6 met · 2 partial · 2 gap · 2 not scored");
    expect(describeCounts(counts.preferred)).toBe("1 of 1 met");
  });
});

describe("list rules leave years and one-thing slashes alone", () => {
  test.each([
    ["8+ years of software engineering experience, at least 2 of them writing production Rust with Tokio", 3, "all"],
    ["Expert Swift, including Swift Concurrency (async/await, actors)", 3, "all"],
    ["Two or more years of experience with Go and gRPC", 2, "all"],
  ])("%s -> %j", (text, count, rule) => {
    expect(listRuleForText(text, count)).toEqual(rule);
  });
});
