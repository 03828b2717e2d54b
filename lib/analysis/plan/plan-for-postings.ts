import type { GapReport } from "../score/types";
import type { PostingAnalysis, Profile, Resource } from "../types";
import { rankStudyNext, recommendResources, type Recommendation } from "../recommend";
import { taxonomyGraph, type SkillGraph } from "../score/skill-graph";
import { buildPrepPlan } from "./build-prep-plan";
import { buildGenericThemes } from "./generic-themes";
import type { PrepPlan, PrepPlanTheme } from "./types";

export interface PlanForPostingsInput {
  postings: { analysis: PostingAnalysis; report: GapReport }[];
  profile: Profile;
  catalog: Resource[];
  startDate: string;
  days: number;
  hoursPerDay: number;
  /** Day themes; by default the generic ones shaped by these postings. The demo account passes the seed's. */
  themes?: PrepPlanTheme[];
  graph?: SkillGraph;
}

/** Gaps a plan may hold: the skills of these postings that study would raise. */
const MAX_GAPS = 12;

/**
 * The prep plan of a person for some postings: their own gaps (must before preferred, how many
 * postings ask, how far they are), the resources and tracks recommended for those gaps, grouped
 * into day themes. The web app and the CLI both call this.
 */
export function planForPostings(input: PlanForPostingsInput): PrepPlan {
  const graph = input.graph ?? taxonomyGraph;
  const gaps = rankStudyNext(input.postings, input.profile, { limit: MAX_GAPS, graph });
  const recommendations: Recommendation[] = input.postings.flatMap(({ analysis, report }) =>
    recommendResources(analysis, report, input.profile, input.catalog, { graph }),
  );
  const themes = input.themes ?? buildGenericThemes({ analyses: input.postings.map(({ analysis }) => analysis), gaps, graph });
  return buildPrepPlan({
    gaps,
    recommendations,
    themes,
    startDate: input.startDate,
    days: input.days,
    hoursPerDay: input.hoursPerDay,
    graph,
  });
}
