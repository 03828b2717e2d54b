"use server";
import { revalidatePath } from "next/cache";
import { PrepPlanRequestSchema, SessionToggleSchema } from "@/lib/schemas/plan";
import { invalidFormState, type FormState, isFormSubmission, NOT_A_FORM_STATE, type ClickState } from "@/lib/schemas/form-state";
import { runClickAction, runFormAction } from "@/lib/server/actions/form-action";
import { todayIso } from "@/lib/server/clock";
import { setSessionDone } from "@/lib/server/data/prep-plans";
import { createPrepPlan } from "@/lib/server/services/prep-plans";

export async function createPlanAction(_previous: FormState, formData: FormData): Promise<FormState> {
  if (!isFormSubmission(formData)) return NOT_A_FORM_STATE;
  return runFormAction(undefined, async (user) => {
    const parsed = PrepPlanRequestSchema.safeParse({
      postingId: formData.get("postingId") ?? undefined,
      days: formData.get("days") || undefined,
      hoursPerDay: formData.get("hoursPerDay") || undefined,
      startDate: formData.get("startDate") || todayIso(),
    });
    if (!parsed.success) return invalidFormState(parsed.error);
    await createPrepPlan(user.id, parsed.data);
    revalidatePath("/plan");
    return { ok: true, message: "Plan ready.", fieldErrors: {} };
  });
}

export async function toggleSessionAction(_previous: ClickState, formData: FormData): Promise<ClickState> {
  const state = await runClickAction(formData, async (user) => {
    const { planId, sessionKey, done } = SessionToggleSchema.parse(Object.fromEntries(formData));
    await setSessionDone(user.id, planId, sessionKey, done);
  });
  revalidatePath("/plan");
  return state;
}
