import type { GapReport } from "../score/types";
import type { PostingAnalysis, Profile, Resource } from "../types";
import { buildGapReport } from "../gap-report";
import { rankStudyNext, type Recommendation, type StudyNextItem } from "../recommend";
import { taxonomyGraph, type SkillGraph } from "../score/skill-graph";
import { buildPrepPlan } from "./build-prep-plan";
import { buildGenericThemes } from "./generic-themes";
import { digestPostings, type PostingsDigest } from "./postings-digest";
import type { PlanGap, PrepPlan, PrepPlanTheme } from "./types";

export interface PlanForPostingsInput {
  /**
   * The postings, or, with `digest` and `studyNext` of all of them given, only the ones to
   * recommend on (postingsToRecommendOn), which is all a plan reads of them then.
   */
  postings: { analysis: PostingAnalysis; report: GapReport }[];
  /** digestPostings of all the postings, when the caller has it stored; otherwise worked out from `postings`. */
  digest?: PostingsDigest;
  profile: Profile;
  catalog: Resource[];
  startDate: string;
  days: number;
  hoursPerDay: number;
  /** Day themes; by default the generic ones shaped by these postings. The demo account passes the seed's. */
  themes?: PrepPlanTheme[];
  /**
   * rankStudyNext's ranking of these same postings and profile, when the caller has it stored
   * (at least MAX_GAPS items, or all there are); otherwise it is worked out here.
   */
  studyNext?: StudyNextItem[];
  graph?: SkillGraph;
}

/** Gaps a plan may hold: the skills of these postings that study would raise. */
export const MAX_GAPS = 12;
/**
 * Resources are recommended on at most this many postings: the ones where the plan's gaps weigh
 * most. Recommending on every posting cost 21 s for a person with 1,000 postings; a plan shows
 * one resource per gap, which these postings already ask for most.
 */
export const MAX_RECOMMENDED_POSTINGS = 24;

/**
 * Skills of a dealbreaker (a must-have whose years ask is far above yours) lead the plan: study
 * cannot add years, so their measured gain is small, yet they decide the interview.
 */
function dealbreakersFirst(gaps: PlanGap[], dealbreakerSkillIds: readonly string[]): PlanGap[] {
  const dealbreakerSkills = new Set(dealbreakerSkillIds);
  const top = Math.max(0, ...gaps.map((gap) => gap.gain));
  return gaps
    .map((gap) => (dealbreakerSkills.has(gap.skillId) ? { ...gap, gain: top + gap.gain } : gap))
    .sort((a, b) => b.gain - a.gain);
}

/**
 * The postings to recommend resources on: all of them when few; else, gap by gap (biggest first),
 * the postings where that gap gains most, taken in turns until MAX_RECOMMENDED_POSTINGS. Kept in
 * the postings' own order, which decides which resource a gap gets when several fit.
 */
export function postingsToRecommendOn(gaps: readonly StudyNextItem[], postingCount: number): number[] {
  if (postingCount <= MAX_RECOMMENDED_POSTINGS) return Array.from({ length: postingCount }, (_, index) => index);
  const queues = gaps.map((gap) => [...gap.postings].sort((a, b) => b.gain - a.gain || a.index - b.index).map((entry) => entry.index));
  const chosen = new Set<number>();
  for (let turn = 0; chosen.size < MAX_RECOMMENDED_POSTINGS && queues.some((queue) => turn < queue.length); turn++) {
    for (const queue of queues) {
      if (chosen.size >= MAX_RECOMMENDED_POSTINGS) break;
      if (turn < queue.length) chosen.add(queue[turn]);
    }
  }
  return [...chosen].sort((a, b) => a - b);
}

/**
 * The prep plan of a person for some postings: their own gaps (must before preferred, how many
 * postings ask, how far they are), the resources and tracks recommended for those gaps, grouped
 * into day themes. The web app and the CLI both call this.
 */
export function planForPostings(input: PlanForPostingsInput): PrepPlan {
  const graph = input.graph ?? taxonomyGraph;
  const ranked = input.studyNext?.slice(0, MAX_GAPS) ?? rankStudyNext(input.postings, input.profile, { limit: MAX_GAPS, graph });
  const digest = input.digest ?? digestPostings(input.postings, graph);
  const gaps = dealbreakersFirst(ranked, digest.dealbreakerSkillIds);
  const recommendations: Recommendation[] = postingsToRecommendOn(ranked, input.postings.length).flatMap((index) => {
    const { analysis, report } = input.postings[index];
    return buildGapReport(analysis, input.profile, input.catalog, { today: input.startDate, report, graph }).recommendations;
  });
  const themes = input.themes ?? buildGenericThemes({ digest, gaps, graph });
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
