"use server";
import { revalidatePath } from "next/cache";
import { NOT_A_FORM_MESSAGE } from "@/lib/schemas/form-state";
import { RecordIdSchema } from "@/lib/schemas/record-id";
import { publicMessage } from "@/lib/errors";
import { requireUser } from "@/lib/server/auth";
import { createShareLink, revokeShareLinks } from "@/lib/server/data/share-links";

export interface ShareState {
  token: string | null;
  message: string | null;
}

const PostingIdSchema = RecordIdSchema;

export async function shareLinkAction(_previous: ShareState, formData: FormData): Promise<ShareState> {
  if (!(formData instanceof FormData)) return { token: null, message: NOT_A_FORM_MESSAGE };
  try {
    const user = await requireUser();
    const postingId = PostingIdSchema.parse(formData.get("postingId"));
    if (formData.get("intent") === "revoke") {
      await revokeShareLinks(user.id, postingId);
      revalidatePath(`/jobs/${postingId}`);
      return { token: null, message: "Link revoked: it now shows “not found”." };
    }
    const link = await createShareLink(user.id, postingId);
    revalidatePath(`/jobs/${postingId}`);
    return { token: link.token, message: null };
  } catch (error) {
    return { token: null, message: publicMessage(error) };
  }
}
