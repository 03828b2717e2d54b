import type { SkillDefinition } from "../types";

export const CLOUD_SKILLS: SkillDefinition[] = [];
