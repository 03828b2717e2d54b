/**
 * Turns one requirement unit and the skills found in it into Requirements: decides which skills are
 * softened by a "preferred" hint, which carry years, and splits the unit when parts of it differ
 * ("Hands-on experience with satellite imagery (optical & SAR strongly preferred)" gives a must
 * requirement and a preferred one).
 */
import type { Requirement, RequirementKind, SkillRef } from "@/lib/analysis/types";
import { findBracketGroups, indexOfSpan, splitClauses, type Span } from "./clauses";
import { dropContextSkills } from "./context-clauses";
import { normalizeForCues } from "./kind";
import { findPreferredScopes } from "./preferred-scopes";
import type { SkillMatch } from "./skill-matcher";
import type { UnitRole } from "./unit-role";
import { CUE_COMPANY, CUE_NEGATION, CUE_PREFERRED, CUE_STAND_IN, CUE_YEARS } from "./word-gate";
import { findYearsMentions } from "./years";
import { placeYears, statedYearsOf } from "./years-placement";
import { CUES } from "./cues";

export interface AssembledUnit {
  requirements: Requirement[];
  /** A generic "N years of experience" stated by a must requirement, else null. */
  overallYears: number | null;
  /** A generic figure stated only as a preference ("Ideally you have 3+ years of ..."), else null. */
  preferredOverallYears?: number | null;
  /** Skills given years by a mention in their own clause ("7 years using KDB"), not "additional" ones. */
  statedYears: Map<string, number>;
}

const NO_YEARS: ReadonlyMap<string, number> = new Map();
const ROLE_BEFORE_YEARS = /^\s+(?:with|who has|who have|having)\s+(?:at least\s+|a minimum of\s+)?$/i;
// The words after a figure that may still be a general bar: lowercase words, no tool-like name.
const BARE_YEARS_TAIL = /^[^A-Z0-9#+]*$/;
const ROLE_NOUN_END = /\b(?:engineer|developer|analyst|scientist|designer|architect|manager|administrator|researcher|lead)$/i;

function clauseIndex(clauses: Span[], offset: number): number {
  return Math.max(0, indexOfSpan(clauses, offset));
}

/** The skills' start offsets, sorted: one search per years mention instead of a scan of every skill. */
function sortedStarts(matches: readonly SkillMatch[]): Int32Array {
  return Int32Array.from(matches, (m) => m.start).sort();
}

/** Does some start lie in [span[0], span[1])? Binary search over sorted starts. */
function anyStartWithin(starts: Int32Array, [from, to]: Span): boolean {
  let low = 0;
  let high = starts.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (starts[mid] < from) low = mid + 1;
    else high = mid;
  }
  return low < starts.length && starts[low] < to;
}

interface Placed {
  match: SkillMatch;
  kind: RequirementKind;
  years: number | null;
  clause: number;
  /** The span that explains this skill's kind: its clause, or the bracket that made it preferred. */
  scope: Span;
}

function toRefs(placed: Placed[]): SkillRef[] {
  const seen = new Set<string>();
  const refs: SkillRef[] = [];
  for (const p of placed) {
    if (seen.has(p.match.skill.id)) continue;
    seen.add(p.match.skill.id);
    refs.push({ id: p.match.skill.id, name: p.match.skill.name });
  }
  return refs;
}

export interface UnitInput {
  text: string;
  /** Character span of the unit. */
  span: Span;
  /** Cue families present in the unit (see word-gate.ts). */
  cues: number;
  role: UnitRole;
  matches: SkillMatch[];
}

/** The common unit with no cue words at all: one requirement, every skill of the unit's kind. */
function assemblePlainUnit(text: string, span: Span, role: UnitRole, matches: SkillMatch[]): AssembledUnit {
  const placed = matches.map((match): Placed => ({ match, kind: role.kind, years: null, clause: 0, scope: span }));
  return {
    requirements: [{ text: text.slice(span[0], span[1]), section: role.section, kind: role.kind, minYears: null, span, skills: toRefs(placed) }],
    overallYears: null,
    statedYears: NO_YEARS as Map<string, number>,
  };
}

