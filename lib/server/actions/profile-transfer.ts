"use server";
import { revalidatePath } from "next/cache";
import { parseProfileFile } from "@/lib/analysis/profile-file";
import type { FormState } from "@/lib/schemas/form-state";
import { runFormAction } from "@/lib/server/actions/form-action";
import { todayIso } from "@/lib/server/clock";
import { importProfile } from "@/lib/server/data/profile-transfer";
import { recordFitSnapshots } from "@/lib/server/data/fit-snapshots";

const MAX_IMPORT_BYTES = 1_000_000;

export async function importProfileAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(undefined, async (user) => {
    const file = formData.get("file");
    if (!(file instanceof File) || file.size === 0) return { ok: false, message: "Choose a profile file (.json) to import.", fieldErrors: {} };
    if (file.size > MAX_IMPORT_BYTES) return { ok: false, message: "That file is over 1 MB; a profile file is far smaller.", fieldErrors: {} };
    let json: unknown;
    try {
      json = JSON.parse(await file.text());
    } catch {
      return { ok: false, message: "That file is not valid JSON. Nothing was imported.", fieldErrors: {} };
    }
    const parsed = parseProfileFile(json);
    if (!parsed.ok) return { ok: false, message: `Nothing was imported: ${parsed.issues.slice(0, 3).join("; ")}`, fieldErrors: {} };
    const counts = await importProfile(user.id, parsed.profile, todayIso());
    await recordFitSnapshots(user.id);
    revalidatePath("/", "layout");
    return { ok: true, message: `Imported ${counts.skills} skills and ${counts.tracks} tracks.`, fieldErrors: {} };
  });
}
