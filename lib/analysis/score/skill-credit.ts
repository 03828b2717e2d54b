import type { SkillRef } from "../types";
import { evidenceKey, levelInView, type EvidenceIndex, type EvidenceView, type SkillEvidence } from "./evidence";
import type { SkillGraph } from "./skill-graph";

/**
 * Credit for one required skill, 0-1:
 *   credit = relation factor x level part x years part
 *   level part = min(1, your level / level asked)
 *   years part = 1 without a years ask, else 1/2 + 1/2 x min(1, your years / years asked)
 * The relation factor is 1 for the skill itself (or any alias of it) and below 1 for a related
 * skill, so related evidence never gives full credit.
 */
export type SkillRelation = "same" | "narrower" | "broader" | "none";

/**
 * You have a narrower skill than the one asked (PostgreSQL for "relational databases"), by parent
 * links between them; none beyond the last.
 */
export const NARROWER_FACTORS = [0.6, 0.45, 0.3] as const;
/**
 * You have a broader skill than the one asked ("relational databases" for PostgreSQL). Only a
 * direct parent counts: a wide umbrella like "software engineering" says little about BentoML.
 */
export const BROADER_FACTORS = [0.3] as const;

export interface Expectation {
  level: number;
  minYears: number | null;
}

export interface SkillCredit {
  skillId: string;
  name: string;
  coverage: number;
  relation: SkillRelation;
  factor: number;
  /** The evidence that gave the credit (the skill itself or the related one). */
  via: SkillEvidence | null;
  level: number;
  years: number;
}

export function levelPart(level: number, asked: number): number {
  if (asked <= 0) return level > 0 ? 1 : 0;
  return Math.min(1, Math.max(0, level) / asked);
}

export function yearsPart(years: number, minYears: number | null): number {
  if (minYears === null || minYears <= 0) return 1;
  return 0.5 + 0.5 * Math.min(1, Math.max(0, years) / minYears);
}

function factorAt(factors: readonly number[], distance: number | null): number {
  return distance !== null && distance <= factors.length ? factors[distance - 1] : 0;
}

interface RequiredKeys {
  byId: string;
  byName: string;
}

function requiredKeys(required: SkillRef): RequiredKeys {
  return { byId: evidenceKey(required.id, required.name), byName: evidenceKey(null, required.name) };
}

export function relationTo(
  required: SkillRef,
  evidence: SkillEvidence,
  graph: SkillGraph,
  keys: RequiredKeys = requiredKeys(required),
): { relation: SkillRelation; factor: number } {
  if (evidence.key === keys.byId || evidence.key === keys.byName) return { relation: "same", factor: 1 };
  if (!evidence.skillId || !required.id) return { relation: "none", factor: 0 };
  const narrower = factorAt(NARROWER_FACTORS, graph.distanceUp(evidence.skillId, required.id));
  if (narrower > 0) return { relation: "narrower", factor: narrower };
  const broader = factorAt(BROADER_FACTORS, graph.distanceUp(required.id, evidence.skillId));
  if (broader > 0) return { relation: "broader", factor: broader };
  return { relation: "none", factor: 0 };
}

function candidates(keys: RequiredKeys, index: EvidenceIndex): SkillEvidence[] {
  const direct = [index.byKey.get(keys.byId), index.byKey.get(keys.byName)];
  const seen = new Set<string>();
  const result: SkillEvidence[] = [];
  for (const entry of [...direct, ...index.withIds]) {
    if (!entry || seen.has(entry.key)) continue;
    seen.add(entry.key);
    result.push(entry);
  }
  return result;
}

export function creditForSkill(
  required: SkillRef,
  expectation: Expectation,
  index: EvidenceIndex,
  view: EvidenceView,
  graph: SkillGraph,
): SkillCredit {
  let best: SkillCredit = {
    skillId: required.id,
    name: required.name,
    coverage: 0,
    relation: "none",
    factor: 0,
    via: null,
    level: 0,
    years: 0,
  };
  const keys = requiredKeys(required);
  for (const evidence of candidates(keys, index)) {
    const { relation, factor } = relationTo(required, evidence, graph, keys);
    if (factor === 0) continue;
    const level = levelInView(evidence, view);
    const coverage = factor * levelPart(level, expectation.level) * yearsPart(evidence.years, expectation.minYears);
    // Strictly better only, so the skill itself wins a tie with a related one.
    if (coverage > best.coverage) {
      best = { ...best, coverage, relation, factor, via: evidence, level, years: evidence.years };
    }
  }
  return best;
}

/** Years that count toward a years ask: the skill itself or a narrower one (never a broader one). */
export function yearsForSkill(required: SkillRef, index: EvidenceIndex, graph: SkillGraph): number {
  let years = 0;
  const keys = requiredKeys(required);
  for (const evidence of candidates(keys, index)) {
    if (evidence.years <= 0) continue;
    const { relation } = relationTo(required, evidence, graph, keys);
    if (relation === "same" || relation === "narrower") years = Math.max(years, evidence.years);
  }
  return years;
}
