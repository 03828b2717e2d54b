export { recommendResources, remainingTrackTitle, PREFERENCE, type Recommendation, type RecommendOptions } from "./recommend-resources";
export { rankStudyNext, type StudyNextItem, type StudyNextOptions } from "./rank-study-next";
