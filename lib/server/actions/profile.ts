"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { publicMessage } from "@/lib/errors";
import { ProfileSkillSchema } from "@/lib/schemas/profile";
import { invalidFormState, submittedValues, type FormState } from "@/lib/schemas/form-state";
import { requireUser } from "@/lib/server/auth";
import { deleteProfileSkill, saveProfileSkill, updateProfileSkill } from "@/lib/server/data/profile-skills";
import { recordFitSnapshots } from "@/lib/server/data/fit-snapshots";

const IdSchema = z.string().min(1).max(64);

function afterProfileChange(userId: string) {
  revalidatePath("/", "layout");
  return recordFitSnapshots(userId);
}

export async function addSkillAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = submittedValues(formData, ["name", "level", "years"]);
  try {
    const user = await requireUser();
    const parsed = ProfileSkillSchema.safeParse(values);
    if (!parsed.success) return invalidFormState(parsed.error, undefined, values);
    const saved = await saveProfileSkill(user.id, parsed.data);
    await afterProfileChange(user.id);
    return { ok: true, message: `Saved ${saved.name} at level ${saved.level}.`, fieldErrors: {} };
  } catch (error) {
    return { ok: false, message: publicMessage(error), fieldErrors: {}, values };
  }
}

export async function updateSkillAction(_previous: FormState, formData: FormData): Promise<FormState> {
  try {
    const user = await requireUser();
    const id = IdSchema.parse(formData.get("id"));
    const parsed = ProfileSkillSchema.omit({ name: true }).safeParse({ level: formData.get("level"), years: formData.get("years") });
    if (!parsed.success) return invalidFormState(parsed.error);
    await updateProfileSkill(user.id, id, parsed.data);
    await afterProfileChange(user.id);
    return { ok: true, message: "Updated.", fieldErrors: {} };
  } catch (error) {
    return { ok: false, message: publicMessage(error), fieldErrors: {} };
  }
}

export async function deleteSkillAction(formData: FormData): Promise<void> {
  const user = await requireUser();
  const id = IdSchema.safeParse(formData.get("id"));
  if (!id.success) return;
  try {
    await deleteProfileSkill(user.id, id.data);
    await afterProfileChange(user.id);
  } catch (error) {
    publicMessage(error);
  }
}
