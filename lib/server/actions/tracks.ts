"use server";
import { revalidatePath } from "next/cache";
import { RecordIdSchema } from "@/lib/schemas/record-id";
import { StudyTrackSchema, TrackProgressSchema } from "@/lib/schemas/track";
import { ResourceSchema } from "@/lib/schemas/resource";
import { parseSkillList } from "@/lib/schemas/skill-list";
import { invalidFormState, submittedValues, type FormState, isFormSubmission, NOT_A_FORM_STATE, type ClickState } from "@/lib/schemas/form-state";
import { runClickAction, runFormAction } from "@/lib/server/actions/form-action";
import { todayIso } from "@/lib/server/clock";
import { createStudyTrack, deleteStudyTrack, recordTrackProgress } from "@/lib/server/data/study-tracks";
import { addResource, deleteResource } from "@/lib/server/data/resources";
import { scheduleRescore } from "@/lib/server/jobs/rescore-queue";

const IdSchema = RecordIdSchema;

async function afterStudyChange(userId: string) {
  revalidatePath("/", "layout");
  await scheduleRescore(userId);
}

const TRACK_FIELDS = ["title", "provider", "url", "unit", "unitsDone", "unitsTotal", "hoursPerUnit", "startedOn", "targetOn", "skills"] as const;
const RESOURCE_FIELDS = ["title", "url", "kind", "hours", "provider", "skills", "level"] as const;

export async function createTrackAction(_previous: FormState, formData: FormData): Promise<FormState> {
  if (!isFormSubmission(formData)) return NOT_A_FORM_STATE;
  const values = submittedValues(formData, TRACK_FIELDS);
  return runFormAction(values, async (user) => {
    const parsed = StudyTrackSchema.safeParse({ ...values, skills: parseSkillList(formData.get("skills")) });
    if (!parsed.success) return invalidFormState(parsed.error, undefined, values);
    await createStudyTrack(user.id, parsed.data, todayIso());
    await afterStudyChange(user.id);
    return { ok: true, message: `Added “${parsed.data.title}”.`, fieldErrors: {} };
  });
}

export async function recordProgressAction(_previous: FormState, formData: FormData): Promise<FormState> {
  if (!isFormSubmission(formData)) return NOT_A_FORM_STATE;
  return runFormAction(undefined, async (user) => {
    const parsed = TrackProgressSchema.safeParse({ trackId: formData.get("trackId"), unitsDone: formData.get("unitsDone"), date: todayIso() });
    if (!parsed.success) return invalidFormState(parsed.error);
    await recordTrackProgress(user.id, parsed.data.trackId, parsed.data.unitsDone, parsed.data.date);
    await afterStudyChange(user.id);
    return { ok: true, message: "Progress saved.", fieldErrors: {} };
  });
}

export async function deleteTrackAction(_previous: ClickState, formData: FormData): Promise<ClickState> {
  const state = await runClickAction(formData, async (user) => {
    await deleteStudyTrack(user.id, IdSchema.parse(formData.get("trackId")));
    await afterStudyChange(user.id);
  });
  return state;
}

export async function addResourceAction(_previous: FormState, formData: FormData): Promise<FormState> {
  if (!isFormSubmission(formData)) return NOT_A_FORM_STATE;
  const values = submittedValues(formData, RESOURCE_FIELDS);
  return runFormAction(values, async (user) => {
    const skills = parseSkillList(formData.get("skills")).map((skill) => skill.name);
    const parsed = ResourceSchema.safeParse({ ...values, skills });
    if (!parsed.success) return invalidFormState(parsed.error, undefined, values);
    const { unknownSkills } = await addResource(user.id, parsed.data);
    revalidatePath("/", "layout");
    const note = unknownSkills.length ? ` Not recognised, left out: ${unknownSkills.join(", ")}.` : "";
    return { ok: true, message: `Added “${parsed.data.title}” to your resources.${note}`, fieldErrors: {} };
  });
}

export async function deleteResourceAction(_previous: ClickState, formData: FormData): Promise<ClickState> {
  const state = await runClickAction(formData, async (user) => {
    await deleteResource(user.id, IdSchema.parse(formData.get("resourceId")));
    revalidatePath("/", "layout");
  });
  return state;
}
