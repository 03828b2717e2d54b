/**
 * Cuts a posting into requirement units, each with its character span in the original text:
 * bullets ("-", "*", "•", "1."), inline bullets ("Required: -2+ years ... -Experience ..."), lines of
 * a list, and sentences of a paragraph. Each unit carries the section it sits in.
 */
import { parseHeading, parseLabelPrefix, type SectionLabel } from "./sections";

export type UnitShape = "bullet" | "line" | "sentence";

export interface Unit {
  start: number;
  end: number;
  /** The section heading above the unit, or a label that opens its own line ("Tech: ..."). */
  section: SectionLabel | null;
  /** True when `section` comes from a label at the start of the unit's own line. */
  labelled: boolean;
  shape: UnitShape;
  /** Units cut from the same bullet, line or paragraph share a group (years carry across it). */
  group: number;
  /** Prose after the bullet list of its section ("- Go\n- SQL\n\nYou'll be on call one week in five."). */
  afterList?: boolean;
}

export interface Layout {
  units: Unit[];
  hasHeadings: boolean;
}

interface Line {
  start: number;
  end: number;
}

const BULLET = /^(\s*)(?:[-*•·▪◦‣●○■□➢➤►▶✓✔✅☑→–—+]|\p{Extended_Pictographic}\uFE0F?|\(?\d{1,2}[.)]|\(\d{1,2}\))(?:\s+|(?=[A-Z0-9]))/u;
// Inline bullets: a dash glued to a capital or digit ("-Own", "-2+ years"), or a bullet symbol.
const INLINE_BULLET = /(?:^|\s)(?:-(?=[A-Z0-9])|[•▪◦·●]\s*(?=\S))/gu;
const ABBREVIATION = /(?:^|[\s(])(?:e\.g|i\.e|etc|vs|inc|ltd|co|jr|sr|dr|mr|ms|mrs|st|no|approx|incl|min|max|u\.s|esp|cf|al|fig|dept|est)\.?$/i;

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (;;) {
    // indexOf finds each line end at native speed; a loop over every character was a tenth of the layout's time.
    const newline = text.indexOf("\n", start);
    const i = newline < 0 ? text.length : newline;
    let end = i;
    if (end > start && text.charCodeAt(end - 1) === 13) end--;
    lines.push({ start, end });
    if (newline < 0) return lines;
    start = i + 1;
  }
}

/** Narrows [start, end) to exclude surrounding whitespace. */
function isSpace(code: number): boolean {
  return code <= 32 || code === 0xa0 || code === 0x2028 || code === 0x3000 || (code >= 0x2000 && code <= 0x200b);
}

function trimSpan(text: string, start: number, end: number): [number, number] {
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  return [start, end];
}

