/**
 * Scores an extraction against hand-made gold labels, as ../shared/eval/README.md describes: a gold
 * skill is found when any extracted skill's name or alias equals the gold skill or one of its
 * aliases, compared case-insensitively ignoring spaces, dots, hyphens and slashes.
 */
import type { PostingAnalysis, RequirementKind } from "@/lib/analysis/types";

export interface GoldSkill {
  skill: string;
  aliases: string[];
  minYears?: number | null;
}

export interface GoldPosting {
  file: string;
  title?: string;
  must: GoldSkill[];
  preferred: GoldSkill[];
  overallMinYears: number | null;
}

export interface YearsCheck {
  what: string;
  expected: number | null;
  actual: number | null;
}

export interface PostingScore {
  file: string;
  goldCount: number;
  found: number;
  extractedCount: number;
  matchedExtracted: number;
  kindAgree: number;
  /** Years items: found gold skills that carry minYears, plus the posting's overallMinYears. */
  yearsItems: number;
  yearsAgree: number;
  missed: { skill: string; kind: RequirementKind }[];
  falsePositives: { skill: string; kind: RequirementKind }[];
  kindErrors: { skill: string; expected: RequirementKind; actual: RequirementKind }[];
  yearsErrors: YearsCheck[];
  /** Found gold skills without gold years that the extraction gave years (not scored, shown). */
  spuriousYears: YearsCheck[];
}

/** The README's comparison key: lowercase, without spaces, dots, hyphens and slashes. */
export function evalKey(name: string): string {
  return name.toLowerCase().replace(/[\s.\-/]+/g, "");
}

export function scorePosting(gold: GoldPosting, analysis: PostingAnalysis): PostingScore {
  const goldSkills = [
    ...gold.must.map((g) => ({ ...g, kind: "must" as const })),
    ...gold.preferred.map((g) => ({ ...g, kind: "preferred" as const })),
  ];
  const goldKeys = goldSkills.map((g) => new Set([g.skill, ...g.aliases].map(evalKey)));
  const extractedKeys = analysis.skills.map((s) => new Set([s.name, ...s.aliases].map(evalKey)));
  const overlaps = (a: Set<string>, b: Set<string>) => [...a].some((k) => b.has(k));

  const score: PostingScore = {
    file: gold.file,
    goldCount: goldSkills.length,
    found: 0,
    extractedCount: analysis.skills.length,
    matchedExtracted: 0,
    kindAgree: 0,
    yearsItems: 1,
    yearsAgree: analysis.overallMinYears === gold.overallMinYears ? 1 : 0,
    missed: [],
    falsePositives: [],
    kindErrors: [],
    yearsErrors: [],
    spuriousYears: [],
  };
  if (analysis.overallMinYears !== gold.overallMinYears) {
    score.yearsErrors.push({ what: "overallMinYears", expected: gold.overallMinYears, actual: analysis.overallMinYears });
  }

  goldSkills.forEach((g, gi) => {
    const matches = analysis.skills.filter((_, ei) => overlaps(goldKeys[gi], extractedKeys[ei]));
    if (matches.length === 0) {
      score.missed.push({ skill: g.skill, kind: g.kind });
      return;
    }
    score.found++;
    // Several extracted skills may match one gold skill; the strongest claim (must) decides.
    const kind: RequirementKind = matches.some((m) => m.kind === "must") ? "must" : "preferred";
    if (kind === g.kind) score.kindAgree++;
    else score.kindErrors.push({ skill: g.skill, expected: g.kind, actual: kind });
    const years = Math.max(...matches.map((m) => m.minYears ?? -1));
    const actual = years < 0 ? null : years;
    const expected = g.minYears ?? null;
    if (expected !== null) {
      score.yearsItems++;
      if (actual === expected) score.yearsAgree++;
      else score.yearsErrors.push({ what: g.skill, expected, actual });
    } else if (actual !== null) {
      score.spuriousYears.push({ what: g.skill, expected, actual });
    }
  });

  analysis.skills.forEach((s, ei) => {
    if (goldKeys.some((keys) => overlaps(keys, extractedKeys[ei]))) score.matchedExtracted++;
    else score.falsePositives.push({ skill: s.name, kind: s.kind });
  });
  return score;
}

export interface EvalTotals {
  postings: number;
  recall: number;
  precision: number;
  kindAccuracy: number;
  yearsAccuracy: number;
  gold: number;
  found: number;
  extracted: number;
  matchedExtracted: number;
  kindAgree: number;
  yearsItems: number;
  yearsAgree: number;
}

export function totalScores(scores: PostingScore[]): EvalTotals {
  const sum = (pick: (s: PostingScore) => number) => scores.reduce((t, s) => t + pick(s), 0);
  const gold = sum((s) => s.goldCount);
  const found = sum((s) => s.found);
  const extracted = sum((s) => s.extractedCount);
  const matchedExtracted = sum((s) => s.matchedExtracted);
  const kindAgree = sum((s) => s.kindAgree);
  const yearsItems = sum((s) => s.yearsItems);
  const yearsAgree = sum((s) => s.yearsAgree);
  const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);
  return {
    postings: scores.length,
    recall: ratio(found, gold),
    precision: ratio(matchedExtracted, extracted),
    kindAccuracy: ratio(kindAgree, found),
    yearsAccuracy: ratio(yearsAgree, yearsItems),
    gold,
    found,
    extracted,
    matchedExtracted,
    kindAgree,
    yearsItems,
    yearsAgree,
  };
}
