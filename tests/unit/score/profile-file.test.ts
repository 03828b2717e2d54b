import { parseProfileFile, profileToFile } from "@/lib/analysis/profile-file";
import { buildReportForCli, ProfileFileError } from "@/lib/analysis/report-for-cli";
import type { PostingAnalysis, Resource } from "@/lib/analysis/types";

const CONTRACT_EXAMPLE = {
  skills: [{ name: "Python", level: 8, years: 6 }],
  tracks: [{ title: "MIT 6.824", skills: ["Distributed systems"], done: 1, total: 20 }],
};

describe("profile file", () => {
  test("the contract's example converts, names resolved through the taxonomy", () => {
    const parsed = parseProfileFile(CONTRACT_EXAMPLE);
    if (!parsed.ok) throw new Error(parsed.issues.join("; "));
    expect(parsed.profile.skills).toEqual([{ skillId: "python", name: "Python", level: 8, years: 6 }]);
    expect(parsed.profile.tracks[0]).toEqual(
      expect.objectContaining({
        id: "track-mit-6-824",
        title: "MIT 6.824",
        unitsDone: 1,
        unitsTotal: 20,
        skills: [{ skillId: "distributed-systems", name: "Distributed systems", levelAtCompletion: 6 }],
      }),
    );
  });

  test("aliases resolve to the same skill; unknown names are kept with a null id", () => {
    const parsed = parseProfileFile({ skills: [{ name: "Postgres", level: 5 }, { name: "Underwater basket weaving", level: 9, years: 2 }] });
    if (!parsed.ok) throw new Error(parsed.issues.join("; "));
    expect(parsed.profile.skills).toEqual([
      { skillId: "postgresql", name: "PostgreSQL", level: 5, years: 0 },
      { skillId: null, name: "Underwater basket weaving", level: 9, years: 2 },
    ]);
  });

  test("invalid files are refused with readable issues", () => {
    const parsed = parseProfileFile({ skills: [{ name: "Python", level: 12 }], tracks: [{ title: "X", done: 5, total: 2 }] });
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.issues.some((issue) => issue.startsWith("skills.0.level"))).toBe(true);
      expect(parsed.issues.some((issue) => issue.startsWith("tracks.0.done"))).toBe(true);
    }
    expect(parseProfileFile("not a profile").ok).toBe(false);
  });

  test("export then import gives the same profile", () => {
    const parsed = parseProfileFile({
      ...CONTRACT_EXAMPLE,
      tracks: [
        {
          title: "MIT 6.824",
          skills: ["Distributed systems", { name: "Fault tolerance", level: 7 }],
          done: 2,
          total: 20,
          unit: "lecture",
          hoursPerUnit: 3,
          startedOn: "2026-11-01",
          progress: [{ date: "2026-11-08", done: 2 }],
        },
      ],
    });
    if (!parsed.ok) throw new Error(parsed.issues.join("; "));
    const again = parseProfileFile(JSON.parse(JSON.stringify(profileToFile(parsed.profile))));
    if (!again.ok) throw new Error(again.issues.join("; "));
    expect(again.profile).toEqual(parsed.profile);
  });
});

describe("buildReportForCli", () => {
  const analysis: PostingAnalysis = {
    title: "Back-end engineer",
    company: null,
    overallMinYears: null,
    requirements: [
      { text: "Proficiency in Python", section: null, kind: "must", minYears: 5, span: [0, 21], skills: [{ id: "python", name: "Python" }] },
      { text: "Experience with distributed systems", section: null, kind: "must", minYears: null, span: [22, 57], skills: [{ id: "distributed-systems", name: "Distributed systems" }] },
    ],
    skills: [],
  };
  const catalog: Resource[] = [
    { id: "ddia", title: "Designing Data-Intensive Applications", url: "https://dataintensive.net/", kind: "book", hours: 35, provider: null, skills: [{ skillId: "distributed-systems", level: 7 }] },
  ];

  test("returns exactly the contract's report object", () => {
    const report = buildReportForCli(analysis, CONTRACT_EXAMPLE, { today: "2026-11-15", catalog });
    expect(Object.keys(report).sort()).toEqual(["fit", "fitProjected", "readinessDate", "recommendations", "requirements"]);
    expect(report.fit).toBe(50);
    expect(report.fitProjected).toBeGreaterThan(report.fit);
    expect(report.requirements).toEqual([
      { index: 0, coverage: 1, status: "met", rule: "all", why: expect.any(String) },
      { index: 1, coverage: 0, status: "gap", rule: "all", why: expect.stringContaining("studying") },
    ]);
    expect(report.recommendations[0]).toEqual({
      skill: "Distributed systems",
      title: "Finish MIT 6.824: modules 2-20",
      url: null,
      hours: 19,
    });
    for (const recommendation of report.recommendations) {
      expect(Object.keys(recommendation).sort()).toEqual(["hours", "skill", "title", "url"]);
    }
  });

  test("refuses an invalid profile with its issues", () => {
    expect(() => buildReportForCli(analysis, { skills: "Python" }, { today: "2026-11-15", catalog })).toThrow(ProfileFileError);
  });
});
