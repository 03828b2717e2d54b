/**
 * Section headings: recognising a heading line in any common style and mapping its words to a
 * normalised label. Requirements only come from some sections, so this decides precision.
 */
import { HEADING_FAMILIES } from "./cues";

export type SectionLabel =
  | "requirements"
  | "preferred"
  | "stack"
  | "responsibilities"
  | "about"
  | "benefits"
  | "apply"
  | "other";

/** Sections whose lines are requirements of the posting (the rest are context). */
export const REQUIREMENT_SECTIONS: ReadonlySet<SectionLabel> = new Set(["requirements", "preferred", "stack"]);

/** Lowercase, curly quotes straightened, punctuation turned into spaces. */
export function normalizeHeadingText(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/[^a-z0-9' ]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

// The same few titles ("Requirements", "Tech stack") recur in every posting; remember their labels.
const classified = new Map<string, SectionLabel>();

export function classifySectionTitle(title: string): SectionLabel {
  const known = classified.get(title);
  if (known) return known;
  // "Atlanta, US:", "Remote (US)": the country, not "about us" (an all-caps "WHY US" stays "us").
  const normalized = normalizeHeadingText(/[a-z]/.test(title) ? title.replace(/\bU\.?S\.?(?![\w.])/g, "USA") : title);
  let result: SectionLabel = "other";
  for (const [label, pattern] of HEADING_FAMILIES) {
    if (pattern.test(normalized)) {
      result = label;
      break;
    }
  }
  if (classified.size < 2000) classified.set(title, result);
  return result;
}

// Emoji, arrows, boxes: a heading may start with one ("🚀 What you'll do").
const DECORATION_PREFIX = /^(?:[^\p{L}\p{N}\s#*_\-•·▪◦‣(\[$"'“]\uFE0F?\s*)+/u;
// A plain, undecorated line is a heading only when every word is heading vocabulary:
// "Required qualifications, capabilities, and skills", "Job responsibilities", "What you'd work on".
const HEADING_WORDS = new Set(
  ("about the role you your yours us our we what who why how to will 'll you'll you'd we're we'll would do doing bring need " +
    "have has job position team company key main core minimum basic required requirements requirement preferred desired " +
    "desirable nice bonus bonuses plus pluses qualifications qualification capabilities capability skills skill skillset " +
    "experience experiences responsibilities responsibility duties benefits perks compensation tech technical technology " +
    "technologies stack tools tooling and or of for a an looking offer offering apply additional extra points must haves " +
    "ideal candidate profile competencies essential essentials require great good fit work working on in it this is be day life " +
    "culture values mission join process interview salary location hours education background summary overview description " +
    "expect expectations impact own build achieve who's what's it's that makes make are can help get might if fit " +
    "dein deine ihr ihre profil aufgaben anforderungen qualifikationen wir bieten sound sounds like takes succeed " +
    "you're points does use using")
    .split(" "),
);

function allHeadingWords(normalized: string): boolean {
  for (const word of normalized.split(" ")) if (word && !HEADING_WORDS.has(word)) return false;
  return true;
}

export interface Heading {
  label: SectionLabel;
  title: string;
}

function quickWordCount(text: string): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const space = text.charCodeAt(i) <= 32;
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return words;
}

function countWords(text: string): number {
  const words = text.trim().split(/\s+/);
  return words[0] === "" ? 0 : words.length;
}

/**
 * A whole line that is a heading: "## Requirements", "**Nice to have**", "* Requirements *",
 * "REQUIREMENTS", "🚀 What you'll do", "Bonus Skills (Not required):", or a plain "Requirements".
 */
export function parseHeading(line: string): Heading | null {
  let text = line.trim();
  if (text.length === 0 || text.length > 90) return null;
  // Most lines are sentences: a full stop at the end, or too many words, rules them out at once.
  const lastCode = text.charCodeAt(text.length - 1);
  if ((lastCode === 46 || lastCode === 33) && !text.startsWith("#")) return null;
  const wordCount = quickWordCount(text);
  // "Who are you?", "Is this you?": a short question can head a section; a long one is a sentence.
  if (lastCode === 63) {
    if (wordCount > 6 && !text.startsWith("#")) return null;
    text = text.replace(/\?+$/, "").trimEnd();
  }
  if (wordCount > 14) return null;
  // A bullet is an item, not a heading, unless it is emphasised or ends with a colon.
  if (/^(?:[-•·▪–—+]|\d{1,2}[.)])\s/.test(text) && lastCode !== 58 && lastCode !== 42) return null;
  // Fast path for the common line that starts with a letter and has no colon at the end: only a
  // plain heading ("Requirements") or an ALL CAPS one can still qualify.
  const firstCode = text.charCodeAt(0);
  const alphanumericStart = (firstCode >= 65 && firstCode <= 90) || (firstCode >= 97 && firstCode <= 122) || (firstCode >= 48 && firstCode <= 57);
  if (alphanumericStart && lastCode !== 58 && lastCode !== 0xff1a && lastCode !== 42 && text.toUpperCase() !== text) {
    if (wordCount > 8 || /\d/.test(text)) return null;
  }
  let decorated = false;
  if (/^#{1,6}\s/.test(text)) {
    text = text.replace(/^#{1,6}\s+/, "");
    decorated = true;
  }
  // An emoji alone does not make a heading: "🚀 What you'll do" is one, "👉 5 years of Python" is a bullet.
  let symbolOnly = false;
  const withoutPrefix = text.replace(DECORATION_PREFIX, "");
  if (withoutPrefix !== text) {
    text = withoutPrefix;
    symbolOnly = !decorated;
  }
  const emphasised = /^([*_]{1,3})\s*([^*_].*?)\s*\1\s*:?$/.exec(text);
  // "* Strong **SQL** and **Python**" is a markdown bullet with bold words, not one emphasised title.
  if (emphasised && !/[*]/.test(emphasised[2])) {
    text = emphasised[2];
    decorated = true;
    symbolOnly = false;
  }
  let endsWithColon = false;
  if (/[:：]\s*$/.test(text)) {
    text = text.replace(/\s*[:：]\s*$/, "").replace(/^[*_]+|[*_]+$/g, "").trim();
    endsWithColon = true;
    decorated = true;
    symbolOnly = false;
  }
  if (text.length === 0 || /[.!?]$/.test(text) || /https?:\/\//.test(text)) return null;
  const words = countWords(text);
  const letters = text.replace(/[^A-Za-z]/g, "");
  const allCaps = letters.length >= 4 && letters === letters.toUpperCase() && /[A-Z]{3}/.test(letters);
  if (allCaps) {
    decorated = true;
    symbolOnly = false;
  }
  if (words > (endsWithColon ? 12 : 9)) return null;
  // "We're hiring for a few key contract roles, all remote:": a sentence leading into a list.
  if (endsWithColon && words > 4 && /^(?:we|we're|we’re|we are|i|i'm|i’m|our)\b/i.test(text)) return null;
  if (decorated && !symbolOnly) return { label: classifySectionTitle(text), title: text };
  // A plain line is a heading only when it reads like one: short, no digits, only heading words.
  if (words > 8 || /\d/.test(text)) return null;
  if (!allHeadingWords(normalizeHeadingText(text))) {
    // "Dein Profil / Your profile": a bilingual heading reads as any of its parts.
    if (text.indexOf(" / ") < 0 && text.indexOf(" | ") < 0) return null;
    const parts = text.split(/\s+\/\s+|\s+\|\s+/);
    const part = parts.length > 1 ? parts.find((p) => allHeadingWords(normalizeHeadingText(p))) : undefined;
    if (!part) return null;
    const partLabel = classifySectionTitle(part);
    return partLabel === "other" ? null : { label: partLabel, title: text };
  }
  const label = classifySectionTitle(text);
  return label === "other" ? null : { label, title: text };
}

export interface LabelPrefix {
  label: SectionLabel;
  /** Offset (in the given string) where the content after the colon starts. */
  contentOffset: number;
}

/** "Bonus Points - Formal Verification, White Box": a requirement-kind label, a dash, content. */
function parseDashLabel(content: string): LabelPrefix | null {
  const match = /^\s*([A-Za-z][A-Za-z' ]{1,30}?)\s+[-–—]\s+(?=\S)/.exec(content);
  if (!match) return null;
  const label = classifySectionTitle(match[1]);
  return label === "preferred" || label === "requirements" || label === "stack" ? { label, contentOffset: match[0].length } : null;
}

const PREPOSITIONAL_ABOUT = /^(?!what |who |all |more |learn )[a-z']+(?: [a-z']+)? about\b/;

/** "Tech: C#, kdb", "Nice to have: Linux", "*Benefits*: ...": a short known label, a colon, content. */
export function parseLabelPrefix(content: string): LabelPrefix | null {
  const colon = content.search(/[:：]/);
  if (colon < 0 || colon > 56) return parseDashLabel(content);
  const match = /^\s*([*_]{0,3}\s*[^:]{1,48}?\s*[*_]{0,3})\s*[:：](?!\/\/)\s*(?=\S)/.exec(content);
  if (!match) return null;
  // "We're six people. Tech: Django": a label never spans a sentence end.
  if (/[.!?]\s/.test(match[1])) return null;
  const rawLabel = match[1].replace(/[*_]/g, "").trim();
  if (rawLabel.length === 0 || countWords(rawLabel) > 5 || /\d/.test(rawLabel)) return null;
  // "Payments experience, ideally with Stripe: webhooks, ...": a phrase with a comma is a label only
  // when it opens with heading vocabulary ("Nice to have, not required:").
  const comma = rawLabel.indexOf(",");
  if (comma >= 0 && !allHeadingWords(normalizeHeadingText(rawLabel.slice(0, comma)))) return null;
  const label = classifySectionTitle(rawLabel);
  if (label === "other") return null;
  // "Care about testing: we use Jest", "Passionate about UX: ...": "about" after a verb or
  // adjective is a preposition inside a requirement, not an "About us" label.
  if (label === "about" && PREPOSITIONAL_ABOUT.test(normalizeHeadingText(rawLabel))) return null;
  return { label, contentOffset: match[0].length };
}
