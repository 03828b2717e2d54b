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
    // A skill changes the requirements that name it, a broader skill within the narrower reach
    // (PostgreSQL credits "relational databases") or a narrower one within the broader reach.
    // Found by walking up from the skill once, not by testing it against every required skill:
    // recommending over a catalog asks this for hundreds of skills per posting view.
    const { asking, below } = this.skillIndex();
    const positions = new Set<number>(below.get(skillId) ?? []);
    for (const id of [skillId, ...this.graph.ancestorsWithin(skillId, NARROWER_FACTORS.length)]) for (const position of asking.get(id) ?? []) positions.add(position);
    const result = [...positions].sort((a, b) => a - b);
    this.touchCache.set(skillId, result);
    return result;
  }

  private index: { asking: Map<string, number[]>; below: Map<string, number[]> } | null = null;

  /** Positions by the skill they name, and by each ancestor (within the broader reach) of a skill they name. */
  private skillIndex(): { asking: Map<string, number[]>; below: Map<string, number[]> } {
    if (this.index) return this.index;
    const asking = new Map<string, number[]>();
    const below = new Map<string, number[]>();
    const add = (map: Map<string, number[]>, key: string, position: number) => {
      const list = map.get(key);
      if (!list) map.set(key, [position]);
      else if (list[list.length - 1] !== position) list.push(position);
    };
    this.requirements.forEach(({ requirement }, position) => {
      for (const required of requirement.skills) {
        add(asking, required.id, position);
        for (const ancestor of this.graph.ancestorsWithin(required.id, BROADER_FACTORS.length)) add(below, ancestor, position);
      }
    });
    this.index = { asking, below };
    return this.index;
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