export function assembleUnit({ text, span, cues, role, matches }: UnitInput): AssembledUnit {
  if (cues === 0) return assemblePlainUnit(text, span, role, matches);
  const [unitStart, unitEnd] = span;
  const mayPrefer = (cues & CUE_PREFERRED) !== 0;
  const clauses = splitClauses(text, unitStart, unitEnd);
  const brackets = mayPrefer || (cues & (CUE_STAND_IN | CUE_COMPANY | CUE_NEGATION)) !== 0 ? findBracketGroups(text, unitStart, unitEnd) : [];
  const context = dropContextSkills(text, clauses, brackets, cues, matches);
  let kept = context.kept;

  const mentions = ((cues & CUE_YEARS) !== 0 ? findYearsMentions(text.slice(unitStart, unitEnd)) : []).map((m) => ({
    ...m,
    start: m.start + unitStart,
    end: m.end + unitStart,
    genericEnd: m.genericEnd < 0 ? -1 : m.genericEnd + unitStart,
  }));
  // "3+ years of software development experience": the phrase states seniority, not a skill.
  for (const m of mentions) {
    if (m.genericEnd >= 0) kept = kept.filter((s) => s.start < m.start || s.start >= m.genericEnd);
  }
  // "a data analyst with 2-4 years of experience": years of experience in the named role are the
  // role's years, not the posting's general bar.
  for (const m of mentions) {
    if (m.genericEnd < 0) continue;
    const role = kept.find((s) => s.end <= m.start && m.start - s.end <= 24 && ROLE_BEFORE_YEARS.test(text.slice(s.end, m.start)) && ROLE_NOUN_END.test(text.slice(s.start, s.end)));
    if (role) m.genericEnd = -1;
  }
  const scopes = mayPrefer ? findPreferredScopes(text, clauses, brackets) : [];
  scopes.push(...context.stackScopes);
  // "4+ years of professional experience in a quantitative role": a figure whose clause names no
  // skill (and no capitalised word that may be a tool we do not know) is the posting's general bar too.
  const keptStarts = mentions.length > 0 ? sortedStarts(kept) : null;
  for (const m of mentions) {
    // A bare follow-up ("..., 3 or more in ...") is never the general bar.
    if (m.genericEnd >= 0 || m.additional || !/year|decade/i.test(text.slice(m.start, m.end))) continue;
    const clause = clauses[clauseIndex(clauses, m.start)];
    if (keptStarts && anyStartWithin(keptStarts, clause)) continue;
    if (!BARE_YEARS_TAIL.test(text.slice(m.end, clause[1]))) continue;
    m.genericEnd = m.end;
  }
  // A generic figure is the posting's seniority bar, not years with a skill nearby.
  const specific = mentions.filter((m) => m.genericEnd < 0 || m.overall);
  const skills = kept.map((m) => ({ skillId: m.skill.id, start: m.start, clause: clauseIndex(clauses, m.start) }));
  const years = placeYears(skills, specific, clauses);

  const placed: Placed[] = kept.map((match, i) => {
    const clause = skills[i].clause;
    const scope = scopes.find((s) => match.start >= s[0] && match.start < s[1]);
    const later = years[i].laterMentionStart;
    return {
      match,
      kind: role.kind === "must" && scope ? "preferred" : role.kind,
      years: years[i].years,
      clause,
      // A later figure in the clause ("..., 2+ with React") explains only the words from it on.
      scope: scope ?? (later !== null ? [later, clauses[clause][1]] : clauses[clause]),
    };
  });
  const statedYears = statedYearsOf(skills.filter((_, i) => placed[i].kind === "must"), specific, clauses);

  let overallYears: number | null = null;
  for (const m of mentions) {
    if (m.genericEnd < 0 || role.kind !== "must") continue;
    if (!scopes.some((s) => m.start >= s[0] && m.start < s[1])) overallYears = Math.max(overallYears ?? 0, m.years);
  }
  let preferredOverallYears: number | null = null;
  for (const m of mentions) {
    if (m.genericEnd < 0) continue;
    if (role.kind !== "must" || scopes.some((s) => m.start >= s[0] && m.start < s[1])) preferredOverallYears = Math.max(preferredOverallYears ?? 0, m.years);
  }
  const primary = mentions.find((m) => !m.additional) ?? mentions[0];
  let unitKind: RequirementKind = role.kind;
  if (placed.length > 0) unitKind = placed.some((p) => p.kind === "must") ? "must" : "preferred";
  else if (role.kind === "must" && mayPrefer && CUES.preferred.test(normalizeForCues(text.slice(unitStart, unitEnd)))) unitKind = "preferred";
  const requirements = groupIntoRequirements(text, span, role, unitKind, primary ? primary.years : null, placed);
  return { requirements, overallYears, preferredOverallYears, statedYears };
}

/** One requirement per (kind, years); the unit's own kind and years keep the whole unit's span. */
function groupIntoRequirements(
  text: string,
  [unitStart, unitEnd]: Span,
  role: UnitRole,
  unitKind: RequirementKind,
  primaryYears: number | null,
  placed: Placed[],
): Requirement[] {
  const groups = new Map<string, Placed[]>();
  for (const p of placed) {
    const key = `${p.kind}|${p.years}`;
    const list = groups.get(key);
    if (list) list.push(p);
    else groups.set(key, [p]);
  }
  let mainKey = `${unitKind}|${primaryYears}`;
  if (!groups.has(mainKey)) mainKey = [...groups.keys()].find((k) => k.startsWith(`${unitKind}|`)) ?? mainKey;
  const main = groups.get(mainKey) ?? [];
  const requirements: Requirement[] = [
    {
      text: text.slice(unitStart, unitEnd),
      section: role.section,
      kind: unitKind,
      minYears: main.length > 0 ? main[0].years : primaryYears,
      span: [unitStart, unitEnd],
      skills: toRefs(main),
    },
  ];
  for (const [key, list] of groups) {
    if (key === mainKey) continue;
    const start = Math.min(...list.map((p) => p.scope[0]));
    const end = Math.max(...list.map((p) => p.scope[1]));
    requirements.push({ text: text.slice(start, end), section: role.section, kind: list[0].kind, minYears: list[0].years, span: [start, end], skills: toRefs(list) });
  }
  return requirements;
}
