import type { GapReport, RequirementReport, SkillCoverage } from "../score";

/** What topGaps reads of a requirement. */
export type GapCandidate = Pick<RequirementReport, "index" | "kind" | "scored" | "weight" | "anyOf" | "coverage" | "status"> & {
  skills: Pick<SkillCoverage, "name" | "coverage">[];
};

/**
 * The part of a gap report a dashboard card shows: the headline figures, the must-have counts and
 * the requirements that can be a top gap (scored and not met, with their skills' names and
 * coverage). About 1 KB where the whole report is ~17 KB, so a page of cards reads ten of these.
 */
export interface PostingCardReport {
  fit: number;
  fitProjected: number;
  mustCoverage: number;
  readinessDate: string | null;
  counts: Pick<GapReport["counts"], "must">;
  dealbreakerCount: number;
  requirements: GapCandidate[];
}

/** The card's part of a whole report (one just scored); the dashboard query selects the same from a stored one. */
export function toPostingCardReport(report: GapReport): PostingCardReport {
  return {
    fit: report.fit,
    fitProjected: report.fitProjected,
    mustCoverage: report.mustCoverage,
    readinessDate: report.readinessDate,
    counts: { must: report.counts.must },
    dealbreakerCount: report.dealbreakers.length,
    requirements: report.requirements
      .filter((item) => item.scored && item.status !== "met")
      .map(({ index, kind, scored, weight, anyOf, coverage, status, skills }) => ({
        index,
        kind,
        scored,
        weight,
        anyOf,
        coverage,
        status,
        skills: skills.map(({ name, coverage: skillCoverage }) => ({ name, coverage: skillCoverage })),
      })),
  };
}
