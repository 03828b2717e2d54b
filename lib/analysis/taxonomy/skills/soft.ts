import type { SkillDefinition } from "../types";

export const SOFT_SKILLS: SkillDefinition[] = [];
