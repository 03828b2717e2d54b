import type { SkillDefinition } from "../types";

export const DOMAINS_SKILLS: SkillDefinition[] = [];
