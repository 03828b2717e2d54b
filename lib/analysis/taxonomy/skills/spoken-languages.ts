import type { SkillDefinition } from "../types";

export const SPOKEN_LANGUAGES_SKILLS: SkillDefinition[] = [];
