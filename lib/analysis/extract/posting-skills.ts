/**
 * The posting's skill list, deduplicated over its requirements: must when any must requirement
 * names the skill, and the largest years a requirement of that kind gives it.
 */
import { getSkill } from "@/lib/analysis/taxonomy";
import type { PostingSkill, Requirement } from "@/lib/analysis/types";

export function collectPostingSkills(requirements: Requirement[]): PostingSkill[] {
  const byId = new Map<string, PostingSkill>();
  const order: string[] = [];
  // "Ideally, at least a year of it building with LLMs": years only a preferred sentence ties to a
  // skill that is a must elsewhere still describe that skill, when no must sentence gives any.
  const preferredYears = new Map<string, number>();
  for (const requirement of requirements) {
    for (const ref of requirement.skills) {
      let skill = byId.get(ref.id);
      if (!skill) {
        skill = { id: ref.id, name: ref.name, aliases: getSkill(ref.id)?.aliases.slice() ?? [], kind: requirement.kind, minYears: null };
        byId.set(ref.id, skill);
        order.push(ref.id);
      }
      if (requirement.kind === "must" && skill.kind === "preferred") {
        skill.kind = "must";
        skill.minYears = null; // years stated only for the preferred form do not carry over
      }
      if (requirement.kind === "preferred" && requirement.minYears !== null) {
        preferredYears.set(ref.id, Math.max(preferredYears.get(ref.id) ?? 0, requirement.minYears));
      }
      if (requirement.kind === skill.kind && requirement.minYears !== null) {
        skill.minYears = Math.max(skill.minYears ?? 0, requirement.minYears);
      }
    }
  }
  for (const [id, years] of preferredYears) {
    const skill = byId.get(id)!;
    if (skill.minYears === null) skill.minYears = years;
  }
  return order.map((id) => byId.get(id)!);
}
