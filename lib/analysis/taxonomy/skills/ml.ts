import type { SkillDefinition } from "../types";

export const ML_SKILLS: SkillDefinition[] = [];
