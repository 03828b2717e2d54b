import type { GapReport } from "../score";
import { getSkill } from "../taxonomy";

export interface CategoryCoverage {
  category: string;
  /** Skills of the posting in this category. */
  skills: number;
  /** 0-100: mean of each skill's best coverage today. */
  now: number;
  /** 0-100: the same when every study track is complete. */
  projected: number;
}

/** Mean coverage per taxonomy category of the skills a report scores, largest categories first. */
export function coverageByCategory(report: GapReport): CategoryCoverage[] {
  const best = new Map<string, { now: number; projected: number }>();
  for (const requirement of report.requirements) {
    if (!requirement.scored) continue;
    for (const skill of requirement.skills) {
      const previous = best.get(skill.skillId);
      best.set(skill.skillId, {
        now: Math.max(previous?.now ?? 0, skill.coverage),
        projected: Math.max(previous?.projected ?? 0, skill.coverageProjected),
      });
    }
  }
  const byCategory = new Map<string, { now: number[]; projected: number[] }>();
  for (const [skillId, coverage] of best) {
    const category = getSkill(skillId)?.category ?? "other";
    const entry = byCategory.get(category) ?? { now: [], projected: [] };
    entry.now.push(coverage.now);
    entry.projected.push(coverage.projected);
    byCategory.set(category, entry);
  }
  const mean = (values: number[]) => Math.round((100 * values.reduce((sum, value) => sum + value, 0)) / values.length);
  return [...byCategory.entries()]
    .map(([category, entry]) => ({ category, skills: entry.now.length, now: mean(entry.now), projected: mean(entry.projected) }))
    .sort((a, b) => b.skills - a.skills || a.category.localeCompare(b.category));
}