/** Sentence spans inside [start, end): split at . ! ? followed by space and a capital, digit or bracket. */
export function splitSentences(text: string, start: number, end: number): [number, number][] {
  const spans: [number, number][] = [];
  let sentenceStart = start;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code !== 46 && code !== 33 && code !== 63) continue; // . ! ?
    const c = text[i];
    let j = i + 1;
    while (j < end && (text[j] === "." || text[j] === ")" || text[j] === '"' || text[j] === "”")) j++;
    if (j >= end || !/\s/.test(text[j])) continue;
    let k = j;
    while (k < end && /\s/.test(text[k])) k++;
    if (k >= end || !/[A-Z0-9("“[]/.test(text[k])) continue;
    if (c === "." && ABBREVIATION.test(text.slice(Math.max(sentenceStart, i - 6), i + 1))) continue;
    const span = trimSpan(text, sentenceStart, j);
    if (span[1] > span[0]) spans.push(span);
    sentenceStart = k;
    i = k - 1;
  }
  const last = trimSpan(text, sentenceStart, end);
  if (last[1] > last[0]) spans.push(last);
  return spans;
}

/** Inline bullet items inside [start, end), or null when the content is not an inline list. */
const BULLET_SYMBOL = /[\u2022\u25aa\u25e6\u00b7\u25cf]/;

/**
 * Any inline bullet mark in [start, end)? This runs on every unit: native searches of the unit's
 * slice for its dashes and bullet symbols, not a loop over each character.
 */
function hasInlineMarks(text: string, start: number, end: number): boolean {
  const content = text.slice(start, end);
  for (let at = content.indexOf("-"); at >= 0; at = content.indexOf("-", at + 1)) {
    const i = start + at;
    const next = text.charCodeAt(i + 1);
    const glued = (next >= 65 && next <= 90) || (next >= 48 && next <= 57);
    if (glued && (i === start || isSpace(text.charCodeAt(i - 1)))) return true;
  }
  return BULLET_SYMBOL.test(content);
}

function splitInlineBullets(text: string, start: number, end: number): [number, number][] | null {
  if (!hasInlineMarks(text, start, end)) return null;
  const content = text.slice(start, end);
  const markers: number[] = [];
  INLINE_BULLET.lastIndex = 0;
  for (let m = INLINE_BULLET.exec(content); m; m = INLINE_BULLET.exec(content)) {
    markers.push(m.index + (/\s/.test(content[m.index]) ? 1 : 0));
  }
  const leading = markers.length > 0 && content.slice(0, markers[0]).trim() === "";
  if (markers.length < 2 && !(leading && markers.length === 1)) return null;
  const spans: [number, number][] = [];
  const head = trimSpan(text, start, start + markers[0]);
  if (head[1] > head[0]) spans.push(head);
  for (let i = 0; i < markers.length; i++) {
    let itemStart = start + markers[i] + 1;
    const itemEnd = i + 1 < markers.length ? start + markers[i + 1] : end;
    const span = trimSpan(text, itemStart, itemEnd);
    itemStart = span[0];
    if (span[1] > itemStart) spans.push([itemStart, span[1]]);
  }
  return spans;
}

function isWrapped(text: string, lines: Line[]): boolean {
  for (let i = 0; i + 1 < lines.length; i++) {
    const current = text.slice(lines[i].start, lines[i].end).trimEnd();
    const next = text.slice(lines[i + 1].start, lines[i + 1].end).trimStart();
    if (!/[.!?:;)]$/.test(current) && /^[a-z(]/.test(next)) return true;
  }
  return false;
}

/** Bullets start with a symbol, a digit or a bracket, never a letter: skip the regex for prose lines. */
function startsLikeBullet(line: string): boolean {
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (isSpace(c)) continue;
    return !((c >= 65 && c <= 90) || (c >= 97 && c <= 122));
  }
  return false;
}

function findColon(text: string, start: number, end: number): number {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 58 || c === 0xff1a) return i;
  }
  return -1;
}

/**
 * A line of a list stays whole, even with two sentences ("Deep understanding of KDB and Q. At
 * least 7 years using KDB."); a long line of prose under a title is a paragraph and is cut into
 * sentences like one.
 */
function isProseLine(text: string, line: Line): boolean {
  if (line.end - line.start > 240) return true;
  // Cheap count of sentence ends (". " + capital) before the exact split.
  let ends = 0;
  for (let i = line.start + 1; i + 2 < line.end; i++) {
    const c = text.charCodeAt(i);
    if ((c === 46 || c === 33 || c === 63) && text.charCodeAt(i + 1) === 32) {
      const next = text.charCodeAt(i + 2);
      if (next >= 65 && next <= 90 && ++ends >= 2) break;
    }
  }
  return ends >= 2 && splitSentences(text, line.start, line.end).length >= 3;
}

/** Splits `text` into units. Pure; spans index into `text`. */
/** " Stack:", " Tech stack:", " Tech:" after other words of a line, capitalised like a label (not "across the full stack:"). */
const STACK_LABEL_INSIDE = /[\s;|](?=(?:(?:Tech|TECH|Technology|Our) (?:[Ss]tack|STACK)|Stack|STACK|Tech|TECH|Technologies)\s*:)/;

