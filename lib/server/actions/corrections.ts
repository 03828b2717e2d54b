"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { CorrectionSchema, TaughtAliasSchema } from "@/lib/schemas/correction";
import { invalidFormState, type FormState } from "@/lib/schemas/form-state";
import { runFormAction } from "@/lib/server/actions/form-action";
import { deleteCorrection, forgetAlias, saveCorrection, teachAlias } from "@/lib/server/data/corrections";
import { reanalyzePosting } from "@/lib/server/services/reanalysis";
import { scheduleRescore } from "@/lib/server/jobs/rescore-queue";
import { recordPostingFit } from "@/lib/server/services/fit-snapshots";

const IdSchema = z.string().min(1).max(64);

/**
 * The score depends on the corrected requirements: recompute, chart it, re-render. A correction
 * touches one posting, so only its fit is re-scored at once; an alias can touch them all, so
 * those are re-scored by the background job.
 */
async function afterCorrection(userId: string, postingId: string | null): Promise<void> {
  if (postingId) {
    await recordPostingFit(userId, postingId);
  } else {
    // An alias can touch every posting: re-scored in the background, not before the form returns.
    await scheduleRescore(userId);
  }
  revalidatePath(postingId ? `/jobs/${postingId}` : "/", postingId ? "page" : "layout");
  revalidatePath("/dashboard");
}

/** Saves an edit, a drop ("intent" = drop) or an added requirement, then rescoring follows at once. */
export async function saveCorrectionAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(undefined, async (user) => {
    const intent = formData.get("intent");
    const parsed = CorrectionSchema.safeParse({
      postingId: formData.get("postingId"),
      action: intent === "drop" ? "drop" : formData.get("action"),
      text: formData.get("text"),
      spanStart: formData.get("spanStart"),
      spanEnd: formData.get("spanEnd"),
      kind: formData.get("kind"),
      minYears: formData.get("minYears") ?? "",
      skillIds: formData.getAll("skill").filter((value): value is string => typeof value === "string" && value.trim() !== ""),
    });
    if (!parsed.success) return invalidFormState(parsed.error, "Nothing was saved: please fix the correction.");
    await saveCorrection(user.id, parsed.data);
    await afterCorrection(user.id, parsed.data.postingId);
    const message = parsed.data.action === "drop" ? "Requirement dropped; the score is updated." : "Correction saved; the score is updated.";
    return { ok: true, message, fieldErrors: {} };
  });
}

export async function undoCorrectionAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(undefined, async (user) => {
    const { postingId } = await deleteCorrection(user.id, IdSchema.parse(formData.get("correctionId")));
    await afterCorrection(user.id, postingId);
    return { ok: true, message: "Correction removed.", fieldErrors: {} };
  });
}

export async function reanalyzeAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(undefined, async (user) => {
    const postingId = IdSchema.parse(formData.get("postingId"));
    const { requirements } = await reanalyzePosting(user.id, postingId);
    await afterCorrection(user.id, postingId);
    return { ok: true, message: `Re-analyzed: ${requirements} requirements found; your corrections are applied on top.`, fieldErrors: {} };
  });
}

export async function teachAliasAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = { phrase: String(formData.get("phrase") ?? ""), skill: String(formData.get("skill") ?? "") };
  return runFormAction(values, async (user) => {
    const parsed = TaughtAliasSchema.safeParse({ phrase: values.phrase, skillId: values.skill });
    if (!parsed.success) return invalidFormState(parsed.error, "Nothing was saved: please fix the alias.", values);
    await teachAlias(user.id, parsed.data);
    await afterCorrection(user.id, null);
    return { ok: true, message: `Taught: “${parsed.data.phrase}” now counts as that skill in all your postings.`, fieldErrors: {} };
  });
}

export async function forgetAliasAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(undefined, async (user) => {
    await forgetAlias(user.id, IdSchema.parse(formData.get("aliasId")));
    await afterCorrection(user.id, null);
    return { ok: true, message: "Alias removed.", fieldErrors: {} };
  });
}
