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

/** `mentions` must be specific (not generic "N years of experience") and sorted by start. */
export function placeYears(skills: SkillPlacement[], mentions: YearsMention[], clauses: Span[]): YearsPlacement[] {
  const firstOfClause = new Map<number, YearsMention>();
  for (const m of mentions) {
    const clause = clauseOf(clauses, m.start);
    if (!firstOfClause.has(clause)) firstOfClause.set(clause, m);
  }
  const placements = skills.map((skill): YearsPlacement => {
    let nearest: YearsMention | undefined;
    for (const m of mentions) if (m.start <= skill.start && clauseOf(clauses, m.start) === skill.clause) nearest = m;
    const mention = nearest ?? firstOfClause.get(skill.clause);
    if (!mention) return { years: null, laterMentionStart: null };
    const later = mention !== firstOfClause.get(skill.clause);
    return { years: mention.years, laterMentionStart: later ? mention.start : null };
  });
  // A partner carries the figure that reached it, not merely its clause's first one: in "5+ years
  // of backend work, at least 3 of them writing Go (..., but you need to be fluent in Go)" the
  // second Go takes 3.
  const own = placements.slice();
  skills.forEach((skill, i) => {
    if (placements[i].years !== null) return;
    const partner = skills.findIndex((other, j) => {
      const given = firstOfClause.get(other.clause);
      if (other.clause === skill.clause || !given || given.additional || own[j].years === null) return false;
      return skills.some((same) => same.clause === skill.clause && same.skillId === other.skillId);
    });
    if (partner >= 0) placements[i] = { years: own[partner].years, laterMentionStart: null };
  });
  return placements;
}

/** Skills given years by a figure in their own clause, not "additional" ones: shared with sibling sentences. */
export function statedYearsOf(skills: SkillPlacement[], mentions: YearsMention[], clauses: Span[]): Map<string, number> {
  const stated = new Map<string, number>();
  for (const skill of skills) {
    const first = mentions.find((m) => clauseOf(clauses, m.start) === skill.clause);
    if (first && !first.additional) stated.set(skill.skillId, first.years);
  }
  return stated;
}
