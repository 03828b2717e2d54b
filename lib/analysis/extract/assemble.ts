/**
 * Turns one requirement unit and the skills found in it into Requirements: decides which skills are
 * softened by a "preferred" hint, which carry years, and splits the unit when parts of it differ
 * ("Hands-on experience with satellite imagery (optical & SAR strongly preferred)" gives a must
 * requirement and a preferred one).
 */
import type { Requirement, RequirementKind, SkillRef } from "@/lib/analysis/types";
import { findBracketGroups, indexOfSpan, splitClauses, type Span } from "./clauses";
import { isCompanyVoiceClause, normalizeForCues, PREFERRED_CUE } from "./kind";
import type { SkillMatch } from "./skill-matcher";
import type { UnitRole } from "./unit-role";
import { CUE_COMPANY, CUE_ELIGIBILITY, CUE_PREFERRED, CUE_STAND_IN, CUE_YEARS } from "./word-gate";
import { findYearsMentions } from "./years";

export interface AssembledUnit {
  requirements: Requirement[];
  /** A generic "N years of experience" stated by a must requirement, else null. */
  overallYears: number | null;
}

const ELIGIBILITY =
  /\b(citizen(ship)?s?|visa|sponsorship|relocat\w*|security clearance|clearance|eligible to work|authori[sz]ed to work|right to work|work permit|living in|reside in|residency|time ?zones?|in-office|commut\w*)\b/;
