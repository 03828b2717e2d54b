import { ancestorDistance, ancestorsWithin, distanceUp, findSkillByName, getSkill, normalizeSkillName, taxonomyAncestorsWithin } from "../taxonomy";

/**
 * The slice of the taxonomy that scoring needs. Scoring takes it as an argument so the model's
 * properties can be tested on a small fixed graph while the real taxonomy keeps growing.
 */
export interface SkillGraph {
  nameOf(id: string): string | undefined;
  idForName(name: string): string | undefined;
  /** Parent links from `id` up to `ancestorId` (1 = direct parent), or null when unrelated. */
  distanceUp(id: string, ancestorId: string): number | null;
  /**
   * Every ancestor within `maxDistance` parent links: the ids for which `distanceUp(id, x) <=
   * maxDistance`. Lets a caller find related skills by walking up, instead of testing all pairs.
   */
  ancestorsWithin(id: string, maxDistance: number): readonly string[];
  /** The taxonomy category ("language", "framework", ...), when known. */
  categoryOf?(id: string): string | undefined;
}

function memoizeAncestors(ancestors: (id: string, maxDistance: number) => string[]) {
  const cache = new Map<string, readonly string[]>();
  return (id: string, maxDistance: number): readonly string[] => {
    const key = `${maxDistance}:${id}`;
    let cached = cache.get(key);
    if (!cached) cache.set(key, (cached = ancestors(id, maxDistance)));
    return cached;
  };
}

function memoizeDistance(distance: (id: string, ancestorId: string) => number | null) {
  const cache = new Map<string, Map<string, number | null>>();
  return (id: string, ancestorId: string): number | null => {
    if (id === ancestorId) return null;
    let row = cache.get(id);
    if (!row) {
      row = new Map();
      cache.set(id, row);
    }
    const cached = row.get(ancestorId);
    if (cached !== undefined) return cached;
    const result = distance(id, ancestorId);
    row.set(ancestorId, result);
    return result;
  };
}

export const taxonomyGraph: SkillGraph = {
  nameOf: (id) => getSkill(id)?.name,
  idForName: (name) => findSkillByName(name)?.id,
  distanceUp: memoizeDistance(ancestorDistance),
  ancestorsWithin: memoizeAncestors(taxonomyAncestorsWithin),
  categoryOf: (id) => getSkill(id)?.category,
};

export interface GraphSkillDefinition {
  id: string;
  name: string;
  aliases?: string[];
  parents?: string[];
  category?: string;
}

/** A graph over a fixed list of skills, for tests and tools that bring their own skills. */
export function createSkillGraph(definitions: GraphSkillDefinition[]): SkillGraph {
  const byId = new Map(definitions.map((skill) => [skill.id, skill]));
  const byName = new Map<string, string>();
  for (const skill of definitions) {
    for (const form of [skill.name, ...(skill.aliases ?? [])]) {
      const key = normalizeSkillName(form);
      if (!byName.has(key)) byName.set(key, skill.id);
    }
  }
  const distance = (id: string, ancestorId: string) => distanceUp((skillId) => byId.get(skillId)?.parents, id, ancestorId);
  return {
    nameOf: (id) => byId.get(id)?.name,
    idForName: (name) => byName.get(normalizeSkillName(name)) ?? (byId.has(name) ? name : undefined),
    distanceUp: memoizeDistance(distance),
    ancestorsWithin: memoizeAncestors((id, maxDistance) => ancestorsWithin((skillId) => byId.get(skillId)?.parents, id, maxDistance)),
    categoryOf: (id) => byId.get(id)?.category,
  };
}
