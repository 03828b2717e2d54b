import type { SkillDefinition } from "../types";

export const CONCEPTS_SKILLS: SkillDefinition[] = [];
