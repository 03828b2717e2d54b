/**
 * Recall first. A unit that no section, label or cue word marks as a requirement is still read
 * for skills, and kept unless there is positive evidence that it asks nothing of the candidate:
 * it describes the company, its product or customers, or the work ("At akeno, we help chemical
 * manufacturers ..."), it closes the posting (how to apply), or it disclaims a need ("you won't
 * need any of that"). A list of tools in any voice ("We love python, react, tailwind, OpenAI",
 * "Staff Frontend Engineer (React, Tailwind, UX): <link>", "Full stack – JS, React, Python") is
 * the stack: preferred.
 */
import { hasNarrowerSkills } from "@/lib/analysis/taxonomy";
import type { UnitRole } from "./unit-role";
import type { SkillMatch } from "./skill-matcher";
import { CUES } from "./cues";
import { disclaimsNeed, normalizeForCues, usesRequirementCue } from "./kind";

/** What lies between two items of a list: separators and at most one "and"/"or". */
const LIST_GAP = /^[\s,;/&()+|·•:–—*_`-]*(?:\b(?:and|or|plus|as well as)\b)?[\s,;/&()+|·•:–—*_`-]*$/i;

/**
 * Areas that name a kind of role rather than a skill a candidate lists ("Backend and Fullstack
 * Engineers", "Staff Software Engineer (Frontend, Backend, Platform)"): in a title or a list of
 * openings they say who is hired, not what they must know.
 */
export const ROLE_AREA_SKILLS: ReadonlySet<string> = new Set([
  "back-end-development",
  "front-end-development",
  "full-stack-development",
  "platform-engineering",
  "mobile-development",
  "software-engineering",
  "product-engineering",
  "web-development",
  "programming",
  "devops",
]);

/**
 * A line that only names an opening ("Senior Platform Engineer", "CRM Specialist (German-speaking)",
 * "Technical PM - Matching Engine"): who is hired, not what they must know. The tools in its
 * brackets ("Senior Mobile Engineer (react native)") are the role's stack.
 */
const ROLE_NOUN = "engineer|developer|specialist|manager|pm|designer|scientist|lead|architect|analyst|researcher|administrator|consultant|intern|director|head|recruiter|advocate|writer|sre";
const OPENING_LINE = new RegExp(
  `^(?:(?:senior|staff|principal|junior|lead|head|founding|sr\\.?|jr\\.?)\\s+)*(?:[\\w/&+.#-]+\\s+){0,4}(?:${ROLE_NOUN})s?(?:\\s*[-–—,:]\\s*[\\w/&+.# -]{0,40})?$`,
  "i",
);

/** " - " or " | " between the parts of an opening line: its name, pay, place, tools, link. */
const OPENING_PART_SEPARATOR = /\s[-–—|]\s/;
/** A part that speaks (a demand, the company, the candidate) makes the line a sentence, not an opening. */
const SPEAKING_PART = /\b(?:you|your|we|our|must|experience (?:with|in|of|building)|years?|required|requires?|ability|knowledge|strong|familiar|proficien\w*|will|should|need\w*)\b/i;
const OPENING_PART_MAX = 60;

function withoutBracketsAndLinks(unitText: string): string {
  return unitText.replace(/\([^)]*\)|\[[^\]]*\]/g, " ").replace(/https?:\/\/\S+/g, " ").replace(/[\s*_:.]+$/g, "").trim();
}

/**
 * "Senior Software Engineer, Web Capture - $145~170k USD - JavaScript/TypeScript, React - https://...":
 * a line naming an opening, maybe followed by short parts (pay, place, tools, link).
 */
export function namesAnOpening(unitText: string): boolean {
  const plain = withoutBracketsAndLinks(unitText);
  if (plain.length === 0) return false;
  const [name, ...parts] = plain.split(OPENING_PART_SEPARATOR);
  if (name.length > 80 || parts.some((part) => part.length > OPENING_PART_MAX || SPEAKING_PART.test(part))) return false;
  // "Ability to mentor junior engineers": a demand about engineers, not an opening's name.
  if (/\b(?:to|with|of|in|for|on|the|a|an|and|you|your|who|ability|experience|years?|must|strong)\b/i.test(name)) return false;
  return OPENING_LINE.test(name);
}

/** How many neighbouring skill mentions stand as items of one list. */
export function countListLinks(text: string, matches: readonly SkillMatch[]): number {
  let links = 0;
  const sorted = [...matches].sort((a, b) => a.start - b.start);
  for (let i = 1; i < sorted.length; i++) {
    const gap = text.slice(sorted[i - 1].end, sorted[i].start);
    if (gap.length <= 24 && LIST_GAP.test(gap)) links++;
  }
  return links;
}

const distinctSkills = (matches: readonly SkillMatch[]) => new Set(matches.map((m) => m.skill.id)).size;

