import type { GapReport } from "../score/types";
import type { PostingAnalysis, Profile, Resource } from "../types";
import { rankStudyNext, recommendResources, type Recommendation } from "../recommend";
import { taxonomyGraph, type SkillGraph } from "../score/skill-graph";
import { buildPrepPlan } from "./build-prep-plan";
import { buildGenericThemes } from "./generic-themes";
import type { PlanGap, PrepPlan, PrepPlanTheme } from "./types";

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
 * Skills of a dealbreaker (a must-have whose years ask is far above yours) lead the plan: study
 * cannot add years, so their measured gain is small, yet they decide the interview.
 */
function dealbreakersFirst(gaps: PlanGap[], postings: PlanForPostingsInput["postings"]): PlanGap[] {
  const dealbreakerSkills = new Set(
    postings.flatMap(({ analysis, report }) => report.dealbreakers.flatMap((item) => analysis.requirements[item.index]?.skills.map((skill) => skill.id) ?? [])),
  );
  const top = Math.max(0, ...gaps.map((gap) => gap.gain));
  return gaps
    .map((gap) => (dealbreakerSkills.has(gap.skillId) ? { ...gap, gain: top + gap.gain } : gap))
    .sort((a, b) => b.gain - a.gain);
}

/**
 * The prep plan of a person for some postings: their own gaps (must before preferred, how many
 * postings ask, how far they are), the resources and tracks recommended for those gaps, grouped
 * into day themes. The web app and the CLI both call this.
 */
export function planForPostings(input: PlanForPostingsInput): PrepPlan {
  const graph = input.graph ?? taxonomyGraph;
  const gaps = dealbreakersFirst(rankStudyNext(input.postings, input.profile, { limit: MAX_GAPS, graph }), input.postings);
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
