import "server-only";
import { profileToJsonResumeSkills } from "@/lib/analysis/import/json-resume";
import type { StudyTrack } from "@/lib/analysis/types";
import { listApiTokens, type ApiTokenInfo } from "@/lib/server/data/api-tokens";
import { listProfileSkills, toAnalysisSkills, type ProfileSkillRow } from "@/lib/server/data/profile-skills";
import { listResources, type ResourceRow } from "@/lib/server/data/resources";
import { listStudyTracks } from "@/lib/server/data/study-tracks";

/**
 * What the simple pages read. Pages and route handlers never import lib/server/data (the layering
 * rule in .dependency-cruiser.cjs): a page that only lists rows goes through one of these loaders,
 * so a page's queries are always found in lib/server/services.
 */
export function loadProfilePage(userId: string): Promise<ProfileSkillRow[]> {
  return listProfileSkills(userId);
}

export function loadSettingsPage(userId: string): Promise<ApiTokenInfo[]> {
  return listApiTokens(userId);
}

export async function loadTracksPage(userId: string): Promise<{ tracks: StudyTrack[]; resources: ResourceRow[] }> {
  const [tracks, resources] = await Promise.all([listStudyTracks(userId), listResources(userId)]);
  return { tracks, resources };
}

/** The profile's skills as a JSON Resume `skills` section. */
export async function exportJsonResumeSkills(userId: string) {
  return profileToJsonResumeSkills(toAnalysisSkills(await listProfileSkills(userId)));
}
