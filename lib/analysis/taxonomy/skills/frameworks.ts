import type { SkillDefinition } from "../types";

export const FRAMEWORKS_SKILLS: SkillDefinition[] = [];
