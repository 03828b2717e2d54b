import type { SkillDefinition } from "../types";

export const LLM_SKILLS: SkillDefinition[] = [];
