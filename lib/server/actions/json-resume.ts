"use server";
import { revalidatePath } from "next/cache";
import { previewResumeImport, skillsToImport, type ResumeImportPreview } from "@/lib/analysis/import/json-resume";
import { isFormSubmission, NOT_A_FORM_STATE, type FormState } from "@/lib/schemas/form-state";
import { JsonResumeSchema, type JsonResume } from "@/lib/schemas/json-resume";
import { runFormAction } from "@/lib/server/actions/form-action";
import { describeIssues } from "@/lib/server/api/request-body";
import { todayIso } from "@/lib/server/clock";
import { scheduleRescore } from "@/lib/server/jobs/rescore-queue";
import { listProfileSkills, toAnalysisSkills } from "@/lib/server/data/profile-skills";
import { importProfile } from "@/lib/server/data/profile-transfer";

const MAX_RESUME_BYTES = 1_000_000;

/** The preview travels back with the resume's text, which the confirm step sends again. */
export type ResumeImportState = FormState & { preview?: ResumeImportPreview; resumeText?: string };

type Parsed = { ok: true; resume: JsonResume } | { ok: false; message: string };

function parseResume(text: string): Parsed {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, message: "That file is not valid JSON. Nothing was imported." };
  }
  const parsed = JsonResumeSchema.safeParse(json);
  if (!parsed.success) return { ok: false, message: `That is not a JSON Resume file: ${describeIssues(parsed.error)}` };
  return { ok: true, resume: parsed.data };
}

async function resumeTextFrom(formData: FormData): Promise<string | { message: string }> {
  const file = formData.get("resume");
  if (!(file instanceof File) || file.size === 0) return { message: "Choose a JSON Resume file (resume.json)." };
  if (file.size > MAX_RESUME_BYTES) return { message: "That file is over 1 MB; a resume.json is far smaller." };
  return file.text();
}

/** Step 1: what would map, what would not, what would change. Stores nothing. */
export async function previewResumeAction(_previous: ResumeImportState, formData: FormData): Promise<ResumeImportState> {
  if (!isFormSubmission(formData)) return NOT_A_FORM_STATE;
  let extra: Pick<ResumeImportState, "preview" | "resumeText"> = {};
  const state = await runFormAction(undefined, async (user) => {
    const text = await resumeTextFrom(formData);
    if (typeof text !== "string") return { ok: false, message: text.message, fieldErrors: {} };
    const parsed = parseResume(text);
    if (!parsed.ok) return { ok: false, message: parsed.message, fieldErrors: {} };
    const preview = previewResumeImport(parsed.resume, toAnalysisSkills(await listProfileSkills(user.id)), todayIso());
    extra = { preview, resumeText: text };
    return { ok: true, message: null, fieldErrors: {} };
  });
  return { ...state, ...extra };
}

/** Step 2: stores the new and raised skills of the previewed resume, in one transaction. */
export async function importResumeAction(_previous: ResumeImportState, formData: FormData): Promise<ResumeImportState> {
  if (!isFormSubmission(formData)) return NOT_A_FORM_STATE;
  const state = await runFormAction(undefined, async (user) => {
    const text = formData.get("resumeText");
    if (typeof text !== "string" || text.length > MAX_RESUME_BYTES) return { ok: false, message: "Preview the resume first.", fieldErrors: {} };
    const parsed = parseResume(text);
    if (!parsed.ok) return { ok: false, message: parsed.message, fieldErrors: {} };
    const today = todayIso();
    const skills = skillsToImport(previewResumeImport(parsed.resume, toAnalysisSkills(await listProfileSkills(user.id)), today));
    if (skills.length === 0) return { ok: true, message: "Nothing to change: your profile already has all of it.", fieldErrors: {} };
    await importProfile(user.id, { skills, tracks: [] }, today);
    await scheduleRescore(user.id);
    return { ok: true, message: `Imported ${skills.length} skill${skills.length === 1 ? "" : "s"} from the resume.`, fieldErrors: {} };
  });
  revalidatePath("/", "layout");
  return state;
}
