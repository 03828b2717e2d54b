import "server-only";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/errors";
import { resolveSkillName } from "@/lib/server/data/profile-skills";
import type { ResourceInput } from "@/lib/schemas/resource";
import type { Resource, ResourceKind } from "@/lib/analysis/types";

export interface ResourceRow extends Resource {
  ownedByUser: boolean;
}

/** The shared catalog plus the resources this user added. */
export async function listResources(userId: string): Promise<ResourceRow[]> {
  const rows = await db.resource.findMany({ where: { OR: [{ userId: null }, { userId }] }, orderBy: { title: "asc" } });
  return rows.map((row) => ({
    id: row.id,
    title: row.title,
    url: row.url,
    kind: row.kind as ResourceKind,
    hours: row.hours,
    provider: row.provider,
    skills: row.skills as unknown as Resource["skills"],
    ownedByUser: row.userId === userId,
  }));
}

export async function addResource(userId: string, input: ResourceInput): Promise<{ id: string; unknownSkills: string[] }> {
  const resolved = input.skills.map(resolveSkillName);
  const known = resolved.filter((skill) => skill.skillId !== null);
  if (known.length === 0) throw new AppError("invalid_input", "None of those skills is recognised; use names like Python, kdb+ or System design.");
  const skills = known.map((skill) => ({ skillId: skill.skillId!, level: input.level }));
  const row = await db.resource.create({
    data: { userId, title: input.title, url: input.url, kind: input.kind, hours: input.hours, provider: input.provider, skills, skillIds: skills.map((s) => s.skillId) },
    select: { id: true },
  });
  return { id: row.id, unknownSkills: resolved.filter((skill) => skill.skillId === null).map((skill) => skill.name) };
}

export async function deleteResource(userId: string, resourceId: string): Promise<void> {
  const { count } = await db.resource.deleteMany({ where: { id: resourceId, userId } });
  if (count === 0) throw new AppError("not_found", "That resource does not exist or is not yours.");
}
