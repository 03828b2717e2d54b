import { estimateTrackPace, scorePosting } from "@/lib/analysis/score";
import { fixtureGraph, posting, requirement, track } from "./fixtures";

const TODAY = "2026-11-15";

describe("estimateTrackPace", () => {
  test("units done over days since the start", () => {
    const pace = estimateTrackPace(track("t", [], 2, 20, { startedOn: "2026-11-01" }), TODAY);
    expect(pace).toEqual(expect.objectContaining({ basis: "pace", daysToComplete: 126 }));
    expect(pace.unitsPerDay).toBeCloseTo(1 / 7, 10);
  });

  test("without progress, the target date sets the pace", () => {
    const pace = estimateTrackPace(track("t", [], 0, 10, { startedOn: "2026-11-01", targetOn: "2026-12-15" }), TODAY);
    expect(pace).toEqual(expect.objectContaining({ basis: "target", daysToComplete: 30 }));
  });

  test("without progress or target the pace is unknown; a finished track is done", () => {
    expect(estimateTrackPace(track("t", [], 0, 10, { startedOn: "2026-11-01" }), TODAY).basis).toBe("unknown");
    expect(estimateTrackPace(track("t", [], 10, 10), TODAY).basis).toBe("done");
  });
});

describe("readiness date per posting", () => {
  const analysis = posting([requirement("Experience with Python", ["python"]), requirement("Experience with Java", ["java"])]);

  test("is the day the slowest needed track gets there", () => {
    const profile = {
      skills: [],
      tracks: [
        track("fast", [["python", 6]], 7, 14, { startedOn: "2026-11-08" }), // 1 a day, 7 left
        track("slow", [["java", 6]], 1, 3, { startedOn: "2026-11-01" }), // 1 per 14 days, 2 left
      ],
    };
    const report = scorePosting(analysis, profile, { today: TODAY, graph: fixtureGraph });
    expect(report.fitProjected).toBe(100);
    expect(report.readinessDate).toBe("2026-12-13");
    expect(report.readinessNote).toContain("slow");
  });

  test("is null, naming the track, when a needed track has no pace", () => {
    const profile = { skills: [], tracks: [track("CS234", [["java", 6]], 0, 10, { startedOn: "2026-11-01" })] };
    const report = scorePosting(analysis, profile, { today: TODAY, graph: fixtureGraph });
    expect(report.readinessDate).toBeNull();
    expect(report.readinessNote).toContain("CS234");
  });

  test("is null when no track adds anything, and the note says what no track covers", () => {
    const report = scorePosting(analysis, { skills: [], tracks: [] }, { today: TODAY, graph: fixtureGraph });
    expect(report.readinessDate).toBeNull();
    expect(report.readinessNote).toBe("No study track covers Python, Java.");
  });

  test("is null when study so far already reaches the projected fit, and never repeats a date", () => {
    const done = { skills: [], tracks: [track("done", [["python", 6]], 5, 5, { startedOn: "2026-11-01" })] };
    const report = scorePosting(analysis, done, { today: TODAY, graph: fixtureGraph });
    expect(report.readinessDate).toBeNull();
    expect(report.readinessNote).toContain("No study track covers Java");
    const moving = scorePosting(analysis, { skills: [], tracks: [track("t", [["java", 6]], 2, 20, { startedOn: "2026-11-01" })] }, { today: TODAY, graph: fixtureGraph });
    expect(moving.readinessDate).not.toBeNull();
    expect(moving.readinessNote).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  });

  test("a faster pace never gives a later date", () => {
    const at = (done: number) =>
      scorePosting(analysis, { skills: [], tracks: [track("t", [["java", 6]], done, 20, { startedOn: "2026-11-01" })] }, { today: TODAY, graph: fixtureGraph })
        .readinessDate!;
    const dates = [1, 2, 4, 8, 16].map(at);
    expect(dates).toEqual([...dates].sort().reverse());
  });
});
