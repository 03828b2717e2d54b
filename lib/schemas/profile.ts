import { z } from "zod";

import { formNumber as numberFromForm } from "@/lib/schemas/form-number";

const LEVEL_MESSAGE = "Level must be a whole number from 0 to 10.";
const YEARS_MESSAGE = "Years must be a number from 0 to 60.";

export const ProfileSkillSchema = z.object({
  name: z.string().trim().min(1, "Enter a skill name.").max(80, "Skill names are at most 80 characters."),
  level: numberFromForm(z.number({ error: LEVEL_MESSAGE }).int(LEVEL_MESSAGE).min(0, LEVEL_MESSAGE).max(10, LEVEL_MESSAGE)),
  /** Blank means "not given": a new skill starts at 0 years, a known one keeps its years. */
  years: numberFromForm(z.number({ error: YEARS_MESSAGE }).min(0, YEARS_MESSAGE).max(60, YEARS_MESSAGE).optional()),
});

export type ProfileSkillInput = z.infer<typeof ProfileSkillSchema>;
