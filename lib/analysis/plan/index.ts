export { buildPrepPlan, markSessionsDone, contentId, type PrepPlanInput } from "./build-prep-plan";
export { prepPlanToIcs, foldIcsLine, escapeIcsText, type IcsOptions } from "./ics";
export type * from "./types";
