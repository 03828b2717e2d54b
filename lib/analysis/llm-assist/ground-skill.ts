/**
 * Grounding one suggested skill: it is kept only where the posting names it inside the suggested
 * requirement's own span. A taxonomy skill may be named by any of its forms (the model says
 * "PostgreSQL", the posting "Postgres"); a skill the taxonomy lacks must be named by the very
 * words the model gives. Taxonomy membership alone grounds nothing: "Haskell" is a known skill,
 * yet not in a posting that never names it.
 */
import { findSkillByName, normalizeSkillName, type SkillDefinition } from "@/lib/analysis/taxonomy";
import { NEW_SKILL_PREFIX } from "@/lib/analysis/extract/long-tail";
import type { LlmSkill } from "./proposal-schema";

export interface GroundedSkill {
  id: string;
  name: string;
  /** Where the posting names it (original offset). */
  at: number;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** First whole-token occurrence of `form` in text[start, end), spaces matching any whitespace. */
function findForm(text: string, start: number, end: number, form: string, caseSensitive: boolean): { at: number; length: number } | null {
  const words = form.trim().split(/\s+/).map(escapeRegExp);
  if (words.length === 0 || words[0] === "") return null;
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${words.join("\\s+")}(?![\\p{L}\\p{N}])`, caseSensitive ? "gu" : "giu");
  pattern.lastIndex = start;
  const match = pattern.exec(text);
  return match && match.index + match[0].length <= end ? { at: match.index, length: match[0].length } : null;
}

/**
 * A one- or two-letter form ("C", "R", "q") is a word or a letter more often than a skill: like
 * the extractor, it needs one of its context words somewhere in the posting.
 */
function hasContext(skill: SkillDefinition, ruledForm: string | undefined, lowerPosting: string): boolean {
  const words = skill.ambiguity?.needsContext;
  if (!words || !ruledForm || ruledForm.length > 2) return true;
  return words.some((word) => lowerPosting.includes(word));
}

function groundTaxonomySkill(text: string, lowerPosting: string, span: [number, number], skill: SkillDefinition, suggested: LlmSkill): GroundedSkill | null {
  const forms = new Set([skill.name, ...skill.aliases, suggested.name, suggested.evidence ?? ""].filter((form) => form && findSkillByName(form)?.id === skill.id));
  let best: number | null = null;
  for (const form of forms) {
    // A form with a context rule ("Go", "R") is searched as the taxonomy writes it, whatever case
    // the model used: "go" in "go the extra mile" is not the language.
    const ruled = skill.ambiguity?.forms.find((other) => normalizeSkillName(other) === normalizeSkillName(form));
    const caseSensitive = Boolean(ruled && skill.ambiguity?.caseSensitive);
    const found = findForm(text, span[0], span[1], caseSensitive ? ruled! : form, caseSensitive);
    if (found && (best === null || found.at < best) && hasContext(skill, ruled, lowerPosting)) best = found.at;
  }
  return best === null ? null : { id: skill.id, name: skill.name, at: best };
}

/** "Temporal", "Zorblax 2": short and name-shaped, not a clause the model called a skill. */
function looksLikeSkillName(name: string): boolean {
  return name.length >= 2 && name.length <= 40 && name.split(/\s+/).length <= 4 && /\p{L}/u.test(name);
}

function groundNewSkill(text: string, span: [number, number], suggested: LlmSkill): GroundedSkill | null {
  const forms = [suggested.evidence, suggested.name].filter((form): form is string => Boolean(form) && normalizeSkillName(form!) === normalizeSkillName(suggested.name));
  for (const form of forms) {
    if (!looksLikeSkillName(form)) continue;
    const found = findForm(text, span[0], span[1], form, false);
    if (!found) continue;
    const name = text.slice(found.at, found.at + found.length).replace(/\s+/g, " ");
    return { id: NEW_SKILL_PREFIX + normalizeSkillName(name), name, at: found.at };
  }
  return null;
}

/** The skill as grounded in text[span], or null when the posting does not name it there. */
export function groundSkill(text: string, lowerPosting: string, span: [number, number], suggested: LlmSkill): GroundedSkill | null {
  const known = findSkillByName(suggested.name) ?? (suggested.evidence ? findSkillByName(suggested.evidence) : undefined);
  return known ? groundTaxonomySkill(text, lowerPosting, span, known, suggested) : groundNewSkill(text, span, suggested);
}
