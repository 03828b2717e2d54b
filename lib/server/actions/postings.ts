"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { RecordIdSchema } from "@/lib/schemas/record-id";
import { NewPostingSchema } from "@/lib/schemas/posting";
import { invalidFormState, submittedValues, type FormState, isFormSubmission, NOT_A_FORM_STATE, type ClickState } from "@/lib/schemas/form-state";
import { runClickAction, runFormAction } from "@/lib/server/actions/form-action";
import { AppError } from "@/lib/errors";
import { deletePosting } from "@/lib/server/data/postings";
import { NO_REQUIREMENTS_MESSAGE } from "@/lib/server/services/postings";
import { todayIso } from "@/lib/server/clock";
import { createAnalyzedPosting } from "@/lib/server/services/create-posting";

/**
 * Stores a pasted posting. A paste with no requirements is not stored: the answer says so and
 * offers "Save anyway", which sends the form again with intent=save-anyway.
 */
export async function createPostingAction(_previous: FormState, formData: FormData): Promise<FormState> {
  if (!isFormSubmission(formData)) return NOT_A_FORM_STATE;
  const values = submittedValues(formData, ["description", "title", "company"]);
  const allowNoRequirements = formData.get("intent") === "save-anyway";
  let postingId: string | null = null;
  const state = await runFormAction(values, async (user) => {
    const parsed = NewPostingSchema.safeParse({ description: values.description ?? "", title: values.title, company: values.company });
    if (!parsed.success) return invalidFormState(parsed.error, "Nothing was saved: please fix the description.", values);
    try {
      postingId = (await createAnalyzedPosting(user.id, parsed.data, todayIso(), { allowNoRequirements })).id;
    } catch (error) {
      if (error instanceof AppError && error.message === NO_REQUIREMENTS_MESSAGE) {
        return { ok: false, needsConfirmation: true, message: NO_REQUIREMENTS_MESSAGE, fieldErrors: {}, values };
      }
      throw error;
    }
    return { ok: true, message: null, fieldErrors: {} };
  });
  if (!postingId) return state;
  // redirect() throws by design, so it stays outside the action frame's catch.
  revalidatePath("/dashboard");
  redirect(`/jobs/${postingId}`);
}

export async function deletePostingAction(_previous: ClickState, formData: FormData): Promise<ClickState> {
  const state = await runClickAction(formData, async (user) => {
    await deletePosting(user.id, RecordIdSchema.parse(formData.get("postingId")));
  });
  if (state.message) return state;
  revalidatePath("/dashboard");
  redirect("/dashboard");
}
