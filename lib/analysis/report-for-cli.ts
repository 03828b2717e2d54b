import { parseProfileFile } from "./profile-file";
import { recommendResources } from "./recommend";
import { scorePosting } from "./score";
import type { PostingAnalysis, Resource } from "./types";

/** Exactly the "report" object of the CLI contract (`analyze <file> --profile <profile.json>`). */
export interface CliReport {
  fit: number;
  fitProjected: number;
  requirements: { index: number; coverage: number; status: "met" | "partial" | "gap"; why: string }[];
  recommendations: { skill: string; title: string; url: string | null; hours: number }[];
}

export class ProfileFileError extends Error {
  constructor(readonly issues: string[]) {
    super(`The profile file is not valid: ${issues.slice(0, 5).join("; ")}`);
    this.name = "ProfileFileError";
  }
}

function roundCoverage(value: number): number {
  // Rounded down so a partial requirement never prints as 1.
  return Math.floor(value * 1000 + 1e-9) / 1000;
}

/** Throws ProfileFileError when `profileJson` is not a valid profile file. */
export function buildReportForCli(
  analysis: PostingAnalysis,
  profileJson: unknown,
  options: { today: string; catalog: Resource[] },
): CliReport {
  const parsed = parseProfileFile(profileJson);
  if (!parsed.ok) throw new ProfileFileError(parsed.issues);
  const report = scorePosting(analysis, parsed.profile, { today: options.today });
  const recommendations = recommendResources(analysis, report, parsed.profile, options.catalog);
  return {
    fit: report.fit,
    fitProjected: report.fitProjected,
    requirements: report.requirements.map((requirement) => ({
      index: requirement.index,
      coverage: roundCoverage(requirement.coverage),
      status: requirement.status,
      why: requirement.why,
    })),
    recommendations: recommendations.map((recommendation) => ({
      skill: recommendation.skill,
      title: recommendation.title,
      url: recommendation.url,
      hours: recommendation.hours,
    })),
  };
}
