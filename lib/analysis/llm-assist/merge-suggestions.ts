/**
 * Laying grounded LLM suggestions over the deterministic extraction. The extractor wins every
 * conflict: its requirements keep their text, span, kind and years, and nothing it found is
 * removed (removing is the person's call, through corrections). The LLM can only add:
 * - a skill named inside an extracted requirement that the extractor missed there;
 * - a requirement from the part of its quote that no extracted requirement covers, holding the
 *   skills named there that the extractor found nowhere in the posting (a skill it found elsewhere
 *   keeps the extractor's reading: its kind and years are not overridden through a second row).
 * Every addition is marked `source: "llm"`.
 */
import { collectPostingSkills } from "@/lib/analysis/extract/posting-skills";
import type { PostingAnalysis, Requirement, RequirementKind, RequirementSkill } from "@/lib/analysis/types";
import { statesYears, type GroundedProposal } from "./ground-proposal";
import type { GroundedSkill } from "./ground-skill";

export interface MergedAnalysis {
  analysis: PostingAnalysis;
  /** What the LLM added: whole requirements, and skills (on extracted requirements and its own). */
  added: { requirements: number; skills: number };
}

interface Candidate {
  start: number;
  end: number;
  kind: RequirementKind;
  minYears: number | null;
  skills: GroundedSkill[];
}

const LEADING_NOISE = /^[\s,;:.!?\-–—•*·]+/;
const TRAILING_NOISE = /[\s,;:\-–—•*·]+$/;

/** The stretch of [from, to) around `at` that no extracted requirement covers, trimmed of separators. */
function uncoveredStretch(text: string, extracted: readonly Requirement[], from: number, to: number, at: number): [number, number] {
  let start = from;
  let end = to;
  for (const { span } of extracted) {
    if (span[1] <= at) start = Math.max(start, span[1]);
    else if (span[0] > at) end = Math.min(end, span[0]);
  }
  const slice = text.slice(start, end);
  const lead = slice.length - slice.replace(LEADING_NOISE, "").length;
  const trail = slice.length - slice.replace(TRAILING_NOISE, "").length;
  return [start + lead, Math.max(start + lead, end - trail)];
}

function mergeOverlapping(candidates: Candidate[]): Candidate[] {
  const merged: Candidate[] = [];
  for (const candidate of [...candidates].sort((a, b) => a.start - b.start || b.end - a.end)) {
    const last = merged[merged.length - 1];
    if (!last || candidate.start >= last.end) {
      merged.push({ ...candidate, skills: [...candidate.skills] });
      continue;
    }
    last.end = Math.max(last.end, candidate.end);
    if (candidate.kind === "must") last.kind = "must";
    if (candidate.minYears !== null) last.minYears = Math.max(last.minYears ?? 0, candidate.minYears);
    for (const skill of candidate.skills) if (!last.skills.some((other) => other.id === skill.id)) last.skills.push(skill);
  }
  return merged;
}

const suggested = ({ id, name }: GroundedSkill): RequirementSkill => ({ id, name, source: "llm" });

export function mergeSuggestions(text: string, extracted: PostingAnalysis, grounded: GroundedProposal): MergedAnalysis {
  const requirements: Requirement[] = extracted.requirements.map((requirement) => ({ ...requirement, skills: [...requirement.skills] }));
  const foundByExtractor = new Set(extracted.requirements.flatMap((requirement) => requirement.skills.map((skill) => skill.id)));
  const candidates: Candidate[] = [];
  let addedSkills = 0;
  for (const proposal of grounded.requirements) {
    for (const skill of proposal.skills) {
      const host = requirements.find((requirement) => requirement.source === undefined && requirement.span[0] <= skill.at && skill.at < requirement.span[1]);
      if (host) {
        if (!host.skills.some((other) => other.id === skill.id)) {
          host.skills.push(suggested(skill));
          addedSkills++;
        }
        continue;
      }
      if (foundByExtractor.has(skill.id)) continue;
      const [start, end] = uncoveredStretch(text, extracted.requirements, proposal.span[0], proposal.span[1], skill.at);
      if (end <= start) continue;
      candidates.push({ start, end, kind: proposal.kind, minYears: proposal.minYears, skills: [skill] });
    }
  }
  const additions: Requirement[] = mergeOverlapping(candidates).map((candidate) => {
    const stretch = text.slice(candidate.start, candidate.end);
    addedSkills += candidate.skills.length;
    return {
      text: stretch,
      section: null,
      kind: candidate.kind,
      minYears: candidate.minYears !== null && statesYears(stretch, candidate.minYears) ? candidate.minYears : null,
      span: [candidate.start, candidate.end],
      skills: candidate.skills.map(suggested),
      source: "llm",
    };
  });
  // Posting order; the sort is stable, so extracted rows stay before a suggestion at the same offset.
  const merged = [...requirements, ...additions].sort((a, b) => a.span[0] - b.span[0]);
  return {
    analysis: { ...extracted, requirements: merged, skills: collectPostingSkills(merged) },
    added: { requirements: additions.length, skills: addedSkills },
  };
}
