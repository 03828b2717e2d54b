export { buildPrepPlan, markSessionsDone, contentId, type PrepPlanInput } from "./build-prep-plan";
export { prepPlanToIcs, foldIcsLine, escapeIcsText, type IcsOptions } from "./ics";
export type * from "./types";
export { buildGenericThemes, GENERIC_THEME_IDS, GENERAL_INTERVIEW_THEMES, type GenericThemesInput } from "./generic-themes";
export { planForPostings, postingsToRecommendOn, MAX_GAPS, MAX_RECOMMENDED_POSTINGS, type PlanForPostingsInput } from "./plan-for-postings";
export { digestPostings, type PostingsDigest } from "./postings-digest";
