import { listRuleForText, MET_THRESHOLD, scorePosting, taxonomyGraph } from "@/lib/analysis/score";
import { GENERAL_INTERVIEW_THEMES, planForPostings } from "@/lib/analysis/plan";
import { RESOURCE_CATALOG } from "@/seeds/resources";
import type { GapReport } from "@/lib/analysis/score";
import { recommendResources } from "@/lib/analysis/recommend";
import { resourceAsTrack, withTrack } from "@/lib/analysis/recommend/study-state";
import { mergeProfileSkill } from "@/lib/analysis/profile/merge-profile-skill";
import type { PostingAnalysis, Profile, Resource, StudyTrack } from "@/lib/analysis/types";
import { FIXTURE_SKILLS, fixtureGraph, posting, requirement, track } from "./fixtures";
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

// ---- Issue 8: list rules, relatives, readiness, plans, recommendations, re-adding a skill ----

const COUNT_WORDS = ["one", "two", "three", "four"];
const SEPARATORS = [", ", " / ", "/", "; "];
const LIST_SKILLS = FIXTURE_SKILLS.filter((skill) => !["software-engineering", "databases", "cloud-computing", "generative-ai"].includes(skill.id));

/** k distinct fixture skills with no parent/child link between them, so credit is direct only. */
function unrelatedSkills(random: Random, count: number): { id: string; name: string }[] {
  const chosen: { id: string; name: string }[] = [];
  for (let attempt = 0; chosen.length < count && attempt < 200; attempt++) {
    const candidate = random.pick(LIST_SKILLS);
    const related = chosen.some(
      (skill) => skill.id === candidate.id || fixtureGraph.distanceUp(skill.id, candidate.id) !== null || fixtureGraph.distanceUp(candidate.id, skill.id) !== null,
    );
    if (!related) chosen.push({ id: candidate.id, name: candidate.name });
  }
  return chosen;
}

function fullSkills(skills: { id: string; name: string }[]): Profile {
  return { skills: skills.map((skill) => ({ skillId: skill.id, name: skill.name, level: 10, years: 10 })), tracks: [] };
}

describe("list rules: all-of, any-of and N-of lines", () => {
  test("the rule read from the wording: 'at least n of', 'n or more of', 'or', 'such as', 'e.g.', '/' and plain lists", () => {
    const random = seededRandom(80);
    for (let index = 0; index < CASES; index++) {
      const k = random.int(2, 4);
      const names = unrelatedSkills(random, k).map((skill) => skill.name);
      if (names.length < 2) continue;
      const n = random.int(2, names.length);
      const word = random.chance(0.5) ? COUNT_WORDS[n - 1] : String(n);
      const separator = random.pick(SEPARATORS);
      const expectedCount = n >= names.length ? "all" : { atLeast: n };
      expect(listRuleForText(`Fluent in at least ${word} of: ${names.join(separator)}`, names.length)).toEqual(expectedCount);
      expect(listRuleForText(`Experience with ${word} or more of ${names.join(", ")}`, names.length)).toEqual(expectedCount);
      expect(listRuleForText(`Experience with ${names.slice(0, -1).join(", ")} or ${names[names.length - 1]}`, names.length)).toBe("any");
      expect(listRuleForText(`Experience with a cloud such as ${names.join(", ")}`, names.length)).toBe("any");
      expect(listRuleForText(`Experience with tools (e.g. ${names.join(", ")})`, names.length)).toBe("any");
      expect(listRuleForText(`Experience with ${names.join(" / ")}`, names.length)).toBe("any");
      expect(listRuleForText(`Experience with one of ${names.join(", ")}`, names.length)).toBe("any");
      expect(listRuleForText(`Experience with ${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`, names.length)).toBe("all");
      // Years and one-thing slashes are not list counts or alternatives.
      expect(listRuleForText(`3+ years or more of CI/CD with ${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`, names.length)).not.toEqual({ atLeast: 3 });
    }
  });

  test("N-of is met with n of the skills and not with n-1; any-of with one; all-of needs each", () => {
    const random = seededRandom(81);
    let checked = 0;
    for (let index = 0; index < CASES; index++) {
      const skills = unrelatedSkills(random, random.int(2, 4));
      if (skills.length < 2) continue;
      const names = skills.map((skill) => skill.name);
      const ids = skills.map((skill) => skill.id);
      const n = random.int(1, skills.length);
      const lines = {
        nOf: requirement(`Fluent in at least ${COUNT_WORDS[n - 1]} of: ${names.join(" / ")}`, ids),
        anyOf: requirement(`Experience with ${names.join(", ")} or similar`, ids),
        allOf: requirement(`Experience with ${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`, ids),
      };
      const shuffled = [...skills].sort(() => random.next() - 0.5);
      const status = (line: keyof typeof lines, have: number) => score(posting([lines[line]]), fullSkills(shuffled.slice(0, have))).requirements[0];

      const withN = status("nOf", n);
      expect(withN.status).toBe("met");
      expect(withN.rule).toEqual(n === 1 ? "any" : n >= skills.length ? "all" : { atLeast: n });
      expect(withN.why).toMatch(n === 1 ? /any one of/ : n >= skills.length ? /each of/ : new RegExp(`at least ${n} of`));
      if (n > 1) expect(status("nOf", n - 1).status).not.toBe("met");

      expect(status("anyOf", 1).status).toBe("met");
      expect(status("anyOf", 0).status).toBe("gap");
      expect(status("allOf", skills.length).status).toBe("met");
      expect(status("allOf", skills.length - 1).coverage).toBeLessThan(1);
      expect(status("allOf", skills.length - 1).status).not.toBe("met"); // at most 3 of 4 = 75%
      checked += 1;
    }
    expect(checked).toBeGreaterThan(CASES / 2);
  });
});

