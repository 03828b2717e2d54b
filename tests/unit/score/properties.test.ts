import { scorePosting } from "@/lib/analysis/score";
import type { GapReport } from "@/lib/analysis/score";
import type { PostingAnalysis, Profile } from "@/lib/analysis/types";
import { fixtureGraph } from "./fixtures";
import { randomPosting, randomProfile, randomSkill, randomTrack } from "./generators";
import { seededRandom, type Random } from "./random";

const TODAY = "2026-11-15";
const CASES = 300;
const EPSILON = 1e-12;

function score(analysis: PostingAnalysis, profile: Profile): GapReport {
  return scorePosting(analysis, profile, { today: TODAY, graph: fixtureGraph });
}

/** Every number of `after` is at least the same number of `before`. */
function expectNotLower(before: GapReport, after: GapReport, context: string) {
  const failures: string[] = [];
  for (const key of ["fit", "fitStudying", "fitProjected"] as const) {
    if (after[key] < before[key]) failures.push(`${key} ${before[key]} -> ${after[key]}`);
  }
  before.requirements.forEach((requirement, index) => {
    const next = after.requirements[index];
    for (const key of ["coverage", "studying", "coverageProjected"] as const) {
      if (next[key] < requirement[key] - EPSILON) failures.push(`requirement ${index} ${key} ${requirement[key]} -> ${next[key]}`);
    }
  });
  if (after.dealbreakers.length > before.dealbreakers.length) failures.push("a dealbreaker appeared");
  if (failures.length > 0) throw new Error(`${context}: ${failures.join("; ")}`);
}

function runCases(seed: number, mutate: (random: Random, profile: Profile) => Profile | null, check = expectNotLower) {
  const random = seededRandom(seed);
  let checked = 0;
  for (let index = 0; index < CASES; index++) {
    const analysis = randomPosting(random);
    const profile = randomProfile(random);
    const changed = mutate(random, profile);
    if (!changed) continue;
    check(score(analysis, profile), score(analysis, changed), `case ${index} (seed ${seed})`);
    checked += 1;
  }
  expect(checked).toBeGreaterThan(CASES / 3);
}

describe("the score is monotone", () => {
  test("adding a skill never lowers any number", () => {
    runCases(1, (random, profile) => ({ ...profile, skills: [...profile.skills, randomSkill(random)] }));
  });

  test("raising a level never lowers any number", () => {
    runCases(2, (random, profile) => {
      if (profile.skills.length === 0) return null;
      const target = random.int(0, profile.skills.length - 1);
      const skills = profile.skills.map((skill, index) =>
        index === target ? { ...skill, level: Math.min(10, skill.level + random.int(1, 6) / 2) } : skill,
      );
      return { ...profile, skills };
    });
  });

  test("adding years never lowers any number", () => {
    runCases(3, (random, profile) => {
      if (profile.skills.length === 0) return null;
      const target = random.int(0, profile.skills.length - 1);
      const skills = profile.skills.map((skill, index) => (index === target ? { ...skill, years: skill.years + random.int(1, 6) } : skill));
      return { ...profile, skills };
    });
  });

  test("finishing a unit raises only the studying number, never fit now or projected", () => {
    runCases(
      4,
      (random, profile) => {
        const open = profile.tracks.filter((track) => track.unitsDone < track.unitsTotal);
        if (open.length === 0) return null;
        const target = random.pick(open);
        return { ...profile, tracks: profile.tracks.map((track) => (track === target ? { ...track, unitsDone: track.unitsDone + 1 } : track)) };
      },
      (before, after, context) => {
        expectNotLower(before, after, context);
        expect(after.fit).toBe(before.fit);
        expect(after.fitProjected).toBe(before.fitProjected);
      },
    );
  });

  test("adding a study track never lowers any number and never changes fit now", () => {
    runCases(
      5,
      (random, profile) => ({ ...profile, tracks: [...profile.tracks, randomTrack(random, 9)] }),
      (before, after, context) => {
        expectNotLower(before, after, context);
        expect(after.fit).toBe(before.fit);
      },
    );
  });
});

describe("the score is consistent", () => {
  test("fit now <= studying <= projected, all within 0-100, and deterministic", () => {
    const random = seededRandom(6);
    for (let index = 0; index < CASES; index++) {
      const analysis = randomPosting(random);
      const profile = randomProfile(random);
      const report = score(analysis, profile);
      expect(report.fit).toBeGreaterThanOrEqual(0);
      expect(report.fit).toBeLessThanOrEqual(report.fitStudying);
      expect(report.fitStudying).toBeLessThanOrEqual(report.fitProjected);
      expect(report.fitProjected).toBeLessThanOrEqual(100);
      for (const requirement of report.requirements) {
        expect(requirement.coverage).toBeGreaterThanOrEqual(0);
        expect(requirement.coverageProjected).toBeLessThanOrEqual(1);
        expect(requirement.why.length).toBeGreaterThan(0);
      }
      expect(score(analysis, profile)).toEqual(report);
    }
  });

  test("naming a skill by an alias (resolved or not) scores the same", () => {
    const random = seededRandom(7);
    for (let index = 0; index < CASES; index++) {
      const analysis = randomPosting(random);
      const profile = randomProfile(random);
      const canonical: Profile = {
        ...profile,
        skills: profile.skills.map((skill) => {
          const id = fixtureGraph.idForName(skill.name)!;
          return { ...skill, skillId: id, name: fixtureGraph.nameOf(id)! };
        }),
      };
      const unresolved: Profile = { ...profile, skills: profile.skills.map((skill) => ({ ...skill, skillId: null })) };
      const expected = score(analysis, canonical);
      const actual = score(analysis, unresolved);
      expect(actual.fit).toBe(expected.fit);
      expect(actual.fitProjected).toBe(expected.fitProjected);
      expect(actual.requirements.map((requirement) => requirement.coverage)).toEqual(expected.requirements.map((requirement) => requirement.coverage));
    }
  });

  test("100 only when every counted requirement is fully covered", () => {
    const random = seededRandom(8);
    for (let index = 0; index < CASES; index++) {
      const report = score(randomPosting(random), randomProfile(random));
      const full = report.requirements.filter((requirement) => requirement.scored).every((requirement) => requirement.coverage >= 1);
      if (report.fit === 100) expect(full).toBe(true);
    }
  });
});
