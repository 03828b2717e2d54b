import type { PostingAnalysis, Profile, Resource, StudyTrack } from "../types";
import { indexEvidence } from "../score/evidence";
import { scoreRequirements, weightedCoverage } from "../score/requirement-score";
import type { SkillGraph } from "../score/skill-graph";

/**
 * Recommendations compare "what you will have" before and after one more piece of study, so they
 * work in the studying view: claims plus progress so far, plus whatever is being considered.
 */
export function studyingCoverage(
  analysis: PostingAnalysis,
  profile: Profile,
  graph: SkillGraph,
  onlyMust = false,
): number {
  const evidence = indexEvidence(profile, graph);
  const requirements = onlyMust
    ? analysis.requirements.filter((requirement) => requirement.kind === "must")
    : analysis.requirements;
  const scores = scoreRequirements(requirements, evidence, graph, ["studying"]);
  return weightedCoverage(scores, (score) => score.studying);
}

/** A resource taken to completion, as a one-unit track. */
export function resourceAsTrack(resource: Resource, graph: SkillGraph): StudyTrack {
  return {
    id: `resource:${resource.id}`,
    title: resource.title,
    provider: resource.provider,
    url: resource.url,
    unit: "module",
    unitsDone: 1,
    unitsTotal: 1,
    hoursPerUnit: resource.hours,
    startedOn: null,
    targetOn: null,
    skills: resource.skills.map((skill) => ({
      skillId: skill.skillId,
      name: graph.nameOf(skill.skillId) ?? skill.skillId,
      levelAtCompletion: skill.level,
    })),
    progress: [],
  };
}

export function withTrack(profile: Profile, track: StudyTrack): Profile {
  const others = profile.tracks.filter((existing) => existing.id !== track.id);
  return { skills: profile.skills, tracks: [...others, track] };
}

export function completeTrack(track: StudyTrack): StudyTrack {
  return { ...track, unitsDone: track.unitsTotal };
}

export function normalizeUrl(url: string | null): string | null {
  if (!url) return null;
  return url
    .trim()
    .toLowerCase()
    .replace(/^https?:\/\//, "")
    .replace(/^www\./, "")
    .replace(/\/+$/, "");
}
