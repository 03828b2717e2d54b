import type { RequirementKind } from "../types";
import type { SkillRelation } from "./skill-credit";
import type { ListRule } from "./list-rule";
import type { ReportCounts } from "./counts";

export type RequirementStatus = "met" | "partial" | "gap";

export interface SkillCoverage {
  skillId: string;
  name: string;
  /** 0-1 from what you can claim today. */
  coverage: number;
  /** 0-1 with study progress so far added ("studying"). */
  studying: number;
  /** 0-1 when every track is complete. */
  coverageProjected: number;
  relation: SkillRelation;
  /** Name of the skill in your profile that gave the claimed credit, when any. */
  via: string | null;
}

export interface RequirementReport {
  /** Index into PostingAnalysis.requirements. */
  index: number;
  kind: RequirementKind;
  text: string;
  /** False when the line names no known skill: shown, but not counted. */
  scored: boolean;
  weight: number;
  expectedLevel: number;
  levelWord: string;
  /** "all", "any" or {atLeast: n}: how the named skills combine (docs/scoring.md). */
  rule: ListRule;
  anyOf: boolean;
  minYears: number | null;
  coverage: number;
  studying: number;
  coverageProjected: number;
  status: RequirementStatus;
  statusProjected: RequirementStatus;
  dealbreaker: boolean;
  why: string;
  skills: SkillCoverage[];
}

export interface Dealbreaker {
  index: number;
  text: string;
  skills: string[];
  minYears: number;
  yearsHave: number;
}

export type PaceBasis = "done" | "pace" | "target" | "unknown";

export interface TrackReadiness {
  trackId: string;
  title: string;
  basis: PaceBasis;
  unitsPerWeek: number | null;
  /** Estimated completion at the track's own pace; null when it cannot be estimated. */
  completesOn: string | null;
}

export interface GapReport {
  /** 0-100, what can be claimed today. Study never counts here. */
  fit: number;
  /** 0-100, claims plus study progress so far. */
  fitStudying: number;
  /** 0-100, when every study track is complete. */
  fitProjected: number;
  /** 0-100, claimed coverage of the must requirements alone. */
  mustCoverage: number;
  /** When fitProjected is reached at the pace of tracks in progress; null unless such a track moves the fit. */
  readinessDate: string | null;
  readinessNote: string;
  /** Tracks that raise this posting's projected fit. */
  tracks: TrackReadiness[];
  dealbreakers: Dealbreaker[];
  requirements: RequirementReport[];
  /** Must-haves / preferred met, partial, gap, not scored; open gaps. The only definition (counts.ts). */
  counts: ReportCounts;
}
