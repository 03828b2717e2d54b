/**
 * The taxonomy's data files (./data/<category>.json) are checked with this schema when loaded:
 * shapes first (zod), then the graph (unique ids, parents exist, no cycles, no surface form
 * claimed by two skills). A bad edit fails loudly at startup and in the unit tests.
 */
import { z } from "zod";
import type { SkillCategory, SkillDefinition } from "./types";

const ID = /^[a-z0-9][a-z0-9+#-]*$/;

export const skillEntrySchema = z
  .object({
    id: z.string().regex(ID, "ids are lowercase kebab-case"),
    name: z.string().min(1),
    aliases: z.array(z.string().min(1)),
    parents: z.array(z.string().regex(ID)),
    ambiguity: z
      .object({
        forms: z.array(z.string().min(1)).min(1),
        caseSensitive: z.boolean().optional(),
        needsContext: z.array(z.string().min(1)).optional(),
        listedOnly: z.boolean().optional(),
      })
      .strict()
      .optional(),
    /** Why an entry is the way it is (an ambiguity rule, a parent choice). */
    note: z.string().optional(),
  })
  .strict();

export const categoryFileSchema = z.array(skillEntrySchema);

/** The normalised key under which names and aliases are compared ("Node.js" = "nodejs"). */
export function normalizeSkillName(name: string): string {
  return name.toLowerCase().replace(/[\s.\-_/]+/g, "");
}

/** Validates every category file and returns the merged skill list, or throws with every problem found. */
export function loadTaxonomy(files: Record<SkillCategory, unknown>): SkillDefinition[] {
  const problems: string[] = [];
  const skills: SkillDefinition[] = [];
  for (const [category, raw] of Object.entries(files) as [SkillCategory, unknown][]) {
    const parsed = categoryFileSchema.safeParse(raw);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) problems.push(`${category}.json ${issue.path.join(".")}: ${issue.message}`);
      continue;
    }
    for (const { note: _note, ...entry } of parsed.data) skills.push({ ...entry, category });
  }
  const byId = new Map<string, SkillDefinition>();
  for (const skill of skills) {
    if (byId.has(skill.id)) problems.push(`duplicate id ${skill.id}`);
    byId.set(skill.id, skill);
  }
  const claimedBy = new Map<string, string>();
  for (const skill of skills) {
    for (const parent of skill.parents) if (!byId.has(parent)) problems.push(`${skill.id}: parent ${parent} does not exist`);
    for (const form of new Set([skill.name, ...skill.aliases].map(normalizeSkillName))) {
      const owner = claimedBy.get(form);
      if (owner && owner !== skill.id) problems.push(`"${form}" is claimed by ${owner} and ${skill.id}`);
      claimedBy.set(form, skill.id);
    }
    for (const form of skill.ambiguity?.forms ?? []) {
      if (![skill.name, ...skill.aliases].includes(form)) problems.push(`${skill.id}: ambiguity form "${form}" is not one of its names`);
    }
  }
  // Cycles: depth-first over parent links.
  const state = new Map<string, 1 | 2>();
  const visit = (id: string, trail: string[]): void => {
    if (state.get(id) === 2) return;
    if (state.get(id) === 1) {
      problems.push(`cycle: ${[...trail, id].join(" -> ")}`);
      return;
    }
    state.set(id, 1);
    for (const parent of byId.get(id)?.parents ?? []) visit(parent, [...trail, id]);
    state.set(id, 2);
  };
  for (const skill of skills) visit(skill.id, []);
  if (problems.length > 0) throw new Error(`taxonomy data is invalid:\n  ${problems.slice(0, 50).join("\n  ")}`);
  return skills;
}
