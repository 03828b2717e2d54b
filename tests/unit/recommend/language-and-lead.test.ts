import { extractRequirements } from "@/lib/analysis/extract";
import { recommendResources } from "@/lib/analysis/recommend";
import { scorePosting } from "@/lib/analysis/score";
import { RESOURCE_CATALOG } from "@/seeds/resources";

const JAVA_POSTING = `Senior Java Back-end Engineer

Requirements
- 5+ years of professional experience with Java
- Strong experience with Spring Boot
- Experience writing clean code and unit tests
- Good communication skills

Nice to have
- Experience with Kafka`;

describe("recommendations for a Java + Spring posting whose dealbreaker is Java", () => {
  const analysis = extractRequirements(JAVA_POSTING);
  const profile = { skills: [{ skillId: "python", name: "Python", level: 8, years: 6 }], tracks: [] };
  const report = scorePosting(analysis, profile, { today: "2026-12-03" });
  const recommendations = recommendResources(analysis, report, profile, [...RESOURCE_CATALOG]);

  test("the lead closes the Java dealbreaker", () => {
    expect(report.dealbreakers.map((item) => item.skills)).toContainEqual(["Java"]);
    expect(recommendations[0]).toEqual(expect.objectContaining({ skill: "Java", title: "Effective Java, 3rd edition" }));
    expect(recommendations[0].reason).toMatch(/^Dealbreaker first/);
  });

  test("resources for another programming language are not offered", () => {
    expect(recommendations.map((item) => item.title)).not.toContain("Clean Code concepts adapted for Python");
    expect(recommendations.map((item) => item.skill)).not.toContain("Python");
  });

  test("a posting that asks no programming language keeps every resource", () => {
    const noLanguage = extractRequirements("Requirements\n- Experience writing clean code\n- Experience with unit testing");
    const none = { skills: [], tracks: [] };
    const titles = recommendResources(noLanguage, scorePosting(noLanguage, none, { today: "2026-12-03" }), none, [...RESOURCE_CATALOG], { limit: 20 }).map((item) => item.title);
    expect(titles).toContain("Clean Code concepts adapted for Python");
  });
});
