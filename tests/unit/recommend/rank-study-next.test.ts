import { rankStudyNext } from "@/lib/analysis/recommend";
import { fixtureGraph, posting, requirement, skill, track } from "../score/fixtures";

describe("rankStudyNext", () => {
  const first = posting([
    requirement("Experience with Python", ["python"]),
    requirement("Experience with distributed systems", ["distributed-systems"]),
    requirement("Familiarity with MLflow", ["mlflow"], "preferred"),
  ]);
  const second = posting([requirement("Experience with distributed systems", ["distributed-systems"]), requirement("Experience with Java", ["java"])]);

  test("sums must-have gains over postings, biggest first, ignoring preferred skills", () => {
    const items = rankStudyNext([{ analysis: first }, { analysis: second }], { skills: [], tracks: [] }, { graph: fixtureGraph });
    expect(items[0]).toEqual(expect.objectContaining({ skillId: "distributed-systems", gain: 100 }));
    expect(items[0].postings).toHaveLength(2);
    expect(items.map((item) => item.skillId)).not.toContain("mlflow");
    expect(items.slice(1).map((item) => [item.skillId, item.gain])).toEqual([
      ["java", 50],
      ["python", 50],
    ]);
  });

  test("skills already covered drop out; study in progress is reported", () => {
    const profile = {
      skills: [skill("Python", 9)],
      tracks: [track("MIT 6.824", [["distributed-systems", 8]], 5, 20)],
    };
    const items = rankStudyNext([{ analysis: first }], profile, { graph: fixtureGraph });
    expect(items.map((item) => item.skillId)).toEqual(["distributed-systems"]);
    expect(items[0].studyingIn).toEqual(["MIT 6.824"]);
    expect(items[0].studyingLevel).toBe(2);
    expect(items[0].gain).toBeCloseTo(100 * (1 - 2 / 6) / 2, 1);
  });
});
