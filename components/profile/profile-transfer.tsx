"use client";
import { useActionState } from "react";
import { Button, buttonClasses } from "@/components/ui/button";
import { Card, FormMessage } from "@/components/ui/card";
import { importProfileAction } from "@/lib/server/actions/profile-transfer";
import { EMPTY_FORM_STATE, type FormState } from "@/lib/schemas/form-state";
import { MAX_PROFILE_FILE_BYTES, PROFILE_FILE_TOO_LARGE } from "@/lib/schemas/limits";

export function ProfileTransfer() {
  // The size is checked before sending: an oversized file never leaves the browser.
  const [state, formAction, pending] = useActionState(async (previous: FormState, formData: FormData) => {
    const file = formData.get("file");
    if (file instanceof File && file.size > MAX_PROFILE_FILE_BYTES) return { ok: false, message: PROFILE_FILE_TOO_LARGE, fieldErrors: {} };
    return importProfileAction(previous, formData);
  }, EMPTY_FORM_STATE);
  return (
    <Card>
      <h2 className="font-semibold">Export and import</h2>
      <p className="mt-1 text-sm text-slate-600">
        The same JSON file the command line takes with <code>--profile</code>: skills with levels and years, tracks with progress. Importing
        merges: it adds or updates, never deletes.
      </p>
      <div className="mt-3 flex flex-wrap items-end gap-3">
        <a href="/api/v1/profile" className={buttonClasses("secondary")} download>
          Export profile
        </a>
        <form action={formAction} className="flex flex-wrap items-end gap-2">
          <label className="text-sm text-slate-700">
            Profile file
            <input name="file" type="file" accept="application/json,.json" className="ml-2 text-sm" />
          </label>
          <Button type="submit" variant="secondary" disabled={pending}>
            Import
          </Button>
        </form>
      </div>
      <div className="mt-3">
        <FormMessage message={state.message} ok={state.ok} />
      </div>
    </Card>
  );
}
