/**
 * Grounding a whole proposal: each suggested requirement is located in the posting by its quote,
 * each of its skills by where the posting names it inside that quote. What cannot be found is
 * dropped and counted, so the server can log how much a model invented.
 */
import type { RequirementKind } from "@/lib/analysis/types";
import { foldText, locateQuote } from "./locate-quote";
import { groundSkill, type GroundedSkill } from "./ground-skill";
import type { LlmProposal } from "./proposal-schema";

export interface GroundedRequirement {
  span: [number, number];
  kind: RequirementKind;
  /** The model's years, kept only when the quote states that number. */
  minYears: number | null;
  skills: GroundedSkill[];
}

export interface GroundedProposal {
  requirements: GroundedRequirement[];
  dropped: { quotes: number; skills: number };
}

const NUMBER_WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen"];

/** "5+ years", "five years": the figure must be written in the quote, or the model made it up. */
export function statesYears(quote: string, years: number): boolean {
  const word = NUMBER_WORDS[years];
  return new RegExp(`(?<!\\d)${years}(?!\\d)${word ? `|\\b${word}\\b` : ""}`, "i").test(quote);
}

export function groundProposal(text: string, proposal: LlmProposal): GroundedProposal {
  const folded = foldText(text);
  const lowerPosting = text.toLowerCase();
  const requirements: GroundedRequirement[] = [];
  let quotes = 0;
  let skills = 0;
  for (const suggested of proposal.requirements) {
    const span = locateQuote(folded, suggested.quote);
    if (!span) {
      quotes++;
      skills += suggested.skills.length;
      continue;
    }
    const grounded: GroundedSkill[] = [];
    for (const skill of suggested.skills) {
      const found = groundSkill(text, lowerPosting, span, skill);
      if (!found) skills++;
      else if (!grounded.some((other) => other.id === found.id)) grounded.push(found);
    }
    const years = suggested.minYears ?? null;
    requirements.push({
      span,
      kind: suggested.kind,
      minYears: years !== null && statesYears(text.slice(span[0], span[1]), years) ? years : null,
      skills: grounded,
    });
  }
  return { requirements, dropped: { quotes, skills } };
}
