import type { PostingAnalysis, Profile, StudyTrack } from "../types";
import { indexEvidence } from "./evidence";
import { explainRequirement } from "./explain";
import { estimateReadiness, estimateTrackPace, toTrackReadiness } from "./readiness";
import { scoreRequirements, toPercent, weightedCoverage, type RequirementScore } from "./requirement-score";
import { taxonomyGraph, type SkillGraph } from "./skill-graph";
import type { GapReport, RequirementReport, RequirementStatus } from "./types";
import { countReport } from "./counts";

export const MET_THRESHOLD = 0.8;
export const PARTIAL_THRESHOLD = 0.25;

export interface ScoreOptions {
  /** ISO date (yyyy-mm-dd); the only source of "now". */
  today: string;
  /** Defaults to the taxonomy; tests pass a small fixed graph. */
  graph?: SkillGraph;
}

export function statusFor(coverage: number): RequirementStatus {
  if (coverage >= MET_THRESHOLD) return "met";
  if (coverage >= PARTIAL_THRESHOLD) return "partial";
  return "gap";
}

function toReport(score: RequirementScore): RequirementReport {
  const requirement = score.requirement;
  return {
    index: score.index,
    kind: requirement.kind,
    text: requirement.text,
    scored: score.scored,
    weight: score.weight,
    expectedLevel: score.expectedLevel,
    levelWord: score.levelWord,
    rule: score.rule,
    anyOf: score.anyOf,
    minYears: requirement.minYears,
    coverage: score.coverage,
    studying: score.studying,
    coverageProjected: score.coverageProjected,
    status: statusFor(score.coverage),
    statusProjected: statusFor(score.coverageProjected),
    dealbreaker: score.dealbreaker,
    why: explainRequirement(score),
    skills: score.skills.map((skill) => ({
      skillId: skill.skillId,
      name: skill.name,
      coverage: skill.claimed.coverage,
      studying: skill.studying.coverage,
      coverageProjected: skill.projected.coverage,
      relation: skill.claimed.relation,
      via: skill.claimed.via?.name ?? null,
    })),
  };
}

/** Tracks whose completion raises some requirement's projected credit above what is claimed. */
function tracksThatMatter(scores: RequirementScore[], profile: Profile): StudyTrack[] {
  const ids = new Set<string>();
  for (const score of scores) {
    for (const skill of score.skills) {
      if (skill.projected.coverage <= skill.claimed.coverage) continue;
      for (const track of skill.projected.via?.tracks ?? []) ids.add(track.trackId);
    }
  }
  return profile.tracks.filter((track) => ids.has(track.id));
}

/** Names of gap skills (not met today) that no study track raises; must-haves first. */
function uncoveredGaps(scores: RequirementScore[]): string[] {
  const names: string[] = [];
  const ordered = [...scores].sort((a, b) => (a.requirement.kind === b.requirement.kind ? 0 : a.requirement.kind === "must" ? -1 : 1));
  for (const score of ordered) {
    if (!score.scored || statusFor(score.coverage) === "met") continue;
    for (const skill of score.skills) {
      if (skill.claimed.coverage >= MET_THRESHOLD || skill.projected.coverage > skill.claimed.coverage) continue;
      if (!names.includes(skill.name)) names.push(skill.name);
    }
  }
  return names;
}

export function scorePosting(analysis: PostingAnalysis, profile: Profile, options: ScoreOptions): GapReport {
  const graph = options.graph ?? taxonomyGraph;
  const evidence = indexEvidence(profile, graph);
  const scores = scoreRequirements(analysis.requirements, evidence, graph);

  const fit = toPercent(weightedCoverage(scores, (score) => score.coverage));
  const fitStudying = toPercent(weightedCoverage(scores, (score) => score.studying));
  const fitProjected = toPercent(weightedCoverage(scores, (score) => score.coverageProjected));
  const musts = scores.filter((score) => score.requirement.kind === "must");
  const mustCoverage = toPercent(weightedCoverage(musts, (score) => score.coverage));

  const relevant = tracksThatMatter(scores, profile);
  const readiness = estimateReadiness(analysis.requirements, profile, fitProjected, relevant, {
    today: options.today,
    graph,
    uncovered: uncoveredGaps(scores),
  });
  const requirements = scores.map(toReport);

  return {
    fit,
    fitStudying,
    fitProjected,
    mustCoverage,
    readinessDate: readiness.readinessDate,
    readinessNote: readiness.readinessNote,
    tracks: relevant.map((track) => toTrackReadiness(estimateTrackPace(track, options.today), options.today)),
    dealbreakers: scores
      .filter((score) => score.dealbreaker)
      .map((score) => ({
        index: score.index,
        text: score.requirement.text,
        skills: score.skills.map((skill) => skill.name),
        minYears: score.requirement.minYears ?? 0,
        yearsHave: score.yearsHave ?? 0,
      })),
    requirements,
    counts: countReport(requirements),
  };
}
