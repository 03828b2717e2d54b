/**
 * The LLM's suggestions as stored with a posting, turned back into a proposal. Re-analysis runs the
 * new extractor on the stored text and lays these over it again (grounded anew), so an extractor
 * upgrade or a "Re-analyze" without a reachable model keeps what the model once suggested, with
 * no network call.
 */
import type { Requirement } from "@/lib/analysis/types";
import type { LlmProposal } from "./proposal-schema";

export function storedSuggestions(requirements: readonly Requirement[]): LlmProposal {
  const proposal: LlmProposal = { requirements: [] };
  for (const requirement of requirements) {
    const skills = requirement.source === "llm" ? requirement.skills : requirement.skills.filter((skill) => skill.source === "llm");
    if (skills.length === 0) continue;
    proposal.requirements.push({
      quote: requirement.text,
      kind: requirement.kind,
      minYears: requirement.source === "llm" ? requirement.minYears : null,
      skills: skills.map((skill) => ({ name: skill.name })),
    });
  }
  return proposal;
}

/** How many suggestions a requirement list holds: whole requirements, plus skills the LLM added to extracted ones. */
export function countSuggestions(requirements: readonly Requirement[]): number {
  return requirements.reduce((sum, requirement) => sum + (requirement.source === "llm" ? 1 : requirement.skills.filter((skill) => skill.source === "llm").length), 0);
}
