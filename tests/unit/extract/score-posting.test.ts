import { evalKey, scorePosting, totalScores, type GoldPosting } from "@/lib/analysis/eval/score-posting";
import type { PostingAnalysis, PostingSkill } from "@/lib/analysis/types";

function skill(name: string, kind: "must" | "preferred", aliases: string[] = [], minYears: number | null = null): PostingSkill {
  return { id: name.toLowerCase(), name, aliases, kind, minYears };
}

function analysis(skills: PostingSkill[], overallMinYears: number | null = null): PostingAnalysis {
  return { title: null, company: null, overallMinYears, requirements: [], skills };
}

const GOLD: GoldPosting = {
  file: "x.txt",
  must: [
    { skill: "Java", aliases: [], minYears: 5 },
    { skill: "Spring Framework", aliases: ["Spring"], minYears: 5 },
    { skill: "PostgreSQL", aliases: ["Postgres"] },
  ],
  preferred: [{ skill: "Go", aliases: ["Golang"] }],
  overallMinYears: null,
};

describe("scoring an extraction against gold labels (../shared/eval/README.md)", () => {
  test("names compare ignoring case, spaces, dots, hyphens and slashes", () => {
    expect(evalKey("Node.js")).toBe(evalKey("node js"));
    expect(evalKey("CI/CD")).toBe(evalKey("ci-cd"));
    expect(evalKey("C#")).not.toBe(evalKey("C"));
  });

  test("a gold skill is found through any alias on either side; kind and years are compared on found skills", () => {
    const score = scorePosting(
      GOLD,
      analysis([
        skill("Java", "must", [], 5),
        skill("Spring Boot", "must", ["Spring"], 3),
        skill("Golang", "must"),
        skill("Kafka", "preferred"),
      ]),
    );
    expect(score.found).toBe(3);
    expect(score.missed.map((m) => m.skill)).toEqual(["PostgreSQL"]);
    expect(score.matchedExtracted).toBe(3);
    expect(score.falsePositives.map((f) => f.skill)).toEqual(["Kafka"]);
    expect(score.kindErrors).toEqual([{ skill: "Go", expected: "preferred", actual: "must" }]);
    // Years: Java 5 ok, Spring 5 vs 3 wrong, plus the posting's overall (null = null) ok.
    expect([score.yearsAgree, score.yearsItems]).toEqual([2, 3]);
  });

  test("totals are ratios over all postings", () => {
    const perfect = scorePosting(GOLD, analysis([skill("Java", "must", [], 5), skill("Spring", "must", [], 5), skill("Postgres", "must"), skill("Go", "preferred")]));
    const empty = scorePosting(GOLD, analysis([], 3));
    const totals = totalScores([perfect, empty]);
    expect(totals.recall).toBeCloseTo(4 / 8);
    expect(totals.precision).toBe(1);
    expect(totals.kindAccuracy).toBe(1);
    expect(totals.yearsAccuracy).toBeCloseTo(3 / 4); // 3 items agree in the first, the second's overall 3 vs null fails
  });
});
