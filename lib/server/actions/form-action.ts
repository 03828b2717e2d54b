import "server-only";
import { redirect } from "next/navigation";
import { AppError, publicMessage } from "@/lib/errors";
import { isFormSubmission, NOT_A_FORM_MESSAGE, type ClickState, type FormState } from "@/lib/schemas/form-state";
import { requireUser } from "@/lib/server/auth";
import type { SessionUser } from "@/lib/server/data/users";

/**
 * The frame of every form action: check the session first, run the work, and turn any failure
 * into a whitelisted message, echoing the submitted `values` so the form keeps them.
 */
export async function runFormAction(values: Record<string, string> | undefined, work: (user: SessionUser) => Promise<FormState>): Promise<FormState> {
  try {
    return await work(await requireUser());
  } catch (error) {
    return { ok: false, message: publicMessage(error), fieldErrors: {}, values };
  }
}

/**
 * The frame of a one-click form (delete, toggle): anything but a form is refused, a signed-out
 * click goes to sign-in, and a failure comes back as a message the button shows (never a silent
 * "success").
 */
export async function runClickAction(formData: unknown, work: (user: SessionUser, formData: FormData) => Promise<void>): Promise<ClickState> {
  if (!isFormSubmission(formData)) return { message: NOT_A_FORM_MESSAGE };
  let signedOut = false;
  try {
    await work(await requireUser(), formData);
    return { message: null };
  } catch (error) {
    if (error instanceof AppError && error.code === "unauthenticated") signedOut = true;
    else return { message: publicMessage(error) };
  }
  // redirect() throws by design, so it stays outside the catch.
  if (signedOut) redirect("/sign-in");
  return { message: null };
}
