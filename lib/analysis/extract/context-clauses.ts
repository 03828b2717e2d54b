/**
 * Skills named in a requirement unit that are context, not asked for: a clause or bracket in the
 * company's voice ("We build and manage our own systems, and value scalability", "(we don't mind
 * if you came from Java)"), an explicit non-requirement ("no Rust experience needed"), an
 * eligibility condition ("requires German citizenship", "Bachelor's degree in Computer Science"),
 * or a stand-in ("NestJS (or comparable backend frameworks)"). A company clause that states the
 * stack ("Good SQL skills (we run on SQL Server and PostgreSQL)") keeps its skills, as preferred:
 * the labelling rule for technologies named only in a stack line.
 */
import { blankBrackets, indexOfSpan, type Span } from "./clauses";
import { isCompanyVoiceClause, isStackStatement, normalizeForCues } from "./kind";
import type { SkillMatch } from "./skill-matcher";
import { CUE_COMPANY, CUE_ELIGIBILITY, CUE_NEGATION, CUE_STAND_IN } from "./word-gate";
import { CUES } from "./cues";

const STAND_IN = /^[([]\s*or\s+(?:an?\s+)?(?:comparable|similar|equivalent|related|other|another|any)\b/i;
// "(or a similar orchestrator such as Dagster)": the named example is an option, not a stand-in.
const EXAMPLE_CUE = /\b(?:such as|like|e\.g\.?|for example|for instance|including)\s/i;
// "most of our collaboration is async": a share of the company's own work is the company speaking.
const COMPANY_OPENER = /^[\s*_(["\u201c]*(?:(?:which|where|since|because|as|and|but|so|(?:most|much|all|some|half|a lot) of)\s+)?(?:we|our|us)\b/i;
const LEADING_CONNECTOR = /^(?:which|where|since|because|as|and|but|so|(?:most|much|all|some|half|a lot) of)\s+/i;

const COMPANY_HINT = /\b(?:we|our|us)\b/i;
const NEGATION_HINT = /\b(?:no|not)\b|n['\u2019]?t\b/i;

// "our backend is Go and our clients are TypeScript": two company statements in one clause.
// "We don't have hard requirements around degrees - but you do need ...": the turn to "you" leaves the company's voice.
const COMPANY_JOIN = /,?\s+(?:and|while|but|whereas)\s+(?=(?:we|our)\b)|\s*[-–—,;]?\s+but\s+(?=you\b)/gi;

function stripDecoration(raw: string): string {
  return raw.replace(/^[\s*_(["\u201c]+/, "");
}

/**
 * Sorts the spans of one clause or bracket (`raw` is its text, blanked brackets included) into
 * context to drop and stack statements whose skills are preferred.
 */
// "..., but you won't be writing it", "(you won't need either)": the negation points back.
const POINTS_BACK = /\b(?:it|either|them|those|these|that|any of (?:it|them|those|these))\W*$/;

/** Returns true when the segment negates what comes before it (see POINTS_BACK). */
function classifySegment(raw: string, offset: number, cues: number, dropped: Span[], stack: Span[]): boolean {
  if ((cues & CUE_COMPANY) !== 0 && COMPANY_OPENER.test(raw)) {
    const statements: Span[] = [];
    let from = 0;
    COMPANY_JOIN.lastIndex = 0;
    for (let m = COMPANY_JOIN.exec(raw); m; m = COMPANY_JOIN.exec(raw)) {
      statements.push([from, m.index]);
      from = m.index + m[0].length;
    }
    statements.push([from, raw.length]);
    for (const [a, b] of statements) {
      const part = raw.slice(a, b);
      const plain = stripDecoration(part);
      const lead = part.length - plain.length;
      const unjoined = plain.replace(LEADING_CONNECTOR, "");
      const lower = normalizeForCues(unjoined);
      const named = CUES.companyNamesTool.exec(unjoined);
      if (isStackStatement(lower)) stack.push([offset + a, offset + b]);
      else if (named && /[A-Z0-9.]/.test(unjoined[named[0].length] ?? "")) {
        // The subject ("our backend") is the company's part; the tools after the verb are the stack.
        const split = offset + a + lead + (plain.length - unjoined.length) + named[0].length;
        dropped.push([offset + a, split]);
        stack.push([split, offset + b]);
      } else if (isCompanyVoiceClause(lower)) dropped.push([offset + a, offset + b]);
    }
    return false;
  }
  if ((cues & CUE_NEGATION) !== 0) {
    const lower = normalizeForCues(raw);
    if (CUES.negated.test(lower) && !CUES.preferred.test(lower.replace(/\bnot (?:strictly )?required\b/g, ""))) {
      dropped.push([offset, offset + raw.length]);
      return POINTS_BACK.test(lower);
    }
  }
  return false;
}

/** Eligibility, part by part: "Clear written communication: most of us work across time zones" keeps its skill. */
function eligibilityParts(text: string, clause: Span): Span[] {
  const parts: Span[] = [];
  const raw = text.slice(clause[0], clause[1]);
  let from = 0;
  const colon = /:\s/g;
  for (let m = colon.exec(raw); m; m = colon.exec(raw)) {
    parts.push([clause[0] + from, clause[0] + m.index + 1]);
    from = m.index + m[0].length;
  }
  parts.push([clause[0] + from, clause[1]]);
  return parts.filter((p) => CUES.eligibility.test(text.slice(p[0], p[1]).toLowerCase()));
}

export interface ContextResult {
  kept: SkillMatch[];
  /** Spans in the company's voice that name the stack: their skills are preferred. */
  stackScopes: Span[];
}

export function dropContextSkills(text: string, clauses: Span[], brackets: Span[], cues: number, matches: SkillMatch[]): ContextResult {
  if ((cues & (CUE_COMPANY | CUE_ELIGIBILITY | CUE_STAND_IN | CUE_NEGATION)) === 0) return { kept: matches, stackScopes: [] };
  const dropped: Span[] = [];
  const stackScopes: Span[] = [];
  if ((cues & (CUE_COMPANY | CUE_NEGATION)) !== 0) {
    // Each clause, and each bracket from its opening to the clause's end ("(we don't mind if you came from Java or C#").
    const segments: Span[] = [...clauses];
    for (const b of brackets) {
      const clause = clauses[Math.max(0, indexOfSpan(clauses, b[0]))];
      if (b[0] > clause[0]) segments.push([b[0], Math.min(b[1], clause[1])]);
    }
    segments.forEach((segment, index) => {
      let raw = text.slice(segment[0], segment[1]);
      // Most clauses neither open in the company's voice nor negate: skip them cheaply.
      if (!((cues & CUE_COMPANY) !== 0 && COMPANY_HINT.test(raw)) && !((cues & CUE_NEGATION) !== 0 && NEGATION_HINT.test(raw))) return;
      // A clause speaks without its brackets: "5+ years of Go (we don't mind if you came from Java)".
      if (index < clauses.length && brackets.some((b) => b[0] < segment[1] && b[1] > segment[0])) raw = blankBrackets(text, segment, brackets);
      if (!classifySegment(raw, segment[0], cues, dropped, stackScopes)) return;
      // What the negation points back to: the clause before it in the same sentence, or, for a
      // bracket, its clause up to the bracket ("Kotlin and React (you won't need either)").
      if (index >= clauses.length) {
        const clause = clauses[Math.max(0, indexOfSpan(clauses, segment[0]))];
        dropped.push([clause[0], segment[0]]);
      } else if (index > 0 && !/[.!?]\s*$/.test(text.slice(clauses[index - 1][0], clauses[index - 1][1]))) {
        dropped.push(clauses[index - 1]);
      }
    });
  }
  if ((cues & CUE_ELIGIBILITY) !== 0) for (const clause of clauses) dropped.push(...eligibilityParts(text, clause));
  if ((cues & CUE_STAND_IN) !== 0) {
    for (const b of brackets) {
      const raw = text.slice(b[0], b[1]);
      if (!STAND_IN.test(raw)) continue;
      const example = EXAMPLE_CUE.exec(raw);
      dropped.push([b[0], example ? b[0] + example.index : b[1]]);
    }
  }
  const inside = (spans: Span[], offset: number) => spans.some((s) => offset >= s[0] && offset < s[1]);
  return { kept: matches.filter((m) => !inside(dropped, m.start)), stackScopes: stackScopes.filter((s) => !inside(dropped, s[0])) };
}
