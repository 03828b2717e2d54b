import type { Requirement } from "../types";

/**
 * How the skills a requirement names combine:
 *   "all"          each one is needed ("Python and SQL"): the mean of their credits
 *   "any"          alternatives ("AWS, GCP or Azure", "such as", "e.g.", "Dutch / English"): the best one
 *   {atLeast: n}   "at least two of", "two or more of": the mean of the best n
 * Derived from the requirement's own text (its span in the posting) and the number of skills it
 * names; extraction is not involved.
 */
export type ListRule = "all" | "any" | { atLeast: number };

const NUMBER_WORDS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
};
const COUNT = "(\\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)";

/** Patterns naming a count, most specific first. */
const COUNT_PATTERNS: RegExp[] = [
  new RegExp(`(?<![a-z])(?:at least|minimum of|a minimum of|min\\.?)\\s+${COUNT}\\s+(?:\\w+\\s+){0,3}?(?:of|from|among)(?![a-z])`, "i"),
  new RegExp(`(?<![a-z])${COUNT}\\s+or\\s+more\\s+(?:of|from|among|\\w+\\s+(?:of|from|among|such as|like|including))(?![a-z])`, "i"),
  new RegExp(`(?<![a-z])${COUNT}\\s+or\\s+more(?![a-z])`, "i"),
  new RegExp(`(?<![a-z])(?:any|pick|choose)\\s+${COUNT}\\s+(?:\\w+\\s+){0,2}?(?:of|from)(?![a-z])`, "i"),
  new RegExp(`(?<![a-z])${COUNT}\\s+(?:\\w+\\s+){0,2}?(?:of|from)\\s+(?:the\\s+following|these|this list)(?![a-z])`, "i"),
];

const ANY_PATTERN =
  /(?<![a-z])(or|and\/or|such as|e\.\s?g\.?|eg\.|for example|for instance|one of|any of|at least one|either|similar|equivalent|comparable)(?![a-z])/i;
/** "Dutch / English / French", "AWS/GCP": a slash between words offers alternatives. */
const SLASH_PATTERN = /[A-Za-z0-9+#.)]\s*\/\s*[A-Za-z(]/;
/** Slashes that join one thing ("CI/CD", "TCP/IP", "A/B", "I/O", "UI/UX") are not alternatives. */
const ONE_THING_SLASHES =
  /(?<![a-z])(ci\/cd|tcp\/ip|a\/b|i\/o|ui\/ux|pl\/sql|r\/w|p\/l|24\/7|and\/or|async\/await|read\/write|client\/server|pub\/sub|request\/response|m\/w\/d|m\/f\/d|f\/m\/d|w\/m\/d)(?![a-z])/gi;

const OR_MORE = new RegExp(`(?<![a-z])${COUNT}\\+?\\s+or\\s+more(?![a-z])`, "gi");

function toCount(word: string): number | null {
  const lower = word.toLowerCase();
  if (lower in NUMBER_WORDS) return NUMBER_WORDS[lower];
  const value = Number(lower);
  return Number.isInteger(value) && value > 0 ? value : null;
}

/** The count a text asks for ("at least two of" -> 2), or null without one. */
export function countAsked(text: string): number | null {
  for (const pattern of COUNT_PATTERNS) {
    const match = pattern.exec(text);
    if (!match) continue;
    // "3+ years" and "two or more years" are years, not a list count.
    const after = text.slice(match.index + match[0].length, match.index + match[0].length + 12);
    if (/^\s*(years?|yrs?)\b/i.test(after) || /\b(years?|yrs?)\s+(of|from)$/i.test(match[0])) continue;
    // "8+ years ..., at least 2 of them in Rust": a share of the years, not of a list.
    if (/^\s*(them|those|these|which|whom|it)\b/i.test(after)) continue;
    const count = toCount(match[1]);
    if (count !== null) return count;
  }
  return null;
}

export function listRuleForText(text: string, skillCount: number): ListRule {
  if (skillCount <= 1) return "all";
  const count = countAsked(text);
  if (count !== null) {
    if (count <= 1) return "any";
    if (count >= skillCount) return "all";
    return { atLeast: count };
  }
  // "two or more years" is a count of years: its "or" offers no alternative.
  const plain = text.replace(OR_MORE, " ");
  if (ANY_PATTERN.test(plain)) return "any";
  if (SLASH_PATTERN.test(plain.replace(ONE_THING_SLASHES, " "))) return "any";
  return "all";
}

/** The rule of one requirement: its text, and `posting` (the whole text) when its span is wanted. */
export function listRuleFor(requirement: Requirement, posting?: string): ListRule {
  const [start, end] = requirement.span;
  const source = posting && end > start && end <= posting.length ? posting.slice(start, end) : requirement.text;
  const distinct = new Set(requirement.skills.map((skill) => skill.id || skill.name)).size;
  return listRuleForText(source, distinct);
}

/** How many of `count` skills must be covered under `rule`. */
export function neededCount(rule: ListRule, count: number): number {
  if (count === 0) return 0;
  if (rule === "all") return count;
  if (rule === "any") return 1;
  return Math.max(1, Math.min(count, rule.atLeast));
}

/** Combines per-skill values (0-1) under a rule: the mean of the best `neededCount` values. */
export function combineByRule(values: number[], rule: ListRule): number {
  if (values.length === 0) return 0;
  const needed = neededCount(rule, values.length);
  const best = [...values].sort((a, b) => b - a).slice(0, needed);
  return best.reduce((sum, value) => sum + value, 0) / needed;
}

/** The years that count under a rule: the needed-th best (all: the least, any: the most). */
export function yearsByRule(years: number[], rule: ListRule): number {
  if (years.length === 0) return 0;
  const needed = neededCount(rule, years.length);
  return [...years].sort((a, b) => b - a)[needed - 1];
}

export function describeRule(rule: ListRule, names: string[]): string {
  if (names.length === 1) return names[0];
  if (rule === "any") return `any one of ${names.join(", ")} (your best counts)`;
  if (rule === "all") return `each of ${names.join(", ")} (averaged)`;
  return `at least ${rule.atLeast} of ${names.join(", ")} (your best ${rule.atLeast} averaged)`;
}
