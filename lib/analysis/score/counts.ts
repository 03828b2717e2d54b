import type { RequirementReport } from "./types";

/**
 * The one definition of a report's counts, used by the dashboard card, the report and the CLI:
 *   met / partial / gap   scored requirements by their status today (fit now)
 *   notScored             lines naming no known skill: shown, never counted as met or gap
 *   openGaps              must-haves scored and not met (gap + partial): what is left to close
 */
export interface RequirementCounts {
  total: number;
  met: number;
  partial: number;
  gap: number;
  notScored: number;
}

export interface ReportCounts {
  must: RequirementCounts;
  preferred: RequirementCounts;
  openGaps: number;
}

export function countRequirements(requirements: Pick<RequirementReport, "kind" | "scored" | "status">[]): RequirementCounts {
  const counts: RequirementCounts = { total: requirements.length, met: 0, partial: 0, gap: 0, notScored: 0 };
  for (const requirement of requirements) {
    if (!requirement.scored) counts.notScored += 1;
    else counts[requirement.status] += 1;
  }
  return counts;
}

export function countReport(requirements: Pick<RequirementReport, "kind" | "scored" | "status">[]): ReportCounts {
  const must = countRequirements(requirements.filter((requirement) => requirement.kind === "must"));
  const preferred = countRequirements(requirements.filter((requirement) => requirement.kind === "preferred"));
  return { must, preferred, openGaps: must.gap + must.partial };
}

/** "0 of 6 met · 2 partial · 2 gap · 2 not scored" (zero parts left out). */
export function describeCounts(counts: RequirementCounts): string {
  const parts = [`${counts.met} of ${counts.total} met`];
  if (counts.partial) parts.push(`${counts.partial} partial`);
  if (counts.gap) parts.push(`${counts.gap} gap`);
  if (counts.notScored) parts.push(`${counts.notScored} not scored`);
  return parts.join(" · ");
}
