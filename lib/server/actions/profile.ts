"use server";
import { revalidatePath } from "next/cache";
import { ProfileSkillSchema } from "@/lib/schemas/profile";
import { RecordIdSchema } from "@/lib/schemas/record-id";
import { invalidFormState, submittedValues, type FormState, isFormSubmission, NOT_A_FORM_STATE, type ClickState } from "@/lib/schemas/form-state";
import { runClickAction, runFormAction } from "@/lib/server/actions/form-action";
import { deleteProfileSkill, findProfileSkillByName, updateProfileSkill } from "@/lib/server/data/profile-skills";
import { saveProfileSkill } from "@/lib/server/services/profile-skills";
import { scheduleRescore } from "@/lib/server/jobs/rescore-queue";

const IdSchema = RecordIdSchema;

function afterProfileChange(userId: string) {
  revalidatePath("/", "layout");
  return scheduleRescore(userId);
}

function yearsWord(years: number): string {
  return `${years} year${years === 1 ? "" : "s"}`;
}

/**
 * Adds a skill. When the person already has it (under any synonym), nothing is saved: the answer
 * says so and offers the update, which the form sends back with intent=update. Blank years keep
 * the known years.
 */
export async function addSkillAction(_previous: FormState, formData: FormData): Promise<FormState> {
  if (!isFormSubmission(formData)) return NOT_A_FORM_STATE;
  const values = submittedValues(formData, ["name", "level", "years"]);
  const confirmed = formData.get("intent") === "update";
  return runFormAction(values, async (user) => {
    const parsed = ProfileSkillSchema.safeParse(values);
    if (!parsed.success) return invalidFormState(parsed.error, undefined, values);
    const existing = await findProfileSkillByName(user.id, parsed.data.name);
    if (existing && !confirmed) {
      const years = parsed.data.years === undefined ? `keeping ${yearsWord(existing.years)}` : yearsWord(parsed.data.years);
      return {
        ok: false,
        needsConfirmation: true,
        message: `${existing.name} is already in your profile (level ${existing.level}, ${yearsWord(existing.years)}). Update it to level ${parsed.data.level}, ${years}?`,
        fieldErrors: {},
        values,
      };
    }
    const saved = await saveProfileSkill(user.id, parsed.data);
    await afterProfileChange(user.id);
    const message = existing
      ? `Updated ${saved.name}: level ${saved.level}, ${yearsWord(saved.years)}.`
      : `Saved ${saved.name} at level ${saved.level}.`;
    return { ok: true, message, fieldErrors: {} };
  });
}

export async function updateSkillAction(_previous: FormState, formData: FormData): Promise<FormState> {
  if (!isFormSubmission(formData)) return NOT_A_FORM_STATE;
  return runFormAction(undefined, async (user) => {
    const id = IdSchema.parse(formData.get("id"));
    const parsed = ProfileSkillSchema.omit({ name: true }).safeParse({ level: formData.get("level"), years: formData.get("years") });
    if (!parsed.success) return invalidFormState(parsed.error);
    await updateProfileSkill(user.id, id, parsed.data);
    await afterProfileChange(user.id);
    return { ok: true, message: "Updated.", fieldErrors: {} };
  });
}

export async function deleteSkillAction(_previous: ClickState, formData: FormData): Promise<ClickState> {
  const state = await runClickAction(formData, async (user) => {
    await deleteProfileSkill(user.id, IdSchema.parse(formData.get("id")));
    await afterProfileChange(user.id);
  });
  return state;
}
