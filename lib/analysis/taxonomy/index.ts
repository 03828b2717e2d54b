import type { SkillDefinition } from "./types";
import { TAXONOMY_SKILLS } from "./data-files";
import { normalizeSkillName } from "./schema";

export type { SkillDefinition, SkillCategory, AmbiguityRule } from "./types";

/**
 * normalizeSkillName: the key used to compare skill names: lowercase, with spaces, dots, hyphens,
 * underscores and slashes removed ("Node.js" = "nodejs" = "node js"). `+` and `#` are kept.
 */
export { normalizeSkillName };

export const SKILLS: readonly SkillDefinition[] = TAXONOMY_SKILLS;

const byId = new Map<string, SkillDefinition>();
for (const skill of SKILLS) byId.set(skill.id, skill);

const byName = new Map<string, SkillDefinition>();
for (const skill of SKILLS) {
  for (const form of [skill.name, ...skill.aliases]) {
    const key = normalizeSkillName(form);
    // The canonical name wins over another skill's alias.
    if (!byName.has(key) || form === skill.name) byName.set(key, skill);
  }
}

const broader = new Set<string>();
for (const skill of SKILLS) for (const parent of skill.parents) broader.add(parent);

/** Does some skill name this one as its parent ("Databases" over PostgreSQL)? */
export function hasNarrowerSkills(id: string): boolean {
  return broader.has(id);
}

export function getSkill(id: string): SkillDefinition | undefined {
  return byId.get(id);
}

/** Finds a skill by its canonical name or any alias, ignoring case and punctuation. */
export function findSkillByName(name: string): SkillDefinition | undefined {
  return byName.get(normalizeSkillName(name)) ?? byId.get(name);
}

const ancestorCache = new Map<string, string[]>();

/** Transitive parents of a skill, nearest first, without duplicates. */
export function ancestorsOf(id: string): string[] {
  const cached = ancestorCache.get(id);
  if (cached) return cached;
  const result: string[] = [];
  const seen = new Set<string>([id]);
  let frontier = [id];
  while (frontier.length > 0) {
    const next: string[] = [];
    for (const current of frontier) {
      for (const parent of byId.get(current)?.parents ?? []) {
        if (seen.has(parent)) continue;
        seen.add(parent);
        result.push(parent);
        next.push(parent);
      }
    }
    frontier = next;
  }
  ancestorCache.set(id, result);
  return result;
}

/**
 * Distance in parent links from `id` up to `ancestorId` (1 = direct parent), or null when
 * unrelated within `maxDepth`. `parentsOf` lets other skill graphs (tests, tools) reuse it.
 */
export function distanceUp(
  parentsOf: (id: string) => readonly string[] | undefined,
  id: string,
  ancestorId: string,
  maxDepth = 6,
): number | null {
  let frontier = [id];
  const seen = new Set<string>(frontier);
  for (let depth = 1; frontier.length > 0 && depth <= maxDepth; depth++) {
    const next: string[] = [];
    for (const current of frontier) {
      for (const parent of parentsOf(current) ?? []) {
        if (parent === ancestorId) return depth;
        if (!seen.has(parent)) {
          seen.add(parent);
          next.push(parent);
        }
      }
    }
    frontier = next;
  }
  return null;
}

/**
 * Every ancestor of `id` within `maxDepth` parent links (breadth first, so each at its shortest
 * distance): the same relation as `distanceUp(id, ancestor) <= maxDepth`, listed at once.
 */
export function ancestorsWithin(parentsOf: (id: string) => readonly string[] | undefined, id: string, maxDepth: number): string[] {
  const result: string[] = [];
  let frontier = [id];
  const seen = new Set<string>(frontier);
  for (let depth = 1; frontier.length > 0 && depth <= maxDepth; depth++) {
    const next: string[] = [];
    for (const current of frontier) {
      for (const parent of parentsOf(current) ?? []) {
        if (seen.has(parent)) continue;
        seen.add(parent);
        result.push(parent);
        next.push(parent);
      }
    }
    frontier = next;
  }
  return result;
}

/** ancestorsWithin over the taxonomy. */
export function taxonomyAncestorsWithin(id: string, maxDepth: number): string[] {
  return ancestorsWithin((skillId) => byId.get(skillId)?.parents, id, maxDepth);
}

/** distanceUp over the taxonomy. */
export function ancestorDistance(id: string, ancestorId: string): number | null {
  return distanceUp((skillId) => byId.get(skillId)?.parents, id, ancestorId);
}
