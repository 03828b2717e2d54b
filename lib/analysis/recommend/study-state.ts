import type { PostingAnalysis, Profile, Requirement, Resource, SkillRef, StudyTrack } from "../types";
import { indexEvidence, type EvidenceIndex } from "../score/evidence";
import { KIND_WEIGHTS, scoreRequirement } from "../score/requirement-score";
import { BROADER_FACTORS, NARROWER_FACTORS } from "../score/skill-credit";
import type { SkillGraph } from "../score/skill-graph";

/**
 * Recommendations compare "what you will have" before and after one more piece of study, so they
 * work in the studying view: claims plus progress so far, plus whatever is being considered.
 * The meter re-scores only the requirements a piece of study can touch, which keeps ranking a
 * catalog of a hundred resources fast.
 */
export class StudyMeter {
  private readonly requirements: { requirement: Requirement; index: number }[];
  private readonly totalWeight: number;
  private readonly touchCache = new Map<string, number[]>();

  constructor(
    analysis: PostingAnalysis,
    private readonly graph: SkillGraph,
    onlyMust = false,
  ) {
    this.requirements = analysis.requirements
      .map((requirement, index) => ({ requirement, index }))
      .filter(({ requirement }) => requirement.skills.length > 0 && (!onlyMust || requirement.kind === "must"));
    this.totalWeight = this.requirements.reduce((sum, { requirement }) => sum + KIND_WEIGHTS[requirement.kind], 0);
  }

  /** Studying coverage of each counted requirement. */
  coverages(profile: Profile, only?: ReadonlySet<number>, previous?: number[]): number[] {
    const evidence = indexEvidence(profile, this.graph);
    return this.requirements.map((_, position) => (only && previous && !only.has(position) ? previous[position] : this.coverageAt(position, evidence)));
  }

  /** Studying coverage of the counted requirement at `position`, from an evidence index built once by the caller. */
  coverageAt(position: number, evidence: EvidenceIndex): number {
    const { requirement, index } = this.requirements[position];
    return scoreRequirement(requirement, index, evidence, this.graph, ["studying"]).studying;
  }

  /** The counted requirements, by position, with the skills each names and whether it is a must. */
  askedSkills(): { position: number; skills: SkillRef[]; must: boolean }[] {
    return this.requirements.map(({ requirement }, position) => ({ position, skills: requirement.skills, must: requirement.kind === "must" }));
  }

  /** The share of the posting's total weight that the requirement at `position` carries (0-1). */
  weightShare(position: number): number {
    return this.totalWeight === 0 ? 0 : KIND_WEIGHTS[this.requirements[position].requirement.kind] / this.totalWeight;
  }

  /** Position of requirement `index` in the coverage arrays, or -1 when it is not counted. */
  positionOf(index: number): number {
    return this.requirements.findIndex((entry) => entry.index === index);
  }

  /** Weighted mean, 0-1. */
  total(coverages: number[]): number {
    if (this.totalWeight === 0) return 0;
    return this.requirements.reduce((sum, { requirement }, position) => sum + KIND_WEIGHTS[requirement.kind] * coverages[position], 0) / this.totalWeight;
  }

  /** Coverages once `track` is added to `profile`, given the coverages without it. */
  coveragesWith(profile: Profile, previous: number[], track: StudyTrack): number[] {
    const touched = this.touchedBy(track);
    if (touched === null) return this.coverages(withTrack(profile, track));
    if (touched.size === 0) return previous;
    return this.coverages(withTrack(profile, track), touched, previous);
  }

  /** Positions of requirements a track's skills can change; null when it names unknown skills. */
  private touchedBy(track: StudyTrack): Set<number> | null {
    const result = new Set<number>();
    for (const skill of track.skills) {
      if (!skill.skillId) return null;
      for (const position of this.touchedBySkill(skill.skillId)) result.add(position);
    }
    return result;
  }

  private touchedBySkill(skillId: string): number[] {
    const cached = this.touchCache.get(skillId);
    if (cached) return cached;
    const reach = (from: string, to: string, limit: number) => {
      const distance = this.graph.distanceUp(from, to);
      return distance !== null && distance <= limit;
    };
    const positions = this.requirements
      .map(({ requirement }, position) => ({ requirement, position }))
      .filter(({ requirement }) =>
        requirement.skills.some(
          (required) =>
            required.id === skillId ||
            reach(skillId, required.id, NARROWER_FACTORS.length) ||
            reach(required.id, skillId, BROADER_FACTORS.length),
        ),
      )
      .map(({ position }) => position);
    this.touchCache.set(skillId, positions);
    return positions;
  }
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
