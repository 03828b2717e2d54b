import type { SkillDefinition } from "../types";

export const TOOLS_SKILLS: SkillDefinition[] = [];
