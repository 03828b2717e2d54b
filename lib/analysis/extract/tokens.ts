/**
 * One pass over the text that yields word tokens with their offsets and the kind of gap before
 * each one. Skill matching, cue detection and the bench's bare pass all share it, so the text is
 * scanned once.
 */

/** What separates a token from the previous one. Multi-word aliases may only span soft gaps (or the
 * same special separator the alias itself contains, e.g. the slash of "CI/CD"). */
export const GAP_SOFT = 0; // spaces, a single hyphen, dot or underscore inside a word ("Node.js", "fine-tuning")
export const GAP_SLASH = 1; // "C#/.NET", "kdb+/q"
export const GAP_PLUS = 2; // "Java + Spring"
export const GAP_AMP = 3; // "R&D"
export const GAP_HARD = 4; // commas, brackets, sentence ends, newlines, " - ": nothing spans these

export interface TokenStream {
  count: number;
  start: Int32Array;
  end: Int32Array;
  /** Lowercased token, possessive "'s" removed. */
  key: string[];
  gap: Uint8Array;
}

function isAsciiWordCode(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
}

const LETTER = /\p{L}/u;

function isWordChar(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if (code < 128) return isAsciiWordCode(code);
  // Accented letters belong to words; emoji, curly quotes and dashes do not.
  return code >= 0xc0 && LETTER.test(text[index]);
}

function isApostrophe(code: number): boolean {
  return code === 39 || code === 0x2019;
}

/** Classifies the characters between two tokens. */
function classifyGap(text: string, from: number, to: number): number {
  if (to === from) return GAP_SOFT; // "kdb+tick": the plus closes one token, the next starts at once
  let spaces = 0;
  let special = -1;
  let softMarks = 0;
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code === 32 || code === 9 || code === 0xa0) spaces++;
    else if (code === 45 || code === 46 || code === 95) softMarks++; // - . _
    else if (code === 47 && special < 0) special = GAP_SLASH;
    else if (code === 43 && special < 0) special = GAP_PLUS;
    else if (code === 38 && special < 0) special = GAP_AMP;
    else return GAP_HARD;
  }
  if (special >= 0) return softMarks > 0 ? GAP_HARD : special;
  if (softMarks === 0) return GAP_SOFT;
  // "Node.js" and "end-to-end" are soft; ". " ends a sentence and " - " sets off a clause.
  return softMarks === 1 && spaces === 0 ? GAP_SOFT : GAP_HARD;
}

function skipUrl(text: string, index: number): number {
  let i = index;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (code <= 32 || code === 41 || code === 93 || code === 62 || code === 34) break; // space ) ] > "
    i++;
  }
  return i;
}

function startsUrl(text: string, index: number): boolean {
  const c = text.charCodeAt(index) | 32;
  if (c === 104) return text.startsWith("http://", index) || text.startsWith("https://", index);
  if (c === 119) return text.startsWith("www.", index);
  return false;
}

/** Tokenizes `text` in one pass. URLs are skipped (a hard gap) so "github.com/..." names nothing. */
export function tokenize(text: string): TokenStream {
  const capacity = Math.max(16, Math.ceil(text.length / 3));
  let start = new Int32Array(capacity);
  let end = new Int32Array(capacity);
  let gap = new Uint8Array(capacity);
  const key: string[] = [];
  let count = 0;
  let previousEnd = 0;
  let forcedHard = false;
  const length = text.length;
  let i = 0;
  while (i < length) {
    const code = text.charCodeAt(i);
    const leadingDot = code === 46 && i + 1 < length && isWordChar(text, i + 1) && (i === 0 || !isWordChar(text, i - 1));
    if (!leadingDot && !isWordChar(text, i)) {
      i++;
      continue;
    }
    if (startsUrl(text, i)) {
      i = skipUrl(text, i);
      forcedHard = true;
      continue;
    }
    const tokenStart = i;
    i++;
    while (i < length) {
      if (isWordChar(text, i)) i++;
      else if (isApostrophe(text.charCodeAt(i)) && i + 1 < length && isWordChar(text, i + 1)) i++;
      else break;
    }
    // C++, C#, F#, kdb+: trailing plus and hash signs belong to the name.
    while (i < length) {
      const c = text.charCodeAt(i);
      if (c === 43 || (c === 35 && i - tokenStart <= 2)) i++;
      else break;
    }
    if (text.charCodeAt(i) === 64 /* @ */) {
      // An e-mail address: skip it whole.
      i = skipUrl(text, i);
      forcedHard = true;
      continue;
    }
    if (count === start.length) {
      const grow = (a: Int32Array) => {
        const b = new Int32Array(a.length * 2);
        b.set(a);
        return b;
      };
      start = grow(start);
      end = grow(end);
      const g = new Uint8Array(gap.length * 2);
      g.set(gap);
      gap = g;
    }
    start[count] = tokenStart;
    end[count] = i;
    gap[count] = count === 0 || forcedHard ? GAP_HARD : classifyGap(text, previousEnd, tokenStart);
    forcedHard = false;
    let normalized = text.slice(tokenStart, i).toLowerCase();
    const last = normalized.length - 1;
    if (last >= 2 && normalized.charCodeAt(last) === 115 && isApostrophe(normalized.charCodeAt(last - 1))) {
      normalized = normalized.slice(0, last - 1);
    }
    key.push(normalized);
    previousEnd = i;
    count++;
  }
  return { count, start, end, key, gap };
}