/** Categories that hold fields, qualities and languages, never a product or tool. */
const FIELD_CATEGORIES: ReadonlySet<string> = new Set(["domain", "soft", "spoken-language", "concept", "practice"]);
/** "Python", "Apache Kafka", "Node.js", "Ruby on Rails", "CI/CD": a name, not a phrase of common nouns. */
const PROPER_NAME = /^(?:[.A-Z0-9][^\s]*|[a-z]+[A-Z0-9.+#/][^\s]*|on|of|for|and|the)(?:\s+(?:[A-Z0-9][^\s]*|[a-z]+[A-Z0-9.+#/][^\s]*|on|of|for|and|the))*$/;

export interface UnmarkedDecision {
  role: UnitRole;
  /** Keep only the concrete technologies (a description in the company's words). */
  technologiesOnly: boolean;
}

/** A concrete technology: not a top-level umbrella over others ("Databases"), not a field ("Fintech"). */
export function isTechnology(match: SkillMatch): boolean {
  if (match.skill.id.startsWith("new:")) return true;
  const { category, name, parents, id } = match.skill;
  // "Senior DevOps Engineer", "Backend": a kind of role, not a technology.
  if (ROLE_AREA_SKILLS.has(id)) return false;
  const umbrella = parents.length === 0 && hasNarrowerSkills(id);
  // Finance names a field ("Payments") unless the name is a product's ("kdb+", "FIX").
  if (category === "finance" && !/[A-Z].*[A-Z]|[+#./0-9]/.test(name)) return false;
  return !FIELD_CATEGORIES.has(category) && PROPER_NAME.test(name) && !umbrella;
}

/**
 * The role of a unit nothing marked, from its own words and the skills found in it; null drops it.
 * The company naming its own tools keeps only the technologies, as the stack ("Our apps have
 * React/TypeScript frontends and Go backends, powering ML for biology": not ML, its business).
 */
export function decideUnmarkedUnit(unitText: string, matches: readonly SkillMatch[], text: string): UnmarkedDecision | null {
  if (matches.length === 0) return null;
  const lower = normalizeForCues(unitText);
  const role = decideRole(lower, unitText, matches, text);
  if (role !== "own-stack" && role !== "description") return role ? { role, technologiesOnly: false } : null;
  if (role === "description") {
    // The company describing itself or its product: the tools it names are its stack, unless the
    // sentence is about its mission, the work ahead or its customers.
    if (CUES.mission.test(lower) || CUES.workAhead.test(lower)) return null;
    // "Count is like Jupyter, Tableau and Miro combined": products named, not the tools in use.
    if (!CUES.namesItsTools.test(lower) && !CUES.stackOrHiring.test(lower)) return null;
  }
  return matches.some(isTechnology) ? { role: { kind: "preferred", section: "stack" }, technologiesOnly: true } : null;
}

function decideRole(lower: string, unitText: string, matches: readonly SkillMatch[], text: string): UnitRole | null | "own-stack" | "description" {
  if (/^\s*(https?:\/\/|www\.)\S*\s*$/.test(lower)) return null;
  if (disclaimsNeed(lower) || CUES.reassurance.test(lower) || CUES.leaving.test(lower)) return null;
  if (CUES.benefitsTalk.test(lower) && !CUES.strongRequirement.test(lower)) return null;
  const asks = usesRequirementCue(lower);
  const prefers = CUES.preferred.test(lower);
  const describes =
    CUES.descriptionOpener.test(lower) ||
    (CUES.companySubject.test(lower) && !CUES.addressesCandidate.test(lower)) ||
    CUES.companyDoing.test(lower) ||
    /^(?:you(?:'ll| will| would|'d) |as (?:a|an|our) |in this role|on any given day|(?:they|he|she) (?:may|will|can|often|also|usually)\b)/.test(lower);
  // "Our data eng stack is mostly Python + AWS, and you will have the support to ...": a sentence
  // that opens by naming the company's own tools is its stack, whatever follows.
  if (CUES.ownStack.test(lower)) return "own-stack";
  // What the company sells, serves or is trusted by is never the candidate's stack.
  if (CUES.customersSystems.test(lower)) return describes || !asks ? null : { kind: "must", section: null };
  const links = countListLinks(text, matches);
  // A list of tools is the stack ("We love python, react, tailwind and OpenAI"), unless it lists
  // what the company sells or serves ("It connects to BigQuery, Redshift, Snowflake, Postgres").
  if (distinctSkills(matches) >= 3 && links >= 2 && (!describes || CUES.stackOrHiring.test(lower))) {
    return { kind: "preferred", section: "stack" };
  }
  if (CUES.closing.test(lower)) return null;
  // The company, its product or the work, described.
  if (describes && !(prefers && asks)) return "description";
  if (asks && !prefers) return { kind: "must", section: null };
  if (asks || prefers) return { kind: "preferred", section: null };
  // No demand word: a bare line of tools or topics ("- Python, Django", "Kafka / Flink") reads as
  // the stack; a sentence of prose without one ("Is RAG the killer gen AI use case?") asks nothing.
  const words = unitText.trim().split(/\s+/).length;
  return links >= 1 || words <= 6 ? { kind: "preferred", section: "stack" } : null;
}
