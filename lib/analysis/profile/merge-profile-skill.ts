/**
 * What a profile row becomes when a skill is added or re-added: the level given, and the years
 * given, or, when years are left blank, the years already known (0 for a new skill). Blank years
 * never overwrite known years.
 */
export interface SkillValues {
  level: number;
  years: number;
}

export function mergeProfileSkill(existing: SkillValues | null, input: { level: number; years?: number | null }): SkillValues {
  const years = input.years ?? existing?.years ?? 0;
  return { level: input.level, years };
}
