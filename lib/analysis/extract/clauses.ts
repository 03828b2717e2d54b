/**
 * Clauses and bracket groups inside one requirement unit. Years, "preferred" hints and company
 * voice reach only as far as their clause: in "3+ years leading data projects, including team
 * leadership" the years belong to the data projects, and in "satellite imagery (SAR preferred)"
 * only SAR is preferred.
 */
import { splitSentences } from "./units";

export type Span = [number, number];

// Spaced dashes and semicolons always part clauses; after a comma, so do these conjunctions and a
// new requirement phrase ("8+ years of backend experience, deep expertise in Go, and hands-on ...").
// Lettered items part clauses too: "if you are: a) authorized to work in the USA, b) have 4+ years of ...".
const CLAUSE_BREAK =
  /\s[-–—]\s|;\s|,?\s+(?=\(?[b-h]\)\s)|,\s+(?=(?:but|so|including|while|although|though|however|whereas|and ideally|ideally|especially|particularly|(?:which|where)\s+(?:we|our))\b)|,\s+(?:and\s+|with\s+)?(?=(?:deep|strong|solid|hands-on|proven|excellent|working knowledge|familiarity|knowledge|experience|expertise|proficiency|understanding|ability|comfort)\b)/gi;

/** Clause spans covering [start, end) of `text`, in order. */
export function splitClauses(text: string, start: number, end: number): Span[] {
  const clauses: Span[] = [];
  for (const [sentenceStart, sentenceEnd] of splitSentences(text, start, end)) {
    const sentence = text.slice(sentenceStart, sentenceEnd);
    let from = 0;
    CLAUSE_BREAK.lastIndex = 0;
    for (let m = CLAUSE_BREAK.exec(sentence); m; m = CLAUSE_BREAK.exec(sentence)) {
      if (m.index > from) clauses.push([sentenceStart + from, sentenceStart + m.index]);
      from = m.index + m[0].length;
    }
    if (from < sentence.length) clauses.push([sentenceStart + from, sentenceEnd]);
  }
  return clauses.length > 0 ? clauses : [[start, end]];
}

/** Top-level bracket groups "( ... )" and "[ ... ]" (mixed pairs tolerated: "(EC2, S3, etc]"), including the brackets. */
export function findBracketGroups(text: string, start: number, end: number): Span[] {
  const groups: Span[] = [];
  let depth = 0;
  let open = -1;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 40 || c === 91) {
      if (depth === 0) open = i;
      depth++;
    } else if ((c === 41 || c === 93) && depth > 0) {
      depth--;
      if (depth === 0) groups.push([open, i + 1]);
    }
  }
  if (depth > 0 && open >= 0) groups.push([open, end]);
  return groups;
}

/** The span holding `offset`, or -1. Spans are sorted and do not overlap: a binary search. */
export function indexOfSpan(spans: Span[], offset: number): number {
  let low = 0;
  let high = spans.length - 1;
  while (low <= high) {
    const mid = (low + high) >>> 1;
    if (spans[mid][1] <= offset) low = mid + 1;
    else if (spans[mid][0] > offset) high = mid - 1;
    else return mid;
  }
  return -1;
}

export function insideAny(spans: Span[], offset: number): boolean {
  return indexOfSpan(spans, offset) >= 0;
}

/** The span's text with the parts inside brackets replaced by spaces (offsets unchanged). */
export function blankBrackets(text: string, clause: Span, brackets: Span[]): string {
  let result = text.slice(clause[0], clause[1]);
  for (const [s, e] of brackets) {
    if (e <= clause[0] || s >= clause[1]) continue;
    const from = Math.max(s, clause[0]) - clause[0];
    const to = Math.min(e, clause[1]) - clause[0];
    result = result.slice(0, from) + " ".repeat(to - from) + result.slice(to);
  }
  return result;
}
