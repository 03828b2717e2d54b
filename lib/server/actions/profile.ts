"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { ProfileSkillSchema } from "@/lib/schemas/profile";
import { invalidFormState, submittedValues, type FormState } from "@/lib/schemas/form-state";
import { runClickAction, runFormAction } from "@/lib/server/actions/form-action";
import { deleteProfileSkill, saveProfileSkill, updateProfileSkill } from "@/lib/server/data/profile-skills";
import { recordFitSnapshots } from "@/lib/server/data/fit-snapshots";

const IdSchema = z.string().min(1).max(64);

function afterProfileChange(userId: string) {
  revalidatePath("/", "layout");
  return recordFitSnapshots(userId);
}

export async function addSkillAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = submittedValues(formData, ["name", "level", "years"]);
  return runFormAction(values, async (user) => {
    const parsed = ProfileSkillSchema.safeParse(values);
    if (!parsed.success) return invalidFormState(parsed.error, undefined, values);
    const saved = await saveProfileSkill(user.id, parsed.data);
    await afterProfileChange(user.id);
    return { ok: true, message: `Saved ${saved.name} at level ${saved.level}.`, fieldErrors: {} };
  });
}

export async function updateSkillAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(undefined, async (user) => {
    const id = IdSchema.parse(formData.get("id"));
    const parsed = ProfileSkillSchema.omit({ name: true }).safeParse({ level: formData.get("level"), years: formData.get("years") });
    if (!parsed.success) return invalidFormState(parsed.error);
    await updateProfileSkill(user.id, id, parsed.data);
    await afterProfileChange(user.id);
    return { ok: true, message: "Updated.", fieldErrors: {} };
  });
}

export async function deleteSkillAction(formData: FormData): Promise<void> {
  await runClickAction(async (user) => {
    await deleteProfileSkill(user.id, IdSchema.parse(formData.get("id")));
    await afterProfileChange(user.id);
  });
}
