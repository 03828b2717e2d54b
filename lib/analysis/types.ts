/**
 * Plain data that crosses the analysis core's boundaries: what extraction produces and what
 * scoring, recommendation and planning consume. No behaviour here.
 */
export type RequirementKind = "must" | "preferred";

export interface SkillRef {
  id: string;
  name: string;
}

/**
 * Who proposed a requirement or a skill: absent for the deterministic extractor, "llm" for the
 * optional LLM assist (lib/analysis/llm-assist), which only ever adds grounded suggestions.
 */
export type SuggestionSource = "llm";

export interface RequirementSkill extends SkillRef {
  source?: SuggestionSource;
}

export interface Requirement {
  text: string;
  /** Normalised section label ("requirements", "preferred", "stack", ...) or null when the posting has no headings. */
  section: string | null;
  kind: RequirementKind;
  minYears: number | null;
  /** [start, end) character offsets of `text` in the original posting. */
  span: [number, number];
  skills: RequirementSkill[];
  /** "llm" when the whole requirement is an LLM suggestion the extractor did not find. */
  source?: SuggestionSource;
}

export interface PostingSkill extends SkillRef {
  aliases: string[];
  kind: RequirementKind;
  minYears: number | null;
}

export interface PostingAnalysis {
  title: string | null;
  company: string | null;
  overallMinYears: number | null;
  requirements: Requirement[];
  /** Deduplicated over requirements: must when any must requirement names it, largest minYears. */
  skills: PostingSkill[];
}

/** One skill the person claims today. `skillId` is null when the name is not in the taxonomy. */
export interface ProfileSkill {
  skillId: string | null;
  name: string;
  level: number; // 0-10
  years: number; // >= 0
}

export interface TrackSkill {
  skillId: string | null;
  name: string;
  /** Level the track brings when complete, 0-10. */
  levelAtCompletion: number;
}

export interface TrackProgressEntry {
  date: string; // ISO date, yyyy-mm-dd
  unitsDone: number;
}

export const TRACK_UNITS = ["lecture", "week", "chapter", "module", "hour", "video", "lesson"] as const;
export type TrackUnit = (typeof TRACK_UNITS)[number];

export interface StudyTrack {
  id: string;
  title: string;
  provider: string | null;
  url: string | null;
  unit: TrackUnit;
  unitsDone: number;
  unitsTotal: number;
  hoursPerUnit: number;
  startedOn: string | null; // ISO date
  targetOn: string | null; // ISO date
  skills: TrackSkill[];
  progress: TrackProgressEntry[];
}

export interface Profile {
  skills: ProfileSkill[];
  tracks: StudyTrack[];
}

export const RESOURCE_KINDS = ["course", "video", "book", "article", "docs", "practice", "guide"] as const;
export type ResourceKind = (typeof RESOURCE_KINDS)[number];

export interface Resource {
  id: string;
  title: string;
  url: string | null;
  kind: ResourceKind;
  hours: number;
  provider: string | null;
  /** Taxonomy ids this resource teaches, with the level it brings (0-10). */
  skills: { skillId: string; level: number }[];
}
