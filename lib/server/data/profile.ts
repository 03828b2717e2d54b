import "server-only";
import type { Profile } from "@/lib/analysis/types";
import { listProfileSkills, toAnalysisSkills } from "@/lib/server/data/profile-skills";
import { listStudyTracks } from "@/lib/server/data/study-tracks";

/** The person's profile as scoring takes it: skills and study tracks (two queries, relations joined). */
export async function loadProfile(userId: string): Promise<Profile> {
  const [skills, tracks] = await Promise.all([listProfileSkills(userId), listStudyTracks(userId)]);
  return { skills: toAnalysisSkills(skills), tracks };
}
