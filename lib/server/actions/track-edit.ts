"use server";
import { revalidatePath } from "next/cache";
import { StudyTrackEditSchema } from "@/lib/schemas/track";
import { parseSkillList } from "@/lib/schemas/skill-list";
import { invalidFormState, submittedValues, type FormState } from "@/lib/schemas/form-state";
import { runFormAction } from "@/lib/server/actions/form-action";
import { updateStudyTrack } from "@/lib/server/data/study-track-edit";
import { scheduleRescore } from "@/lib/server/jobs/rescore-queue";

const FIELDS = ["trackId", "title", "unit", "unitsTotal", "hoursPerUnit", "targetOn", "skills"] as const;

export async function editTrackAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = submittedValues(formData, FIELDS);
  return runFormAction(values, async (user) => {
    const parsed = StudyTrackEditSchema.safeParse({ ...values, skills: parseSkillList(formData.get("skills")) });
    if (!parsed.success) return invalidFormState(parsed.error, "Nothing was saved: please fix the track.", values);
    await updateStudyTrack(user.id, parsed.data);
    revalidatePath("/", "layout");
    // Every posting may feel a track: re-scored in the background, not before the form returns.
    await scheduleRescore(user.id);
    return { ok: true, message: "Track updated.", fieldErrors: {} };
  });
}
