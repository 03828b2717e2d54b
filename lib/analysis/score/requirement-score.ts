import type { Requirement } from "../types";
import type { EvidenceIndex, EvidenceView } from "./evidence";
import { impliedLevel, type ImpliedLevel } from "./implied-level";
import { combineByRule, listRuleFor, yearsByRule, type ListRule } from "./list-rule";
import { creditForSkill, yearsForSkill, type SkillCredit } from "./skill-credit";
import type { SkillGraph } from "./skill-graph";

/** A must requirement counts this many times a preferred one. */
export const KIND_WEIGHTS = { must: 3, preferred: 1 } as const;

/** A must whose years ask is more than twice what you have is a dealbreaker. */
export const DEALBREAKER_YEARS_RATIO = 0.5;

export interface SkillScore {
  skillId: string;
  name: string;
  claimed: SkillCredit;
  studying: SkillCredit;
  projected: SkillCredit;
}

export interface RequirementScore {
  index: number;
  requirement: Requirement;
  /** False when no known skill was found: the line is shown but not counted. */
  scored: boolean;
  weight: number;
  expectedLevel: number;
  levelWord: string;
  /** How the named skills combine: all of them, any one, or at least n. */
  rule: ListRule;
  /** True when the rule is "any" (kept for readers of the old flag). */
  anyOf: boolean;
  coverage: number;
  studying: number;
  coverageProjected: number;
  skills: SkillScore[];
  /** Years that count toward the years ask (null without one). */
  yearsHave: number | null;
  dealbreaker: boolean;
}

const wordingCache = new Map<string, { implied: ImpliedLevel; rule: ListRule }>();

/** What the wording asks for; cached because recommendations score the same lines many times. */
/**
 * Per requirement object as well: ranking across 1,000 postings scores 20,000 distinct lines, more
 * than the text cache keeps, and would otherwise re-read each line's wording on every measure.
 */
const wordingByRequirement = new WeakMap<Requirement, Map<number, { implied: ImpliedLevel; rule: ListRule }>>();

function readWording(requirement: Requirement, skillCount: number): { implied: ImpliedLevel; rule: ListRule } {
  let own = wordingByRequirement.get(requirement);
  const known = own?.get(skillCount);
  if (known) return known;
  const key = `${skillCount}|${requirement.text}`;
  let wording = wordingCache.get(key);
  if (!wording) {
    if (wordingCache.size > 10_000) wordingCache.clear();
    wording = { implied: impliedLevel(requirement.text), rule: listRuleFor(requirement) };
    wordingCache.set(key, wording);
  }
  if (!own) wordingByRequirement.set(requirement, (own = new Map()));
  own.set(skillCount, wording);
  return wording;
}

function uniqueSkills(requirement: Requirement) {
  const seen = new Set<string>();
  return requirement.skills.filter((skill) => {
    const key = skill.id || skill.name;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export function scoreRequirement(
  requirement: Requirement,
  index: number,
  evidence: EvidenceIndex,
  graph: SkillGraph,
  views: readonly EvidenceView[] = ["claimed", "studying", "projected"],
): RequirementScore {
  const requiredSkills = uniqueSkills(requirement);
  const { implied, rule } = readWording(requirement, requiredSkills.length);
  const expectation = { level: implied.level, minYears: requirement.minYears };
  const skills: SkillScore[] = requiredSkills.map((skill) => {
    const credit = (view: EvidenceView) => creditForSkill(skill, expectation, evidence, view, graph);
    // Views not asked for reuse the first one computed (recommendations only need "studying").
    const first = credit(views[0] ?? "claimed");
    const pick = (view: EvidenceView) => (view === views[0] ? first : views.includes(view) ? credit(view) : first);
    return {
      skillId: skill.id,
      name: graph.nameOf(skill.id) ?? skill.name,
      claimed: pick("claimed"),
      studying: pick("studying"),
      projected: pick("projected"),
    };
  });
  const scored = skills.length > 0;

  let yearsHave: number | null = null;
  let dealbreaker = false;
  if (requirement.minYears !== null && requirement.minYears > 0 && scored && views.includes("claimed")) {
    const years = requiredSkills.map((skill) => yearsForSkill(skill, evidence, graph));
    yearsHave = yearsByRule(years, rule);
    dealbreaker = requirement.kind === "must" && yearsHave < requirement.minYears * DEALBREAKER_YEARS_RATIO;
  }

  return {
    index,
    requirement,
    scored,
    weight: scored ? KIND_WEIGHTS[requirement.kind] : 0,
    expectedLevel: implied.level,
    levelWord: implied.word,
    rule,
    anyOf: rule === "any",
    coverage: combineByRule(skills.map((skill) => skill.claimed.coverage), rule),
    studying: combineByRule(skills.map((skill) => skill.studying.coverage), rule),
    coverageProjected: combineByRule(skills.map((skill) => skill.projected.coverage), rule),
    skills,
    yearsHave,
    dealbreaker,
  };
}

/** Weighted mean coverage, 0-1, in one view. 0 when nothing could be scored. */
export function weightedCoverage(scores: RequirementScore[], pick: (score: RequirementScore) => number): number {
  let total = 0;
  let weights = 0;
  for (const score of scores) {
    total += score.weight * pick(score);
    weights += score.weight;
  }
  return weights > 0 ? total / weights : 0;
}

/** 0-100, rounded down so partial evidence never shows as 100. */
export function toPercent(fraction: number): number {
  return Math.floor(100 * fraction + 1e-9);
}

/** Scores every requirement of a posting against a profile. */
export function scoreRequirements(
  requirements: Requirement[],
  evidence: EvidenceIndex,
  graph: SkillGraph,
  views?: readonly EvidenceView[],
): RequirementScore[] {
  return requirements.map((requirement, index) => scoreRequirement(requirement, index, evidence, graph, views));
}
