import type { SkillDefinition } from "../types";

export const FINANCE_SKILLS: SkillDefinition[] = [];