export function layoutPosting(text: string): Layout {
  const lines = splitLines(text);
  const units: Unit[] = [];
  let section: SectionLabel | null = null;
  let hasHeadings = false;
  let group = 0;
  let block: Line[] = [];
  let bulletIndent = -1;
  let sectionHasBullets = false;

  const pushContent = (start: number, end: number, shape: UnitShape, splitProse: boolean) => {
    [start, end] = trimSpan(text, start, end);
    if (end <= start) return;
    group++;
    let unitSection = section;
    let labelled = false;
    let contentStart = start;
    const colon = findColon(text, start, Math.min(end, start + 57));
    // "Bonus Points - Formal Verification, ...": a dash label needs no colon.
    const label = colon < 0 && !/\s[-–—]\s/.test(text.slice(start, Math.min(end, start + 40))) ? null : parseLabelPrefix(text.slice(start, end));
    if (label) {
      // "- EDR tooling: CrowdStrike, SentinelOne" under Requirements: a tool label inside a
      // requirement list names what is required, not the company's stack.
      unitSection = label.label === "stack" && shape === "bullet" && (section === "requirements" || section === "preferred") ? section : label.label;
      labelled = true;
      contentStart = start + label.contentOffset;
    }
    const inline = splitInlineBullets(text, contentStart, end);
    if (inline) {
      // Each inline bullet is a requirement of its own, like a bullet on its own line.
      for (const [s, e] of inline) units.push({ start: s, end: e, section: unitSection, labelled, shape: "bullet", group: ++group });
      return;
    }
    // A label line stays whole ("Development lead experience: requirements capture, ...").
    const spans = splitProse ? splitSentences(text, start, end) : [[start, end] as [number, number]];
    // "Stack: C#, Python, Gemini API. Understanding of LLM API cost is key.": like one inside a
    // paragraph, a stack or context label at the start of a line covers its own sentence only.
    const labelCarries = !label || label.label === "requirements" || label.label === "preferred" || unitSection !== label.label;
    const baseSection = labelCarries ? unitSection : section;
    const baseLabelled = labelCarries ? labelled : false;
    spans.forEach(([s, e], index) => {
      if (index === 1 && !labelCarries) {
        unitSection = baseSection;
        labelled = baseLabelled;
      }
      let sentenceSection = unitSection;
      let sentenceLabelled = labelled;
      // "... in Portland. Must have: advanced SQL, Looker. Nice to have: dbt.": a label inside a
      // paragraph opens a section there. Requirement and preference labels carry on to the next
      // sentences; a stack or context label ("Tech: ...", "Location: ...") covers its own sentence.
      const inner = index > 0 && findColon(text, s, Math.min(e, s + 57)) >= 0 ? parseLabelPrefix(text.slice(s, e)) : null;
      if (inner) {
        sentenceSection = inner.label;
        sentenceLabelled = true;
        const carries = inner.label === "requirements" || inner.label === "preferred";
        unitSection = carries ? inner.label : baseSection;
        labelled = carries ? true : baseLabelled;
      }
      // "Location: Boston - hybrid; Headcount: ~38 Stack:React / Typescript / Python / GCP": a stack
      // label inside a line of labelled facts opens a unit of its own.
      const stackAt = s + 1 < e ? text.slice(s + 1, e).search(STACK_LABEL_INSIDE) : -1;
      if (stackAt >= 0) {
        const cut = s + 1 + stackAt + 1;
        const stackLabel = parseLabelPrefix(text.slice(cut, e));
        if (stackLabel?.label === "stack") {
          units.push({ start: s, end: cut - 1, section: sentenceSection, labelled: sentenceLabelled, shape, group });
          units.push({ start: cut, end: e, section: "stack", labelled: true, shape, group });
          return;
        }
      }
      const unit: Unit = { start: s, end: e, section: sentenceSection, labelled: sentenceLabelled, shape, group };
      if (shape !== "bullet" && sectionHasBullets && !sentenceLabelled) unit.afterList = true;
      units.push(unit);
    });
    if (shape === "bullet") sectionHasBullets = true;
  };

  const flushBlock = () => {
    if (block.length === 0) return;
    const paragraph = block.length === 1 || isWrapped(text, block);
    if (paragraph) pushContent(block[0].start, block[block.length - 1].end, "sentence", true);
    else for (const line of block) pushContent(line.start, line.end, "line", isProseLine(text, line));
    block = [];
  };

  let openBullet: { start: number; end: number } | null = null;
  const flushBullet = () => {
    if (openBullet) pushContent(openBullet.start, openBullet.end, "bullet", false);
    openBullet = null;
  };

  for (const line of lines) {
    const raw = text.slice(line.start, line.end);
    if (raw.trim() === "") {
      flushBullet();
      flushBlock();
      continue;
    }
    const heading = parseHeading(raw);
    if (heading) {
      flushBullet();
      flushBlock();
      section = heading.label;
      sectionHasBullets = false;
      hasHeadings = true;
      continue;
    }
    const bullet = startsLikeBullet(raw) ? BULLET.exec(raw) : null;
    if (bullet) {
      flushBullet();
      flushBlock();
      openBullet = { start: line.start + bullet[0].length, end: line.end };
      bulletIndent = bullet[1].length;
      continue;
    }
    const indent = raw.length - raw.trimStart().length;
    if (openBullet && (indent > bulletIndent || /^\s*[a-z]/.test(raw))) {
      openBullet.end = line.end; // a bullet wrapped onto the next line
      continue;
    }
    flushBullet();
    block.push(line);
  }
  flushBullet();
  flushBlock();
  return { units, hasHeadings };
}
