import "server-only";
import { mergeProfileSkill } from "@/lib/analysis/profile/merge-profile-skill";
import type { ProfileSkillInput } from "@/lib/schemas/profile";
import { findProfileSkillValues, resolveSkillName, upsertProfileSkill, type ProfileSkillRow } from "@/lib/server/data/profile-skills";

/**
 * Adds a skill, or updates it when the person already has it (under any synonym). Years left
 * blank (undefined) never overwrite known years; a new skill starts at 0 (mergeProfileSkill).
 */
export async function saveProfileSkill(userId: string, input: ProfileSkillInput): Promise<ProfileSkillRow> {
  const identity = resolveSkillName(input.name);
  const existing = await findProfileSkillValues(userId, identity.nameKey);
  return upsertProfileSkill(userId, identity, mergeProfileSkill(existing, input));
}
