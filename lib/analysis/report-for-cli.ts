import { planForPostings } from "./plan";
import { parseProfileFile } from "./profile-file";
import { buildGapReport } from "./gap-report";
import { scorePosting, taxonomyGraph, type ListRule } from "./score";
import type { PostingAnalysis, Profile, Resource } from "./types";

/** Exactly the "report" object of the CLI contract (`analyze <file> --profile <profile.json>`). */
export interface CliReport {
  fit: number;
  fitProjected: number;
  /** When study in progress reaches the projected fit; null when no track in progress moves it. */
  readinessDate: string | null;
  requirements: { index: number; coverage: number; status: "met" | "partial" | "gap"; rule: ListRule; why: string }[];
  recommendations: { skill: string; title: string; url: string | null; hours: number }[];
}

/** The CLI's "plan" object (`--plan-days D --plan-hours H`). */
export interface CliPlan {
  days: {
    day: number;
    theme: string;
    sessions: { title: string; skill: string | null; hours: number; resource: { title: string; url: string | null } | null }[];
  }[];
}

export const NO_REQUIREMENTS_WARNING = "no requirements found";

/** Warnings about the posting itself, printed whatever the options. */
export function warningsFor(analysis: PostingAnalysis): string[] {
  return analysis.requirements.length === 0 ? [NO_REQUIREMENTS_WARNING] : [];
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
  const { report, recommendations } = buildGapReport(analysis, parsed.profile, options.catalog, { today: options.today });
  return {
    fit: report.fit,
    fitProjected: report.fitProjected,
    readinessDate: report.readinessDate,
    requirements: report.requirements.map((requirement) => ({
      index: requirement.index,
      coverage: roundCoverage(requirement.coverage),
      status: requirement.status,
      rule: requirement.rule,
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

const EMPTY_PROFILE: Profile = { skills: [], tracks: [] };

/**
 * The prep plan the web app would build for this one posting (planForPostings, generic themes),
 * for a profile file or, without one, an empty profile.
 */
export function buildPlanForCli(
  analysis: PostingAnalysis,
  profileJson: unknown | undefined,
  options: { today: string; catalog: Resource[]; days: number; hoursPerDay: number },
): CliPlan {
  let profile = EMPTY_PROFILE;
  if (profileJson !== undefined) {
    const parsed = parseProfileFile(profileJson);
    if (!parsed.ok) throw new ProfileFileError(parsed.issues);
    profile = parsed.profile;
  }
  const report = scorePosting(analysis, profile, { today: options.today });
  const plan = planForPostings({
    postings: [{ analysis, report }],
    profile,
    catalog: options.catalog,
    startDate: options.today,
    days: options.days,
    hoursPerDay: options.hoursPerDay,
  });
  return {
    days: plan.days.map((day) => ({
      day: day.day,
      theme: day.title,
      sessions: day.sessions.map((session) => ({
        title: session.title,
        skill: session.skillIds.length > 0 ? (taxonomyGraph.nameOf(session.skillIds[0]) ?? session.skillIds[0]) : null,
        hours: session.hours,
        resource: session.resource ? { title: session.resource.title, url: session.resource.url } : null,
      })),
    })),
  };
}
