import type { SkillDefinition } from "../types";

export const LANGUAGES_SKILLS: SkillDefinition[] = [];
