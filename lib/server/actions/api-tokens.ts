"use server";
import { revalidatePath } from "next/cache";
import { NewApiTokenSchema } from "@/lib/schemas/api-token";
import { invalidFormState, isFormSubmission, NOT_A_FORM_STATE, type ClickState, type FormState } from "@/lib/schemas/form-state";
import { RecordIdSchema } from "@/lib/schemas/record-id";
import { runClickAction, runFormAction } from "@/lib/server/actions/form-action";
import { createApiToken, revokeApiToken } from "@/lib/server/data/api-tokens";

/** The new token travels back once, in this state, and is never stored in clear. */
export type CreateTokenState = FormState & { token?: string };

export async function createApiTokenAction(_previous: CreateTokenState, formData: FormData): Promise<CreateTokenState> {
  if (!isFormSubmission(formData)) return NOT_A_FORM_STATE;
  let token: string | undefined;
  const state = await runFormAction(undefined, async (user) => {
    const parsed = NewApiTokenSchema.safeParse({ name: formData.get("name") ?? undefined });
    if (!parsed.success) return invalidFormState(parsed.error);
    token = (await createApiToken(user.id, parsed.data.name)).token;
    return { ok: true, message: "Copy the token now: it is not shown again.", fieldErrors: {} };
  });
  revalidatePath("/settings");
  return token ? { ...state, token } : state;
}

export async function revokeApiTokenAction(_previous: ClickState, formData: FormData): Promise<ClickState> {
  const state = await runClickAction(formData, async (user) => {
    await revokeApiToken(user.id, RecordIdSchema.parse(formData.get("tokenId")));
  });
  revalidatePath("/settings");
  return state;
}
