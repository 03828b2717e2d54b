import type { GapReport } from "../score/types";
import type { PostingAnalysis } from "../types";
import { taxonomyGraph, type SkillGraph } from "../score/skill-graph";
import { DESIGN_WORDS, isDesignSkill } from "./design-skills";

/**
 * What a plan across postings needs to know of all of them besides the ranked gaps: small, so it
 * is stored with the "what to study next" ranking and a plan across 1,000 postings loads only the
 * few it recommends on.
 */
export interface PostingsDigest {
  /** Skills of a dealbreaker in any posting (a must-have whose years ask is far above yours). */
  dealbreakerSkillIds: string[];
  /** Whether any posting asks for design (system design, architecture, scalability ...). */
  asksDesign: boolean;
  /** Must-have skill names, most asked first, then in the postings' order (MUST_SKILL_NAMES at most). */
  mustSkillNames: string[];
}

export const MUST_SKILL_NAMES = 5;

function asksDesign(analyses: PostingAnalysis[], graph: SkillGraph): boolean {
  return analyses.some((analysis) =>
    analysis.requirements.some((requirement) => DESIGN_WORDS.test(requirement.text) || requirement.skills.some((skill) => isDesignSkill(skill.id, graph))),
  );
}

function mustSkillNames(analyses: PostingAnalysis[], graph: SkillGraph): string[] {
  const counts = new Map<string, number>();
  for (const analysis of analyses) {
    for (const requirement of analysis.requirements) {
      if (requirement.kind !== "must") continue;
      for (const skill of requirement.skills) {
        const name = graph.nameOf(skill.id) ?? skill.name;
        counts.set(name, (counts.get(name) ?? 0) + 1);
      }
    }
  }
  // Map order is first mention, which a stable sort keeps among equal counts.
  return [...counts.entries()].sort((a, b) => b[1] - a[1]).slice(0, MUST_SKILL_NAMES).map(([name]) => name);
}

export function digestPostings(postings: { analysis: PostingAnalysis; report: GapReport }[], graph: SkillGraph = taxonomyGraph): PostingsDigest {
  const analyses = postings.map(({ analysis }) => analysis);
  const dealbreakerSkillIds = new Set(
    postings.flatMap(({ analysis, report }) => report.dealbreakers.flatMap((item) => analysis.requirements[item.index]?.skills.map((skill) => skill.id) ?? [])),
  );
  return { dealbreakerSkillIds: [...dealbreakerSkillIds], asksDesign: asksDesign(analyses, graph), mustSkillNames: mustSkillNames(analyses, graph) };
}
