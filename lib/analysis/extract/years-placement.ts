/**
 * Which years a skill of a requirement unit carries. A figure reaches the skills of its own clause
 * (the nearest figure before a skill wins: "5+ years building web apps, 2+ with React"), and the
 * skills named together with one of them elsewhere in the unit ("Deep understanding of KDB and Q.
 * At least 7 years using KDB." gives q 7 years). "An additional 2 years as a Lead" stays with its own.
 */
import { indexOfSpan, type Span } from "./clauses";
import type { YearsMention } from "./years";

export interface SkillPlacement {
  skillId: string;
  start: number;
  clause: number;
}

export interface YearsPlacement {
  years: number | null;
  /** Where the figure that gave the years starts, when it is not the first of its clause. */
  laterMentionStart: number | null;
}

function clauseOf(clauses: Span[], offset: number): number {
  return Math.max(0, indexOfSpan(clauses, offset));
}

/** Mentions grouped by clause, in order. One pass; every lookup after it is logarithmic. */
function mentionsByClause(mentions: YearsMention[], clauses: Span[]): Map<number, YearsMention[]> {
  const byClause = new Map<number, YearsMention[]>();
  for (const m of mentions) {
    const clause = clauseOf(clauses, m.start);
    const list = byClause.get(clause);
    if (list) list.push(m);
    else byClause.set(clause, [m]);
  }
  return byClause;
}

/** The last mention starting at or before `offset` (mentions sorted by start), or undefined. */
function lastAtOrBefore(list: YearsMention[], offset: number): YearsMention | undefined {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (list[mid].start <= offset) low = mid + 1;
    else high = mid;
  }
  return low > 0 ? list[low - 1] : undefined;
}

/** `mentions` must be specific (not generic "N years of experience") and sorted by start. Linear in skills and mentions. */
export function placeYears(skills: SkillPlacement[], mentions: YearsMention[], clauses: Span[]): YearsPlacement[] {
  const byClause = mentionsByClause(mentions, clauses);
  const placements = skills.map((skill): YearsPlacement => {
    const list = byClause.get(skill.clause);
    if (!list) return { years: null, laterMentionStart: null };
    const mention = lastAtOrBefore(list, skill.start) ?? list[0];
    return { years: mention.years, laterMentionStart: mention !== list[0] ? mention.start : null };
  });
  // A partner carries the figure that reached it, not merely its clause's first one: in "5+ years
  // of backend work, at least 3 of them writing Go (..., but you need to be fluent in Go)" the
  // second Go takes 3. The first such partner (in unit order) of any skill named in a clause
  // serves every skill of that clause, so it is found once per clause.
  const own = placements.slice();
  const partnersById = new Map<string, number[]>();
  skills.forEach((other, j) => {
    const given = byClause.get(other.clause)?.[0];
    if (!given || given.additional || own[j].years === null) return;
    const list = partnersById.get(other.skillId);
    if (list) list.push(j);
    else partnersById.set(other.skillId, [j]);
  });
  if (partnersById.size === 0) return placements;
  const idsByClause = new Map<number, Set<string>>();
  for (const skill of skills) {
    const ids = idsByClause.get(skill.clause);
    if (ids) ids.add(skill.skillId);
    else idsByClause.set(skill.clause, new Set([skill.skillId]));
  }
  const partnerOfClause = new Map<number, number>();
  const findPartner = (clause: number): number => {
    const cached = partnerOfClause.get(clause);
    if (cached !== undefined) return cached;
    let best = -1;
    for (const id of idsByClause.get(clause) ?? []) {
      const candidate = partnersById.get(id)?.find((j) => skills[j].clause !== clause);
      if (candidate !== undefined && (best < 0 || candidate < best)) best = candidate;
    }
    partnerOfClause.set(clause, best);
    return best;
  };
  skills.forEach((skill, i) => {
    if (placements[i].years !== null) return;
    const partner = findPartner(skill.clause);
    if (partner >= 0) placements[i] = { years: own[partner].years, laterMentionStart: null };
  });
  return placements;
}

/** Skills given years by a figure in their own clause, not "additional" ones: shared with sibling sentences. */
export function statedYearsOf(skills: SkillPlacement[], mentions: YearsMention[], clauses: Span[]): Map<string, number> {
  const byClause = mentionsByClause(mentions, clauses);
  const stated = new Map<string, number>();
  for (const skill of skills) {
    const first = byClause.get(skill.clause)?.[0];
    if (first && !first.additional) stated.set(skill.skillId, first.years);
  }
  return stated;
}