describe("a relative never meets a named skill", () => {
  test("with only parents or children of the named skills, at any level and years, nothing is met", () => {
    const random = seededRandom(82);
    let checked = 0;
    for (let index = 0; index < CASES; index++) {
      const analysis = randomPosting(random);
      const named = new Set(analysis.requirements.flatMap((item) => item.skills.map((skill) => skill.id)));
      const relatives = FIXTURE_SKILLS.filter(
        (candidate) =>
          !named.has(candidate.id) &&
          [...named].some((id) => fixtureGraph.distanceUp(candidate.id, id) !== null || fixtureGraph.distanceUp(id, candidate.id) !== null),
      );
      if (relatives.length === 0) continue;
      const profile: Profile = {
        skills: relatives.map((relative) => ({ skillId: random.chance(0.5) ? relative.id : null, name: relative.name, level: random.int(6, 10), years: random.int(5, 20) })),
        tracks: [track("relatives", relatives.map((relative) => [relative.id, 10] as [string, number]), 1, 1)],
      };
      const report = score(analysis, profile);
      for (const item of report.requirements) {
        expect(item.status).not.toBe("met");
        expect(item.statusProjected).not.toBe("met");
        for (const skill of item.skills) expect(skill.coverageProjected).toBeLessThan(MET_THRESHOLD);
      }
      checked += 1;
    }
    expect(checked).toBeGreaterThan(CASES / 3);
  });
});

describe("readiness", () => {
  test("no readiness date without a track in progress that moves the fit; the note never repeats a date", () => {
    const random = seededRandom(83);
    let dated = 0;
    for (let index = 0; index < CASES; index++) {
      const analysis = randomPosting(random);
      const profile = randomProfile(random);
      if (random.chance(0.3)) profile.tracks = profile.tracks.map((item) => ({ ...item, unitsDone: 0, startedOn: null, targetOn: random.chance(0.5) ? "2027-01-10" : null }));
      const report = score(analysis, profile);
      expect(report.readinessNote).not.toMatch(/\d{4}-\d{2}-\d{2}/);
      if (report.readinessDate === null) continue;
      dated += 1;
      const inProgress = profile.tracks.filter((item) => item.unitsDone < item.unitsTotal && (item.unitsDone > 0 || item.targetOn !== null));
      expect(inProgress.length).toBeGreaterThan(0);
      expect(report.fitProjected).toBeGreaterThan(report.fitStudying);
      expect(report.readinessDate > TODAY).toBe(true);
      expect(report.tracks.length).toBeGreaterThan(0);
    }
    expect(dated).toBeGreaterThan(0);
  });
});

