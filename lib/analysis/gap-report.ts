import { recommendResources, type Recommendation } from "./recommend";
import { scorePosting, type GapReport } from "./score";
import type { SkillGraph } from "./score/skill-graph";
import type { PostingAnalysis, Profile, Resource } from "./types";

export interface GapReportWithRecommendations {
  report: GapReport;
  /** What to study for this posting, best value first (recommendResources). */
  recommendations: Recommendation[];
}

export interface BuildGapReportOptions {
  today: string;
  /**
   * The report of this same analysis, profile and day when the caller already has it (a stored
   * report): it is used as it is instead of scoring again.
   */
  report?: GapReport;
  graph?: SkillGraph;
  limit?: number;
}

/**
 * A posting's gap report and what to study for it: the one function the web app, the REST API,
 * the MCP server, the CLI and the prep plan all get a report from, so they cannot disagree.
 */
export function buildGapReport(analysis: PostingAnalysis, profile: Profile, catalog: Resource[], options: BuildGapReportOptions): GapReportWithRecommendations {
  const report = options.report ?? scorePosting(analysis, profile, { today: options.today, graph: options.graph });
  const recommendations = recommendResources(analysis, report, profile, catalog, { graph: options.graph, limit: options.limit });
  return { report, recommendations };
}
