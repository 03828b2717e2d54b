"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { publicMessage } from "@/lib/errors";
import { NewPostingSchema } from "@/lib/schemas/posting";
import { invalidFormState, submittedValues, type FormState } from "@/lib/schemas/form-state";
import { requireUser } from "@/lib/server/auth";
import { createPosting, deletePosting } from "@/lib/server/data/postings";
import { recordFitSnapshots } from "@/lib/server/data/fit-snapshots";

export async function createPostingAction(_previous: FormState, formData: FormData): Promise<FormState> {
  let postingId: string;
  const values = submittedValues(formData, ["description", "title", "company"]);
  try {
    const user = await requireUser();
    const parsed = NewPostingSchema.safeParse({
      description: formData.get("description") ?? "",
      title: formData.get("title") ?? undefined,
      company: formData.get("company") ?? undefined,
    });
    if (!parsed.success) return invalidFormState(parsed.error, "Nothing was saved: please fix the description.", values);
    postingId = (await createPosting(user.id, parsed.data)).id;
    await recordFitSnapshots(user.id);
  } catch (error) {
    return { ok: false, message: publicMessage(error), fieldErrors: {}, values };
  }
  revalidatePath("/dashboard");
  redirect(`/jobs/${postingId}`);
}

export async function deletePostingAction(formData: FormData): Promise<void> {
  const user = await requireUser();
  const id = z.string().min(1).max(64).safeParse(formData.get("postingId"));
  if (id.success) {
    try {
      await deletePosting(user.id, id.data);
    } catch (error) {
      publicMessage(error);
    }
  }
  revalidatePath("/dashboard");
  redirect("/dashboard");
}
