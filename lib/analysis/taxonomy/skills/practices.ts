import type { SkillDefinition } from "../types";

export const PRACTICES_SKILLS: SkillDefinition[] = [];
