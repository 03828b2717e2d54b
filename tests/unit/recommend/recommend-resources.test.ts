import { recommendResources } from "@/lib/analysis/recommend";
import { scorePosting } from "@/lib/analysis/score";
import type { Profile, Resource } from "@/lib/analysis/types";
import { fixtureGraph, posting, requirement, skill, track } from "../score/fixtures";

const TODAY = "2026-11-15";

function resource(id: string, hours: number, skills: Record<string, number>, url: string | null = `https://example.org/${id}`): Resource {
  return { id, title: id, url, kind: "course", hours, provider: null, skills: Object.entries(skills).map(([skillId, level]) => ({ skillId, level })) };
}

function recommend(analysis: ReturnType<typeof posting>, profile: Profile, catalog: Resource[], limit?: number) {
  const report = scorePosting(analysis, profile, { today: TODAY, graph: fixtureGraph });
  return recommendResources(analysis, report, profile, catalog, { graph: fixtureGraph, limit });
}

const analysis = posting([
  requirement("Deep understanding of distributed systems", ["distributed-systems"]),
  requirement("Proficiency in Python", ["python"]),
  requirement("Familiarity with MLflow", ["mlflow"], "preferred"),
]);

describe("recommendResources", () => {
  test("ranks by coverage gained per hour", () => {
    const catalog = [resource("long-python", 40, { python: 7 }), resource("short-python", 4, { python: 7 }), resource("mlflow-docs", 2, { mlflow: 6 })];
    const result = recommend(analysis, { skills: [skill("Distributed systems", 9)], tracks: [] }, catalog);
    expect(result.map((item) => item.id)).toEqual(["short-python", "mlflow-docs"]);
    expect(result[0].gainPerHour).toBeGreaterThan(result[1].gainPerHour);
    expect(result[0]).toEqual(expect.objectContaining({ skill: "Python", skillId: "python", hours: 4 }));
  });

  test("does not recommend a second resource for a gap the first one closed", () => {
    const catalog = [resource("a", 4, { python: 7 }), resource("b", 5, { python: 7 })];
    const result = recommend(analysis, { skills: [], tracks: [] }, catalog);
    expect(result.map((item) => item.id)).toEqual(["a"]);
  });

  test("prefers finishing a track in progress, worded with the units left", () => {
    const mit = track("mit", [["distributed-systems", 8]], 1, 20, {
      title: "MIT 6.824",
      url: "https://pdos.csail.mit.edu/6.824/schedule.html",
      hoursPerUnit: 1.5,
    });
    const catalog = [
      resource("ddia", 35, { "distributed-systems": 8 }),
      resource("mit-catalog", 30, { "distributed-systems": 8 }, "https://pdos.csail.mit.edu/6.824/schedule.html/"),
    ];
    const result = recommend(analysis, { skills: [skill("Python", 8)], tracks: [mit] }, catalog);
    expect(result[0]).toEqual(expect.objectContaining({ kind: "track", id: "mit", title: "Finish MIT 6.824: lectures 2-20", hours: 28.5 }));
    // The catalog copy of the same course is the track; the book adds nothing once it is finished.
    expect(result.map((item) => item.id)).toEqual(["mit"]);
  });

  test("recommends nothing when everything is covered, and nothing that does not help", () => {
    const full = { skills: [skill("Distributed systems", 10), skill("Python", 10), skill("MLflow", 10)], tracks: [] };
    expect(recommend(analysis, full, [resource("a", 1, { python: 9 })])).toEqual([]);
    expect(recommend(analysis, { skills: [], tracks: [] }, [resource("java", 1, { java: 9 })])).toEqual([]);
  });

  test("is deterministic and respects the limit", () => {
    const catalog = Array.from({ length: 12 }, (_, index) => resource(`r${index}`, 1 + index, { [["python", "mlflow", "distributed-systems", "mlops"][index % 4]]: 3 + (index % 5) }));
    const first = recommend(analysis, { skills: [], tracks: [] }, catalog, 3);
    expect(first).toHaveLength(3);
    expect(recommend(analysis, { skills: [], tracks: [] }, catalog, 3)).toEqual(first);
  });
});
