import { rankStudyNext } from "@/lib/analysis/recommend";
import type { Profile } from "@/lib/analysis/types";
import { generatePostings } from "@/seeds/many-postings";
import { rankStudyNextReference } from "./rank-study-next-reference";

/**
 * The linear ranking (issue 11: 27 s for 1,000 postings before) must pick the same skills, with
 * the same gains and the same postings, as the quadratic one it replaced.
 */
const PROFILES: Record<string, Profile> = {
  empty: { skills: [], tracks: [] },
  "a few skills": {
    skills: [
      { skillId: "python", name: "Python", level: 7, years: 4 },
      { skillId: "postgresql", name: "PostgreSQL", level: 6, years: 3 },
      { skillId: "aws", name: "AWS", level: 4, years: 1 },
      { skillId: null, name: "Underwater basket weaving", level: 9, years: 9 },
    ],
    tracks: [],
  },
  "skills and a track half done": {
    skills: [{ skillId: "java", name: "Java", level: 5, years: 2 }],
    tracks: [
      {
        id: "track-1",
        title: "Distributed systems course",
        provider: null,
        url: null,
        unit: "lecture",
        unitsDone: 10,
        unitsTotal: 20,
        hoursPerUnit: 1.5,
        startedOn: "2026-11-01",
        targetOn: null,
        skills: [
          { skillId: "distributed-systems", name: "Distributed systems", levelAtCompletion: 8 },
          { skillId: "kubernetes", name: "Kubernetes", levelAtCompletion: 6 },
        ],
        progress: [],
      },
    ],
  },
};

describe("rankStudyNext agrees with the quadratic reference", () => {
  for (const [label, profile] of Object.entries(PROFILES)) {
    test(`${label}: 25 generated postings, the first 12 picks`, () => {
      const postings = generatePostings(25, label.length).map(({ analysis }) => ({ analysis }));
      const linear = rankStudyNext(postings, profile, { limit: 12 });
      expect(linear.length).toBeGreaterThan(5);
      expect(linear).toEqual(rankStudyNextReference(postings, profile, { limit: 12 }));
    });
  }

  test("every pick on a few postings, where re-measuring decides most of the order", () => {
    const postings = generatePostings(6, 7).map(({ analysis }) => ({ analysis }));
    const profile = PROFILES["a few skills"];
    expect(rankStudyNext(postings, profile)).toEqual(rankStudyNextReference(postings, profile));
  });
});