const STAND_IN = /^[([]\s*or\s+(?:an?\s+)?(?:comparable|similar|equivalent|related|other|another|any)\b/i;

function clauseIndex(clauses: Span[], offset: number): number {
  return Math.max(0, indexOfSpan(clauses, offset));
}

interface Placed {
  match: SkillMatch;
  kind: RequirementKind;
  years: number | null;
  clause: number;
  /** The span that explains this skill's kind: its clause, or the bracket that made it preferred. */
  scope: Span;
}

function blankBrackets(text: string, clause: Span, brackets: Span[]): string {
  let result = text.slice(clause[0], clause[1]);
  for (const [s, e] of brackets) {
    if (e <= clause[0] || s >= clause[1]) continue;
    const from = Math.max(s, clause[0]) - clause[0];
    const to = Math.min(e, clause[1]) - clause[0];
    result = result.slice(0, from) + " ".repeat(to - from) + result.slice(to);
  }
  return result;
}

/** Where a softened bracket without skills of its own reaches back to: "Go (nice to have)". */
function itemStartBefore(text: string, clause: Span, bracketStart: number): number {
  for (let i = bracketStart - 1; i > clause[0]; i--) if (/[,;:]/.test(text[i])) return i + 1;
  return clause[0];
}

function preferredScopes(text: string, clauses: Span[], brackets: Span[], matches: SkillMatch[]): Span[] {
  const scopes: Span[] = [];
  for (const bracket of brackets) {
    if (!PREFERRED_CUE.test(normalizeForCues(text.slice(bracket[0], bracket[1])))) continue;
    const hasOwnSkills = matches.some((m) => m.start >= bracket[0] && m.start < bracket[1]);
    const clause = clauses[Math.max(0, indexOfSpan(clauses, bracket[0]))];
    scopes.push(hasOwnSkills ? bracket : [itemStartBefore(text, clause, bracket[0]), bracket[1]]);
  }
  for (const clause of clauses) {
    if (PREFERRED_CUE.test(normalizeForCues(blankBrackets(text, clause, brackets)))) scopes.push(clause);
  }
  return scopes;
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

const COMPANY_OPENER = /^[\s*_(["\u201c]*(?:we|our|us)\b/i;

/** The common unit with no cue words at all: one requirement, every skill of the unit's kind. */
function assemblePlainUnit(text: string, span: Span, role: UnitRole, matches: SkillMatch[]): AssembledUnit {
  const placed = matches.map((match): Placed => ({ match, kind: role.kind, years: null, clause: 0, scope: span }));
  return {
    requirements: [{ text: text.slice(span[0], span[1]), section: role.section, kind: role.kind, minYears: null, span, skills: toRefs(placed) }],
    overallYears: null,
  };
}

export function assembleUnit({ text, span, cues, role, matches }: UnitInput): AssembledUnit {
  if (cues === 0) return assemblePlainUnit(text, span, role, matches);
  const [unitStart, unitEnd] = span;
  const mayPrefer = (cues & CUE_PREFERRED) !== 0;
  const clauses = splitClauses(text, unitStart, unitEnd);
  const brackets = mayPrefer || (cues & CUE_STAND_IN) !== 0 ? findBracketGroups(text, unitStart, unitEnd) : [];

  // Skills in a clause that speaks for the company ("We build our own systems ...") or states an
  // eligibility condition ("requires German citizenship due to regulatory requirements") are context.
  const context = clauses.map((c) => {
    const raw = text.slice(c[0], c[1]);
    if ((cues & CUE_COMPANY) !== 0 && COMPANY_OPENER.test(raw) && isCompanyVoiceClause(normalizeForCues(raw))) return true;
    return (cues & CUE_ELIGIBILITY) !== 0 && ELIGIBILITY.test(raw.toLowerCase());
  });
  // "NestJS (or comparable backend frameworks)": the stand-ins are not asked for by name.
  const standIns = (cues & CUE_STAND_IN) !== 0 ? brackets.filter((b) => STAND_IN.test(text.slice(b[0], b[1]))) : [];
  let kept = matches.filter((m) => !context[clauseIndex(clauses, m.start)] && !standIns.some((b) => m.start >= b[0] && m.start < b[1]));

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

  const scopes = mayPrefer ? preferredScopes(text, clauses, brackets, kept) : [];
  const clauseYears = new Map<number, { years: number; additional: boolean }>();
  for (const m of mentions) {
    // "3+ years applied experience" is the posting's seniority bar, not years with a skill nearby.
    if (m.genericEnd >= 0) continue;
    const clause = clauseIndex(clauses, m.start);
    if (!clauseYears.has(clause)) clauseYears.set(clause, { years: m.years, additional: m.additional });
  }

  const placed: Placed[] = kept.map((match) => {
    const clause = clauseIndex(clauses, match.start);
    const scope = scopes.find((s) => match.start >= s[0] && match.start < s[1]);
    return {
      match,
      kind: role.kind === "must" && scope ? "preferred" : role.kind,
      years: clauseYears.get(clause)?.years ?? null,
      clause,
      scope: scope ?? clauses[clause],
    };
  });

  // Skills named together with a skill whose years are given elsewhere in the unit share them:
  // "Deep understanding of KDB and Q. At least 7 years using KDB." gives q 7 years too.
  for (const p of placed) {
    if (p.years !== null) continue;
    const partner = placed.find(
      (o) =>
        o.clause !== p.clause &&
        clauseYears.get(o.clause)?.additional === false &&
        placed.some((same) => same.clause === p.clause && same.match.skill.id === o.match.skill.id),
    );
    if (partner) p.years = clauseYears.get(partner.clause)!.years;
  }

  const primary = mentions.find((m) => !m.additional) ?? mentions[0];
  const primaryYears = primary ? primary.years : null;
  let overallYears: number | null = null;
  for (const m of mentions) {
    if (m.genericEnd < 0 || role.kind !== "must") continue;
    const inScope = scopes.some((s) => m.start >= s[0] && m.start < s[1]);
    if (!inScope) overallYears = Math.max(overallYears ?? 0, m.years);
  }

  const unitText = text.slice(unitStart, unitEnd);
  let unitKind: RequirementKind = role.kind;
  if (placed.length > 0) unitKind = placed.some((p) => p.kind === "must") ? "must" : "preferred";
  else if (role.kind === "must" && mayPrefer && PREFERRED_CUE.test(normalizeForCues(unitText))) unitKind = "preferred";

  // One requirement per (kind, years); the unit's own kind and years keep the whole unit's span.
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
  const mainYears = main.length > 0 ? main[0].years : primaryYears;

  const requirements: Requirement[] = [
    { text: unitText, section: role.section, kind: unitKind, minYears: mainYears, span: [unitStart, unitEnd], skills: toRefs(main) },
  ];
  for (const [key, list] of groups) {
    if (key === mainKey) continue;
    const start = Math.min(...list.map((p) => p.scope[0]));
    const end = Math.max(...list.map((p) => p.scope[1]));
    requirements.push({
      text: text.slice(start, end),
      section: role.section,
      kind: list[0].kind,
      minYears: list[0].years,
      span: [start, end],
      skills: toRefs(list),
    });
  }
  return { requirements, overallYears };
}
