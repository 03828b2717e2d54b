import type { SkillDefinition } from "../types";

export const SECURITY_SKILLS: SkillDefinition[] = [];
