import { rankStudyNext } from "@/lib/analysis/recommend";
import { fixtureGraph, posting, requirement, skill, track } from "../score/fixtures";

describe("rankStudyNext", () => {
  const first = posting([
    requirement("Experience with Python", ["python"]),
    requirement("Experience with distributed systems", ["distributed-systems"]),
    requirement("Familiarity with MLflow", ["mlflow"], "preferred"),
  ]);
  const second = posting([requirement("Experience with distributed systems", ["distributed-systems"]), requirement("Experience with Java", ["java"])]);

  test("sums fit gains over postings, biggest first: more postings and must over preferred rank higher", () => {
    const items = rankStudyNext([{ analysis: first }, { analysis: second }], { skills: [], tracks: [] }, { graph: fixtureGraph });
    // first: must 3 + must 3 + preferred 1 = 7; second: 3 + 3 = 6.
    expect(items[0]).toEqual(expect.objectContaining({ skillId: "distributed-systems", gain: 92.9, mustPostings: 2 }));
    expect(items[0].postings).toHaveLength(2);
    expect(items.map((item) => [item.skillId, item.gain])).toEqual([
      ["distributed-systems", 92.9],
      ["java", 50],
      ["python", 42.9],
      ["mlflow", 14.3],
    ]);
  });

  test("skills already covered drop out; study in progress is reported", () => {
    const profile = {
      skills: [skill("Python", 9)],
      tracks: [track("MIT 6.824", [["distributed-systems", 8]], 5, 20)],
    };
    const items = rankStudyNext([{ analysis: first }], profile, { graph: fixtureGraph });
    expect(items.map((item) => item.skillId)).toEqual(["distributed-systems", "mlflow"]);
    expect(items[0].studyingIn).toEqual(["MIT 6.824"]);
    expect(items[0].studyingLevel).toBe(2);
    expect(items[0].gain).toBeCloseTo((100 * 3 * (1 - 2 / 6)) / 7, 1);
  });
});
