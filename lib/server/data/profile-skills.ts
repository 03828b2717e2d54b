import "server-only";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/errors";
import { findSkillByName, normalizeSkillName } from "@/lib/analysis/taxonomy";
import type { ProfileSkillInput } from "@/lib/schemas/profile";
import type { ProfileSkill } from "@/lib/analysis/types";

export interface ProfileSkillRow {
  id: string;
  skillId: string | null;
  name: string;
  level: number;
  years: number;
}

const SELECT = { id: true, skillId: true, name: true, level: true, years: true } as const;

/** The key that makes a profile hold one row per skill: the taxonomy id, else the normalised name. */
export function skillNameKey(skillId: string | null, name: string): string {
  return skillId ?? normalizeSkillName(name);
}

/** Taxonomy identity of a typed name: synonyms ("Postgres", "PostgreSQL") land on one row. */
export function resolveSkillName(name: string): { skillId: string | null; name: string; nameKey: string } {
  const skill = findSkillByName(name);
  if (skill) return { skillId: skill.id, name: skill.name, nameKey: skillNameKey(skill.id, skill.name) };
  return { skillId: null, name: name.trim(), nameKey: skillNameKey(null, name) };
}

/** A user's skills in alphabetical order, ignoring case (kdb+ sits among the k's, not after Z). */
export async function listProfileSkills(userId: string): Promise<ProfileSkillRow[]> {
  const rows = await db.profileSkill.findMany({ where: { userId }, select: SELECT });
  return rows.sort((a, b) => a.name.localeCompare(b.name, "en", { sensitivity: "base" }));
}

/** The person's row for a typed name (under any synonym), or null. */
export async function findProfileSkillByName(userId: string, name: string): Promise<ProfileSkillRow | null> {
  const identity = resolveSkillName(name);
  return db.profileSkill.findUnique({ where: { userId_nameKey: { userId, nameKey: identity.nameKey } }, select: SELECT });
}

/** The level and years of the person's row for a skill identity, or null. */
export async function findProfileSkillValues(userId: string, nameKey: string): Promise<{ level: number; years: number } | null> {
  return db.profileSkill.findUnique({ where: { userId_nameKey: { userId, nameKey } }, select: { level: true, years: true } });
}

/** Writes the person's row for a skill identity (synonyms share one row). */
export async function upsertProfileSkill(userId: string, identity: { skillId: string | null; name: string; nameKey: string }, values: { level: number; years: number }): Promise<ProfileSkillRow> {
  return db.profileSkill.upsert({
    where: { userId_nameKey: { userId, nameKey: identity.nameKey } },
    create: { userId, ...identity, ...values },
    update: { ...values, name: identity.name, skillId: identity.skillId },
    select: SELECT,
  });
}

export async function updateProfileSkill(userId: string, id: string, input: Omit<ProfileSkillInput, "name">): Promise<void> {
  const data = { level: input.level, ...(input.years === undefined ? {} : { years: input.years }) };
  const { count } = await db.profileSkill.updateMany({ where: { id, userId }, data });
  if (count === 0) throw new AppError("not_found", "That skill is not in your profile.");
}

export async function deleteProfileSkill(userId: string, id: string): Promise<void> {
  const { count } = await db.profileSkill.deleteMany({ where: { id, userId } });
  if (count === 0) throw new AppError("not_found", "That skill is not in your profile.");
}

export function toAnalysisSkills(rows: ProfileSkillRow[]): ProfileSkill[] {
  return rows.map((row) => ({ skillId: row.skillId, name: row.name, level: row.level, years: row.years }));
}
