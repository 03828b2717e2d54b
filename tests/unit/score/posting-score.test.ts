import { scorePosting } from "@/lib/analysis/score";
import type { Profile } from "@/lib/analysis/types";
import {
  EMPTY_PROFILE,
  WORKED_POSTING,
  WORKED_PROFILE,
  WORKED_TODAY,
  fixtureGraph,
  posting,
  requirement,
  skill,
  track,
} from "./fixtures";

const options = { today: WORKED_TODAY, graph: fixtureGraph };

describe("scorePosting: the worked example of docs/scoring.md", () => {
  const report = scorePosting(WORKED_POSTING, WORKED_PROFILE, options);

  test("per requirement coverage and status", () => {
    const rows = report.requirements.map((row) => [row.coverage, row.status]);
    expect(rows[0]).toEqual([0.8, "met"]);
    expect(rows[1]).toEqual([0.6, "partial"]);
    expect(rows[2]).toEqual([0, "gap"]);
    expect(rows[3]).toEqual([0.5, "partial"]);
    expect(report.requirements[2].studying).toBeCloseTo(8 * 0.1 / 9, 10);
    expect(report.requirements[2].coverageProjected).toBeCloseTo(8 / 9, 10);
  });

  test("fit now, studying, projected and readiness", () => {
    expect(report.fit).toBe(47);
    expect(report.fitStudying).toBe(49);
    expect(report.fitProjected).toBe(73);
    expect(report.tracks).toEqual([
      expect.objectContaining({ trackId: "mit-6824", basis: "pace", completesOn: "2027-03-21", unitsPerWeek: 1 }),
    ]);
    expect(report.readinessDate).toBe("2027-03-18");
  });

  test("every requirement says why, naming the evidence", () => {
    expect(report.requirements[0].why).toContain("3 of 5 years");
    expect(report.requirements[1].why).toContain("your PostgreSQL");
    expect(report.requirements[2].why).toBe(
      "Must: asks for deep understanding / expert (level 9) in Distributed systems. Distributed systems: nothing you can claim yet. " +
        "Not claimable yet: studying Distributed systems in MIT 6.824 Distributed Systems (2/20 lectures): 8% now, 88% when complete.",
    );
    expect(report.requirements[3].why).toContain("any one of");
  });
});

describe("scorePosting: the model's promises", () => {
  const analysis = posting([
    requirement("Proficiency in Python", ["python"], "must", 3),
    requirement("Deep understanding of kdb+ and q", ["kdb-plus", "q"], "must", 7),
    requirement("Experience with relational databases", ["relational-databases"]),
    requirement("Familiarity with MLflow", ["mlflow"], "preferred"),
  ]);

  test("an empty profile scores 0", () => {
    const report = scorePosting(analysis, EMPTY_PROFILE, options);
    expect(report.fit).toBe(0);
    expect(report.fitProjected).toBe(0);
    expect(report.requirements.every((row) => row.status === "gap")).toBe(true);
  });

  test("every required skill at level 10 with enough years scores 100", () => {
    const everything: Profile = {
      skills: ["Python", "kdb+", "q", "Relational databases", "MLflow"].map((name) => skill(name, 10, 10)),
      tracks: [],
    };
    const report = scorePosting(analysis, everything, options);
    expect(report.fit).toBe(100);
    expect(report.fitProjected).toBe(100);
    expect(report.dealbreakers).toEqual([]);
  });

  test("a must counts more than a preferred", () => {
    const must = posting([requirement("Experience with Python", ["python"]), requirement("Experience with Java", ["java"], "preferred")]);
    const withMust = scorePosting(must, { skills: [skill("Python", 6)], tracks: [] }, options);
    const withPreferred = scorePosting(must, { skills: [skill("Java", 6)], tracks: [] }, options);
    expect(withMust.fit).toBeGreaterThan(withPreferred.fit);
    expect(withMust.fit).toBe(75);
    expect(withPreferred.fit).toBe(25);
  });

  test("a must with a large years gap is a dealbreaker; a small gap is not", () => {
    const short = scorePosting(analysis, { skills: [skill("Python", 7, 3), skill("kdb+", 8, 2), skill("q", 8, 5)], tracks: [] }, options);
    expect(short.dealbreakers).toEqual([expect.objectContaining({ index: 1, minYears: 7, yearsHave: 2 })]);
    expect(short.requirements[1].why).toContain("Dealbreaker");
    const close = scorePosting(analysis, { skills: [skill("Python", 7, 2), skill("kdb+", 8, 5), skill("q", 8, 5)], tracks: [] }, options);
    expect(close.dealbreakers).toEqual([]);
  });

  test("related skills give partial credit, never full", () => {
    const child = scorePosting(analysis, { skills: [skill("PostgreSQL", 10, 20)], tracks: [] }, options);
    expect(child.requirements[2].coverage).toBe(0.6);
    const umbrella = posting([requirement("Experience with PostgreSQL", ["postgresql"])]);
    const parent = scorePosting(umbrella, { skills: [skill("Relational databases", 10, 20)], tracks: [] }, options);
    expect(parent.requirements[0].coverage).toBe(0.3);
    expect(parent.fit).toBeLessThan(100);
  });

  test("study never counts as a claim, even when the track is finished", () => {
    const studied: Profile = { skills: [], tracks: [track("course", [["mlflow", 10], ["python", 10]], 10, 10)] };
    const report = scorePosting(analysis, studied, options);
    expect(report.fit).toBe(0);
    expect(report.fitStudying).toBeGreaterThan(0);
    expect(report.requirements[3].status).toBe("gap");
    expect(report.requirements[3].statusProjected).toBe("met");
    // Study adds level, never years: a years ask stays half-met until experience is claimed.
    expect(report.requirements[0].coverageProjected).toBe(0.5);
  });

  test("synonyms score the same", () => {
    const db = posting([requirement("Experience with PostgreSQL", ["postgresql"])]);
    const names = ["PostgreSQL", "Postgres", "psql", "postgres"];
    const fits = names.map((name) => scorePosting(db, { skills: [skill(name, 6, 2, null)], tracks: [] }, options).fit);
    expect(new Set(fits)).toEqual(new Set([100]));
  });

  test("an 'or' list counts the best skill; an 'and' list averages", () => {
    const anyOf = posting([requirement("Experience with AWS, GCP or Azure", ["amazon-web-services", "google-cloud-platform", "microsoft-azure"])]);
    const allOf = posting([requirement("Experience with AWS, GCP and Azure", ["amazon-web-services", "google-cloud-platform", "microsoft-azure"])]);
    const profile = { skills: [skill("AWS", 6)], tracks: [] };
    expect(scorePosting(anyOf, profile, options).fit).toBe(100);
    expect(scorePosting(allOf, profile, options).fit).toBe(33);
  });

  test("a line with no known skill is shown but not counted", () => {
    const withUnknown = posting([requirement("Experience with Python", ["python"]), requirement("A positive attitude", [])]);
    const report = scorePosting(withUnknown, { skills: [skill("Python", 6)], tracks: [] }, options);
    expect(report.fit).toBe(100);
    expect(report.requirements[1]).toEqual(expect.objectContaining({ scored: false, status: "gap" }));
    expect(report.requirements[1].why).toContain("not counted");
  });
});
