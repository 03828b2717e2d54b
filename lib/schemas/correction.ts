import { z } from "zod";
import { findSkillByName } from "@/lib/analysis/taxonomy";

const YEARS_MESSAGE = "Years must be a whole number from 0 to 40, or empty.";
const MAX_SKILLS = 20;

/** A skill the person typed: any taxonomy name or alias, resolved to its id. */
const taxonomySkill = z
  .string()
  .trim()
  .min(1)
  .max(80, "Skill names are at most 80 characters.")
  .transform((name, context) => {
    const skill = findSkillByName(name);
    if (!skill) {
      context.addIssue({ code: "custom", message: `“${name}” is not a skill Fitgap knows. Pick one of the suggestions.` });
      return z.NEVER;
    }
    return skill.id;
  });

export const CorrectionSchema = z
  .object({
    postingId: z.string().min(1).max(64),
    action: z.enum(["edit", "drop", "add"]),
    text: z.string().trim().min(3, "Select at least a few words of the posting.").max(2_000, "A requirement is at most 2,000 characters."),
    spanStart: z.coerce.number().int().min(0),
    spanEnd: z.coerce.number().int().min(0),
    kind: z.enum(["must", "preferred"], { error: "Kind is must or preferred." }),
    minYears: z.preprocess(
      (value) => (typeof value === "string" && value.trim() === "" ? null : typeof value === "string" ? Number(value) : (value ?? null)),
      z.number({ error: YEARS_MESSAGE }).int(YEARS_MESSAGE).min(0, YEARS_MESSAGE).max(40, YEARS_MESSAGE).nullable(),
    ),
    skillIds: z.array(taxonomySkill).max(MAX_SKILLS, `At most ${MAX_SKILLS} skills per requirement.`),
  })
  .refine((value) => value.spanEnd > value.spanStart, { message: "The requirement's place in the posting is invalid.", path: ["text"] })
  .transform((value) => ({ ...value, skillIds: [...new Set(value.skillIds)] }));

export type CorrectionInput = z.infer<typeof CorrectionSchema>;

export const TaughtAliasSchema = z.object({
  phrase: z.string().trim().min(1, "Enter the phrase the posting uses.").max(60, "A phrase is at most 60 characters."),
  skillId: taxonomySkill,
});

export type TaughtAliasInput = z.infer<typeof TaughtAliasSchema>;
