import type { SkillDefinition } from "../types";

export const DATABASES_SKILLS: SkillDefinition[] = [];
