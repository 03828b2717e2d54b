export { scorePosting, statusFor, MET_THRESHOLD, PARTIAL_THRESHOLD, type ScoreOptions } from "./posting-score";
export { impliedLevel, isAnyOf, LEVEL_TIERS } from "./implied-level";
export { estimateTrackPace, toTrackReadiness, type TrackPace } from "./readiness";
export { taxonomyGraph, createSkillGraph, type SkillGraph, type GraphSkillDefinition } from "./skill-graph";
export { KIND_WEIGHTS } from "./requirement-score";
export type * from "./types";
export { listRuleFor, listRuleForText, combineByRule, describeRule, neededCount, type ListRule } from "./list-rule";
export { countReport, countRequirements, describeCounts, type ReportCounts, type RequirementCounts } from "./counts";
