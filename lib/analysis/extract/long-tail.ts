/**
 * Long-tail skills: a tech-shaped term standing in a list beside known skills ("Mill, Scala,
 * Vert.x, Spark") is a skill even when the taxonomy lacks it. It comes back with the stable id
 * `new:<normalised name>` (see isNewSkillId) and is scored by its exact name.
 */
import { findSkillByName, normalizeSkillName, type SkillDefinition } from "@/lib/analysis/taxonomy";
import type { SkillMatch } from "./skill-matcher";
import { PLACE_NAMES } from "./place-names";

export const NEW_SKILL_PREFIX = "new:";

export function isNewSkillId(id: string): boolean {
  return id.startsWith(NEW_SKILL_PREFIX);
}

/** Splits a list into items: commas (not inside a number: "70,000"), semicolons, slashes, brackets, bars, "and", "or". */
const ITEM_SEPARATOR = /\s*(?:(?<!\d),|,(?!\d)|[;/()|•·]|\s(?:and|or|&|\+)\s|\s[-–—]\s|:\s)\s*/g;
/** One to three name-shaped words: "Mill", "Vert.x", "Apache Iceberg", "C++20", "gRPC-web". */
const NAME_WORD = /^(?:[A-Z0-9][\w.+#-]*|[a-z][a-z0-9]*[.+#][\w.+#-]*|[a-z]+[A-Z][\w.+#-]*)$/;
/** Words that stand in lists without being skills: places, contract terms, fillers, role words. */
const NOT_A_SKILL = new Set(
  [
    "etc", "more", "others", "other", "similar", "equivalent", "and", "or", "the", "a", "an", "our", "we", "you", "i",
    "remote", "hybrid", "onsite", "on-site", "office", "full-time", "fulltime", "full", "time", "part-time", "contract",
    "intern", "interns", "internship", "senior", "staff", "principal", "lead", "junior", "mid", "head", "founding",
    "engineer", "engineers", "developer", "developers", "manager", "designer", "scientist", "architect", "cto", "ceo",
    "us", "usa", "uk", "eu", "emea", "apac", "nyc", "sf", "la", "canada", "europe", "germany", "london", "berlin",
    "visa", "equity", "salary", "benefits", "pto", "401k", "yc", "series", "seed", "startup", "inc", "llc", "ltd",
    "advanced", "expert", "expert-level", "basic", "intermediate", "proficient", "fluent", "native", "beginner",
    "experience", "knowledge", "strong", "solid", "deep", "good", "great", "excellent", "familiarity", "years", "year",
    "frontend", "backend", "front-end", "back-end", "fullstack", "full-stack", "web", "mobile", "infra", "data", "platform",
    "cloud", "devops", "ml", "ai", "api", "apis", "ui", "ux", "it", "hr", "pm", "qa", "sre", "saas", "b2b", "b2c",
    "e.g", "e.g.", "i.e", "i.e.", "eg", "ie", "vs", "tbd", "n/a", "new", "modern", "latest", "plus", "bonus", "preferred",
    "stack", "tech", "technology", "technologies", "tools", "tooling", "services", "service", "product", "products",
    "operations", "research", "quality", "general", "today", "infrastructure", "video", "software", "development",
    "roles", "role", "multiple", "team", "teams", "hiring", "coordinator", "contractor", "microsoft", "google", "amazon",
    "apple", "meta", "gpu", "cpu", "3d", "2d", "em", "cs", "computational", "systems", "core", "studio", "gmbh", "app",
    "this", "that", "these", "those", "it", "they", "he", "she", "there", "here", "what", "when", "where", "who", "how",
    "if", "as", "in", "on", "at", "for", "with", "to", "by", "from", "is", "are", "was", "be", "all", "any", "some",
  ].map((word) => word.toLowerCase()),
);

function looksLikeSkillName(item: string): boolean {
  if (item.length < 2 || item.length > 30) return false;
  const words = item.split(/\s+/);
  if (words.length > 3) return false;
  if (/^www\.|\.(?:com|io|ai|org|net|dev|co|app)\b|@|^utc|^gmt/i.test(item)) return false;
  if (words.length > 1 && words.every((word) => !/[a-z]/.test(word))) return false; // "MULTIPLE ROLES"
  if (!words.every((word) => NAME_WORD.test(word))) return false;
  if (words.some((word) => NOT_A_SKILL.has(word.toLowerCase()) || PLACE_NAMES.has(word.toLowerCase()))) return false;
  if (/^\d+(?:[.,]\d+)*[kmb%+]?$/i.test(item)) return false; // numbers, money
  if (/^[A-Z][a-z]+$/.test(item) && item.length <= 3) return false; // "Hi", "Yes"
  if (/-wise$/i.test(item)) return false; // "Tech-wise, it's React/Typescript + Julia"
  return /[a-z0-9]/i.test(item);
}

/**
 * The item's name, or null when it is not name-shaped. An item at the edge of a list may carry the
 * sentence around it: "We use Cursor, Claude Code and Greptile day-to-day" ends in "Greptile", and
 * "Experience with Mill, Scala, Spark" starts with "Mill".
 */
function nameAtListEdge(item: string, first: boolean, last: boolean): string | null {
  if (looksLikeSkillName(item)) return item;
  const words = item.split(/\s+/);
  if (last && words.length > 1 && /^[a-z]/.test(words[1])) {
    const head = words[0].replace(/[,.;:!?]+$/, "");
    if (looksLikeSkillName(head)) return head;
  }
  if (first && words.length > 1 && /^[a-z]/.test(words[words.length - 2])) {
    const tail = words[words.length - 1];
    if (looksLikeSkillName(tail)) return tail;
  }
  return null;
}

/**
 * The unknown list items of [start, end) that stand beside at least two known skills in one list.
 * Linear in the unit's length: one pass over its separators.
 */
export function findLongTailSkills(text: string, start: number, end: number, known: readonly SkillMatch[]): SkillMatch[] {
  if (known.length < 2) return [];
  const sorted = [...known].sort((a, b) => a.start - b.start);
  const items: { start: number; end: number }[] = [];
  let itemStart = start;
  ITEM_SEPARATOR.lastIndex = start;
  const region = text.slice(0, end);
  for (let m = ITEM_SEPARATOR.exec(region); m; m = ITEM_SEPARATOR.exec(region)) {
    if (m.index >= itemStart) items.push({ start: itemStart, end: m.index });
    itemStart = m.index + m[0].length;
    if (m[0].length === 0) ITEM_SEPARATOR.lastIndex++;
  }
  items.push({ start: itemStart, end });
  // An item is known when a match lies inside it; a list is a run of items with known ones in it.
  let cursor = 0;
  const isKnown = items.map((item) => {
    while (cursor < sorted.length && sorted[cursor].end <= item.start) cursor++;
    return cursor < sorted.length && sorted[cursor].start < item.end;
  });
  const found: SkillMatch[] = [];
  const seen = new Set(known.map((m) => m.skill.id));
  for (let i = 0; i < items.length; i++) {
    if (isKnown[i]) continue;
    const neighbours = (isKnown[i - 1] ? 1 : 0) + (isKnown[i + 1] ? 1 : 0) + (isKnown[i - 2] ? 1 : 0) + (isKnown[i + 2] ? 1 : 0);
    if (neighbours < 2) continue;
    let { start: s, end: e } = items[i];
    while (s < e && /[\s"'“”‘’*_`.:!?-]/.test(text[s])) s++;
    while (e > s && /[\s"'“”‘’*_`.:!?,-]/.test(text[e - 1])) e--;
    // "Tech Stack: ...": a label, not an item.
    if (text[items[i].end] === ":") continue;
    const name = nameAtListEdge(text.slice(s, e), i === 0, i === items.length - 1 || !isKnown[i + 1]);
    if (name === null) continue;
    s += text.slice(s, e).indexOf(name);
    e = s + name.length;
    // "Python, Java and Unity": a taxonomy name its context rule held back is, standing in a list
    // of skills, that skill, not a new one of the same name.
    const skill: SkillDefinition = findSkillByName(name) ?? { id: NEW_SKILL_PREFIX + normalizeSkillName(name), name, aliases: [], category: "tool", parents: [] };
    if (seen.has(skill.id)) continue;
    seen.add(skill.id);
    found.push({ skill, start: s, end: e });
  }
  return found;
}
