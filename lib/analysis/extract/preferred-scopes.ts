/**
 * Where a "preferred" hint reaches inside a requirement unit. In "satellite imagery (SAR
 * preferred)" only SAR is preferred; in "Kafka is a plus" the whole clause is.
 */
import { blankBrackets, indexOfSpan, type Span } from "./clauses";
import { normalizeForCues } from "./kind";
import { CUES } from "./cues";

/** Where a softened bracket without skills of its own reaches back to: "Go (nice to have)". */
function itemStartBefore(text: string, clause: Span, bracketStart: number): number {
  for (let i = bracketStart - 1; i > clause[0]; i--) if (/[,;:]/.test(text[i])) return i + 1;
  return clause[0];
}

const CUE_FILLER = /\b(strongly|highly|very|really|definitely|also|but|is|are|a|an|the|would|be|it|this|that|big|huge|required|not)\b/g;

// Every "preferred" cue in a bracket, compiled once (it was rebuilt from its long source on each call).
const PREFERRED_CUES = new RegExp(CUES.preferred.source, "g");

/** "(nice to have)", "(strongly preferred)": a bracket that only softens what comes before it. */
function isCueOnly(bracketText: string): boolean {
  const rest = normalizeForCues(bracketText).replace(PREFERRED_CUES, " ").replace(CUE_FILLER, " ");
  return !/[a-z0-9]/.test(rest);
}

/** "(Node.js on the back end; React is a plus)": only the part of the bracket with the hint. */
function softenedParts(text: string, bracket: Span): Span[] {
  const inner = text.slice(bracket[0], bracket[1]);
  if (inner.indexOf(";") < 0) return [bracket];
  const parts: Span[] = [];
  let from = bracket[0];
  for (let i = bracket[0]; i <= bracket[1]; i++) {
    if (i < bracket[1] && text[i] !== ";") continue;
    if (CUES.preferred.test(normalizeForCues(text.slice(from, i)))) parts.push([from, i]);
    from = i + 1;
  }
  return parts.length > 0 ? parts : [bracket];
}

/**
 * The parts of a must unit that a preference softens: a bracket with a hint in it ("(optical & SAR
 * strongly preferred)"), the item before a bare hint ("Go (nice to have)"), or a clause with a hint
 * outside brackets ("A formal background in ML is preferable, but ...").
 */
export function findPreferredScopes(text: string, clauses: Span[], brackets: Span[]): Span[] {
  const scopes: Span[] = [];
  for (const bracket of brackets) {
    if (!CUES.preferred.test(normalizeForCues(text.slice(bracket[0], bracket[1])))) continue;
    const clause = clauses[Math.max(0, indexOfSpan(clauses, bracket[0]))];
    if (isCueOnly(text.slice(bracket[0], bracket[1]))) scopes.push([itemStartBefore(text, clause, bracket[0]), bracket[1]]);
    else scopes.push(...softenedParts(text, bracket));
  }
  for (const clause of clauses) {
    if (CUES.preferred.test(normalizeForCues(blankBrackets(text, clause, brackets)))) scopes.push(clause);
  }
  return scopes;
}

