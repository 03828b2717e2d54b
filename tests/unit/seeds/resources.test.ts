import { getSkill } from "@/lib/analysis/taxonomy";
import { RESOURCE_CATALOG, seedResources } from "@/seeds/resources";
import { STUDY_TRACK_SEEDS, seedStudyTracks } from "@/seeds/study-tracks";
import { PREP_PLAN_THEMES } from "@/seeds/prep-plan";

const missing = (ids: string[]) => [...new Set(ids.filter((id) => !getSkill(id)))].sort();

describe("resource catalog", () => {
  test("holds at least 60 resources with unique ids, links, kinds and hours", () => {
    expect(RESOURCE_CATALOG.length).toBeGreaterThanOrEqual(60);
    expect(new Set(RESOURCE_CATALOG.map((resource) => resource.id)).size).toBe(RESOURCE_CATALOG.length);
    expect(new Set(RESOURCE_CATALOG.map((resource) => resource.url)).size).toBe(RESOURCE_CATALOG.length);
    for (const resource of RESOURCE_CATALOG) {
      expect(resource.url).toMatch(/^https?:\/\/[^\s]+$/);
      expect(resource.hours).toBeGreaterThan(0);
      expect(resource.skills.length).toBeGreaterThan(0);
      for (const skill of resource.skills) {
        expect(skill.level).toBeGreaterThanOrEqual(1);
        expect(skill.level).toBeLessThanOrEqual(10);
      }
    }
  });

  test("every resource skill id exists in the taxonomy", () => {
    expect(missing(RESOURCE_CATALOG.flatMap((resource) => resource.skills.map((skill) => skill.skillId)))).toEqual([]);
  });

  test("covers the areas the issue names", () => {
    const taught = new Set(RESOURCE_CATALOG.flatMap((resource) => resource.skills.map((skill) => skill.skillId)));
    for (const id of ["kdb-plus", "q", "kdb-plus-tick", "distributed-systems", "retrieval-augmented-generation", "model-context-protocol", "mlops", "amazon-web-services", "microsoft-azure", "system-design", "software-testing", "communication", "terraform", "fastapi", "know-your-customer"]) {
      expect(taught).toContain(id);
    }
    expect(seedResources()).toEqual(RESOURCE_CATALOG);
  });
});

describe("study tracks and prep plan seeds", () => {
  test("every study track and theme skill id exists in the taxonomy", () => {
    expect(missing(STUDY_TRACK_SEEDS.flatMap((seed) => Object.keys(seed.skills)))).toEqual([]);
    expect(missing(PREP_PLAN_THEMES.flatMap((theme) => theme.skills))).toEqual([]);
  });

  test("the study list is seeded with its progress, dated from the start date", () => {
    const tracks = seedStudyTracks({ startedOn: "2026-11-01" });
    expect(tracks).toHaveLength(14);
    const mit = tracks.find((track) => track.title.startsWith("MIT 6.824"))!;
    expect([mit.unit, mit.unitsDone, mit.unitsTotal]).toEqual(["lecture", 1, 20]);
    expect(mit.progress).toEqual([{ date: "2026-11-08", unitsDone: 1 }]);
    const guide = tracks.find((track) => track.url === "https://github.com/aishwaryanr/awesome-generative-ai-guide")!;
    expect([guide.unit, guide.unitsDone]).toEqual(["week", 2]);
    expect(tracks.filter((track) => track.unitsDone > 0)).toHaveLength(2);
    expect(new Set(tracks.map((track) => track.id)).size).toBe(tracks.length);
  });
});
