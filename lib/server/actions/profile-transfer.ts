"use server";
import { revalidatePath } from "next/cache";
import { parseProfileFile } from "@/lib/analysis/profile-file";
import { isFormSubmission, NOT_A_FORM_STATE, type FormState } from "@/lib/schemas/form-state";
import { MAX_PROFILE_FILE_BYTES, PROFILE_FILE_TOO_LARGE } from "@/lib/schemas/limits";
import { runFormAction } from "@/lib/server/actions/form-action";
import { todayIso } from "@/lib/server/clock";
import { importProfile } from "@/lib/server/data/profile-transfer";
import { scheduleRescore } from "@/lib/server/jobs/rescore-queue";


export async function importProfileAction(_previous: FormState, formData: FormData): Promise<FormState> {
  if (!isFormSubmission(formData)) return NOT_A_FORM_STATE;
  return runFormAction(undefined, async (user) => {
    const file = formData.get("file");
    if (!(file instanceof File) || file.size === 0) return { ok: false, message: "Choose a profile file (.json) to import.", fieldErrors: {} };
    if (file.size > MAX_PROFILE_FILE_BYTES) return { ok: false, message: PROFILE_FILE_TOO_LARGE, fieldErrors: {} };
    let json: unknown;
    try {
      json = JSON.parse(await file.text());
    } catch {
      return { ok: false, message: "That file is not valid JSON. Nothing was imported.", fieldErrors: {} };
    }
    const parsed = parseProfileFile(json);
    if (!parsed.ok) return { ok: false, message: `Nothing was imported: ${parsed.issues.slice(0, 3).join("; ")}`, fieldErrors: {} };
    const counts = await importProfile(user.id, parsed.profile, todayIso());
    await scheduleRescore(user.id);
    revalidatePath("/", "layout");
    return { ok: true, message: `Imported ${counts.skills} skills and ${counts.tracks} tracks.`, fieldErrors: {} };
  });
}
