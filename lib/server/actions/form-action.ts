import "server-only";
import { publicMessage } from "@/lib/errors";
import type { FormState } from "@/lib/schemas/form-state";
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

/** The frame of a one-click form (delete, toggle): session first, failures logged, nothing returned. */
export async function runClickAction(work: (user: SessionUser) => Promise<void>): Promise<void> {
  const user = await requireUser();
  try {
    await work(user);
  } catch (error) {
    publicMessage(error);
  }
}
