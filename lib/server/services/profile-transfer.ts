import "server-only";
import { profileToFile, type ProfileFile } from "@/lib/analysis/profile-file";
import { loadProfile } from "@/lib/server/data/profile";

/** The person's skills and tracks in the profile file format (the CLI's --profile, GET /profile). */
export async function exportProfile(userId: string): Promise<ProfileFile> {
  return profileToFile(await loadProfile(userId));
}