describe("recommendations", () => {
  function randomCatalog(random: Random): Resource[] {
    return Array.from({ length: random.int(1, 12) }, (_, index) => ({
      id: `r${index}`,
      title: `Resource ${index}`,
      url: null,
      kind: "course" as const,
      hours: random.int(1, 40),
      provider: null,
      skills: [...new Set(Array.from({ length: random.int(1, 2) }, () => random.pick(FIXTURE_SKILLS).id))].map((skillId) => ({ skillId, level: random.int(3, 10) })),
    }));
  }

  /** Requirements a candidate raises by a visible amount (the recommender ignores gains under 0.25 points). */
  function raisedBy(analysis: PostingAnalysis, profile: Profile, study: StudyTrack): Set<number> {
    const before = score(analysis, profile);
    const after = score(analysis, withTrack(profile, study));
    const totalWeight = before.requirements.reduce((sum, item) => sum + item.weight, 0);
    return new Set(
      after.requirements
        .filter((item, index) => totalWeight > 0 && (100 * item.weight * (item.studying - before.requirements[index].studying)) / totalWeight >= 0.3)
        .map((item) => item.index),
    );
  }

  test("lead with a must-have gap, a dealbreaker first, whenever something closes one", () => {
    const random = seededRandom(84);
    let led = 0;
    for (let index = 0; index < CASES; index++) {
      const analysis = randomPosting(random);
      const profile = randomProfile(random);
      const catalog = randomCatalog(random);
      const report = score(analysis, profile);
      const recommendations = recommendResources(analysis, report, profile, catalog, { graph: fixtureGraph });
      const openMusts = report.requirements.filter((item) => item.kind === "must" && item.scored && item.status !== "met");
      const candidates = [
        ...profile.tracks.filter((item) => item.unitsDone < item.unitsTotal).map((item) => ({ ...item, unitsDone: item.unitsTotal })),
        ...catalog.map((resource) => resourceAsTrack(resource, fixtureGraph)),
      ];
      const raisable = new Set(candidates.flatMap((candidate) => [...raisedBy(analysis, profile, candidate)]));
      const closable = openMusts.filter((item) => raisable.has(item.index));
      if (closable.length === 0 || recommendations.length === 0) continue;
      const lead = recommendations[0];
      expect(lead.requirementIndex).not.toBeNull();
      const target = report.requirements[lead.requirementIndex!];
      expect(target.kind).toBe("must");
      expect(target.status).not.toBe("met");
      if (closable.some((item) => item.dealbreaker)) expect(target.dealbreaker).toBe(true);
      led += 1;
    }
    expect(led).toBeGreaterThan(CASES / 4);
  });
});

describe("re-adding a skill", () => {
  test("keeps its years when years are left blank, and takes them when given", () => {
    const random = seededRandom(85);
    for (let index = 0; index < CASES; index++) {
      const existing = random.chance(0.8) ? { level: random.int(0, 10), years: random.int(0, 40) / 2 } : null;
      const level = random.int(0, 10);
      const blank = random.chance(0.5) ? undefined : null;
      const kept = mergeProfileSkill(existing, { level, years: blank });
      expect(kept).toEqual({ level, years: existing?.years ?? 0 });
      const years = random.int(0, 40) / 2;
      expect(mergeProfileSkill(existing, { level, years })).toEqual({ level, years });
    }
  });
});

