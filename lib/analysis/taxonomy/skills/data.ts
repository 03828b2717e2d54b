import type { SkillDefinition } from "../types";

export const DATA_SKILLS: SkillDefinition[] = [];
