import type { SkillDefinition } from "../types";

export const INFRASTRUCTURE_SKILLS: SkillDefinition[] = [];
