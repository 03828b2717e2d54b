"use server";
import { revalidatePath } from "next/cache";
import { publicMessage } from "@/lib/errors";
import { PrepPlanRequestSchema, SessionToggleSchema } from "@/lib/schemas/plan";
import { invalidFormState, type FormState } from "@/lib/schemas/form-state";
import { requireUser } from "@/lib/server/auth";
import { todayIso } from "@/lib/server/clock";
import { createPrepPlan, setSessionDone } from "@/lib/server/data/prep-plans";

export async function createPlanAction(_previous: FormState, formData: FormData): Promise<FormState> {
  try {
    const user = await requireUser();
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
  } catch (error) {
    return { ok: false, message: publicMessage(error), fieldErrors: {} };
  }
}

export async function toggleSessionAction(formData: FormData): Promise<void> {
  const user = await requireUser();
  const parsed = SessionToggleSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return;
  try {
    await setSessionDone(user.id, parsed.data.planId, parsed.data.sessionKey, parsed.data.done);
  } catch (error) {
    publicMessage(error);
  }
  revalidatePath("/plan");
}