describe("plans are the person's own", () => {
  /** Taxonomy skills of many kinds of postings; none is KYC, FastAPI or interview storytelling. */
  const POOL = [
    "java", "spring-boot", "go", "rust", "c-plus-plus", "python", "typescript", "react", "node-js", "postgresql", "mysql",
    "mongodb", "redis", "apache-kafka", "docker", "kubernetes", "terraform", "amazon-web-services", "google-cloud-platform",
    "microsoft-azure", "pytorch", "tensorflow", "machine-learning", "retrieval-augmented-generation", "model-context-protocol",
    "system-design", "distributed-systems", "microservices", "ci-cd", "apache-spark", "apache-airflow", "graphql", "sql",
    "kdb-plus", "linux", "git", "computer-vision", "english", "dutch", "french",
  ].filter((id) => taxonomyGraph.nameOf(id) !== undefined);
  const OPENERS_REAL = ["Experience with", "Strong experience with", "Familiarity with", "Proficiency in", "Knowledge of"];
  const SEED_WORDS = /\b(KYC|know your customer|FastAPI|\/predict|STAR stor|hiring manager|onboarding|Pydantic)\b/i;

  function realPosting(random: Random): PostingAnalysis {
    const requirements = Array.from({ length: random.int(1, 7) }, () => {
      const ids = [...new Set(Array.from({ length: random.int(1, 3) }, () => random.pick(POOL)))];
      const names = ids.map((id) => taxonomyGraph.nameOf(id)!);
      const text = `${random.pick(OPENERS_REAL)} ${names.join(random.chance(0.4) ? " or " : ", ")}`;
      return { text, section: null, kind: random.chance(0.7) ? ("must" as const) : ("preferred" as const), minYears: random.chance(0.3) ? random.int(1, 6) : null, span: [0, text.length] as [number, number], skills: ids.map((id) => ({ id, name: taxonomyGraph.nameOf(id)! })) };
    });
    return { title: "Random posting", company: null, overallMinYears: null, requirements, skills: [] };
  }

  function realProfile(random: Random): Profile {
    const skills = Array.from({ length: random.int(0, 6) }, () => {
      const id = random.pick(POOL);
      return { skillId: id, name: taxonomyGraph.nameOf(id)!, level: random.int(0, 10), years: random.int(0, 10) };
    });
    const tracks = Array.from({ length: random.int(0, 2) }, (_, index) =>
      ({ ...track(`t${index}`, [[random.pick(POOL), random.int(4, 9)]], random.int(0, 5), 10, { startedOn: "2026-10-01" }), title: `Track ${index}` }),
    );
    return { skills, tracks };
  }

  function planFor(random: Random) {
    const analysis = realPosting(random);
    const profile = realProfile(random);
    const report = scorePosting(analysis, profile, { today: TODAY });
    const plan = planForPostings({ postings: [{ analysis, report }], profile, catalog: [...RESOURCE_CATALOG], startDate: TODAY, days: random.int(2, 10), hoursPerDay: random.int(1, 12) / 2 });
    return { analysis, report, plan };
  }

  const PLAN_CASES = 60;

  test("a plan for a posting that asks nothing of KYC, FastAPI or STAR stories contains none of them", () => {
    const random = seededRandom(86);
    for (let index = 0; index < PLAN_CASES; index++) {
      const { plan } = planFor(random);
      const text = JSON.stringify(plan);
      expect(text).not.toMatch(SEED_WORDS);
      expect(plan.days.flatMap((day) => day.sessions).map((session) => session.themeId)).not.toContain("domain-kyc");
    }
  });

  test("every session serves a gap of that posting or is a general interview step", () => {
    const random = seededRandom(87);
    let sessions = 0;
    for (let index = 0; index < PLAN_CASES; index++) {
      const { analysis, report, plan } = planFor(random);
      const gapSkills = new Set(
        report.requirements.filter((item) => item.scored && item.studying < 1).flatMap((item) => analysis.requirements[item.index].skills.map((skill) => skill.id)),
      );
      for (const session of plan.days.flatMap((day) => day.sessions)) {
        sessions += 1;
        if (GENERAL_INTERVIEW_THEMES.includes(session.themeId)) continue;
        expect(session.skillIds.length).toBeGreaterThan(0);
        for (const id of session.skillIds) expect(gapSkills.has(id)).toBe(true);
      }
    }
    expect(sessions).toBeGreaterThan(PLAN_CASES);
  });
});
