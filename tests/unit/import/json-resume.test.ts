import fs from "node:fs";
import path from "node:path";
import { levelFromResume, previewResumeImport, profileToJsonResumeSkills, skillsToImport } from "@/lib/analysis/import/json-resume";
import { JsonResumeSchema, JsonResumeSkillsSchema, type JsonResume } from "@/lib/schemas/json-resume";

const TODAY = "2026-12-03";

function loadResume(name: string): JsonResume {
  const json = JSON.parse(fs.readFileSync(path.join(__dirname, "../../fixtures/resumes", name), "utf8"));
  return JsonResumeSchema.parse(json);
}

function byName(preview: ReturnType<typeof previewResumeImport>) {
  return new Map(preview.changes.map((change) => [change.name, change]));
}

describe("levelFromResume", () => {
  it.each([
    ["Master", 9],
    ["expert", 9],
    ["Advanced", 7],
    ["Intermediate", 5],
    ["Beginner", 2],
    ["Native Speaker", 10],
    ["Fluent", 8],
    ["9/10", 9],
    ["4/5", 8],
    ["80%", 8],
    ["7", 7],
    [60, 6],
    [3, 3],
  ] as const)("reads %p as %p", (level, expected) => {
    expect(levelFromResume(level)).toBe(expected);
  });

  it.each([[""], [undefined], ["Wizard"], [250]])("has no level for %p", (level) => {
    expect(levelFromResume(level as string | undefined)).toBeNull();
  });
});

describe("previewResumeImport", () => {
  it("maps the official sample resume: group names and keywords through the taxonomy, the rest left out", () => {
    const preview = previewResumeImport(loadResume("sample-official-shape.json"), [], TODAY);
    const skills = byName(preview);
    expect([...skills.keys()].sort()).toEqual(["CSS", "English", "HTML", "JavaScript", "Web development"]);
    expect(skills.get("JavaScript")).toMatchObject({ level: 9, years: 0, source: "Web Development > JavaScript", status: "new", current: null });
    expect(skills.get("English")).toMatchObject({ level: 10 });
    expect(preview.unmapped).toEqual(["Compression", "Mpeg", "MP4", "GIF"]);
  });

  it("takes years from the work entries that name a skill, overlapping jobs once, a missing end as today", () => {
    const skills = byName(previewResumeImport(loadResume("backend-engineer.json"), [], TODAY));
    // 2016-01..2021-02 (freelance overlaps Shopwise) and 2021-03..today: 130 months.
    expect(skills.get("Python")).toMatchObject({ level: 7, years: 10.8 });
    // Shopwise only: 2017-09..2021-02.
    expect(skills.get("Django")).toMatchObject({ level: 7, years: 3.4 });
    expect(skills.get("Kubernetes")).toMatchObject({ level: 5, years: 5.8, source: "Infrastructure > Kubernetes" });
    // "Go" is named nowhere in the work history (and "go" as a word would not count).
    expect(skills.get("Go")).toMatchObject({ level: 2, years: 0 });
    expect(skills.get("Tamil")).toMatchObject({ level: 10 });
  });

  it("reads numeric, fraction and missing levels, and year-only dates", () => {
    const preview = previewResumeImport(loadResume("data-scientist.json"), [], TODAY);
    const skills = byName(preview);
    expect(skills.get("Python")).toMatchObject({ level: 9, years: 5.3 });
    expect(skills.get("PyTorch")).toMatchObject({ level: 9, years: 2.3 });
    expect(skills.get("R")).toMatchObject({ level: 7, years: 2.9 });
    expect(skills.get("SQL")).toMatchObject({ level: 5, years: 0 });
    expect(skills.get("Apache Airflow")).toMatchObject({ level: 6 });
    expect(skills.get("Snowflake")).toMatchObject({ level: 5, years: 7.5 });
    expect(preview.unmapped).toEqual([]);
  });

  it("shows what would change against the current profile, and never lowers a claim", () => {
    const current = [
      { skillId: "python", name: "Python", level: 9, years: 12 },
      { skillId: "django", name: "Django", level: 4, years: 1 },
      { skillId: "redis", name: "Redis", level: 7, years: 6 },
    ];
    const preview = previewResumeImport(loadResume("backend-engineer.json"), current, TODAY);
    const skills = byName(preview);
    expect(skills.get("Python")).toMatchObject({ status: "unchanged", level: 9, years: 12, current: { level: 9, years: 12 } });
    expect(skills.get("Django")).toMatchObject({ status: "raised", level: 7, years: 3.4, current: { level: 4, years: 1 } });
    expect(skills.get("Redis")).toMatchObject({ status: "unchanged" });
    expect(skills.get("Terraform")).toMatchObject({ status: "new" });
    const stored = skillsToImport(preview).map((skill) => skill.name);
    expect(stored).toContain("Django");
    expect(stored).not.toContain("Python");
  });
});

describe("profileToJsonResumeSkills", () => {
  it("exports skills as a JSON Resume skills section, strongest first, with level words that read back", () => {
    const exported = profileToJsonResumeSkills([
      { skillId: "go", name: "Go", level: 3, years: 1 },
      { skillId: "python", name: "Python", level: 9, years: 6 },
      { skillId: null, name: "Juggling", level: 5, years: 0 },
    ]);
    expect(JsonResumeSkillsSchema.parse(exported)).toEqual(exported);
    expect(exported.skills).toEqual([
      { name: "Python", level: "Master", keywords: [] },
      { name: "Juggling", level: "Intermediate", keywords: [] },
      { name: "Go", level: "Beginner", keywords: [] },
    ]);
    expect(exported.skills.map((skill) => levelFromResume(skill.level))).toEqual([9, 5, 2]);
  });
});
