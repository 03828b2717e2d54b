"use server";
import { revalidatePath } from "next/cache";
import { RecordIdSchema } from "@/lib/schemas/record-id";
import { NewShareLinkSchema } from "@/lib/schemas/share-link";
import { invalidFormState, submittedValues, type FormState } from "@/lib/schemas/form-state";
import { runFormAction } from "@/lib/server/actions/form-action";
import { createLabelledShareLink, revokeShareLink } from "@/lib/server/data/share-link-list";

export async function createShareLinkAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = submittedValues(formData, ["postingId", "label", "expires"]);
  return runFormAction(values, async (user) => {
    const parsed = NewShareLinkSchema.safeParse({ postingId: values.postingId, label: values.label ?? "", expiresInDays: values.expires });
    if (!parsed.success) return invalidFormState(parsed.error, "No link was created: please fix the form.", values);
    await createLabelledShareLink(user.id, parsed.data);
    revalidatePath(`/jobs/${parsed.data.postingId}`);
    return { ok: true, message: "Link created.", fieldErrors: {} };
  });
}

export async function revokeShareLinkAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(undefined, async (user) => {
    const { postingId } = await revokeShareLink(user.id, RecordIdSchema.parse(formData.get("linkId")));
    revalidatePath(`/jobs/${postingId}`);
    return { ok: true, message: "Link revoked: it now shows “not found”.", fieldErrors: {} };
  });
}
