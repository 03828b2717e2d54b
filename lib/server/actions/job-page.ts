"use server";
import { parseJobPage, type ImportedPosting } from "@/lib/analysis/import/job-page";
import { invalidFormState, type FormState, isFormSubmission, NOT_A_FORM_STATE } from "@/lib/schemas/form-state";
import { JobPageUrlSchema } from "@/lib/schemas/job-page";
import { runFormAction } from "@/lib/server/actions/form-action";
import { allowPrivateFetchForTests, fetchJobPage } from "@/lib/server/services/fetch-job-page";

export type FetchJobPageState = FormState & { posting?: ImportedPosting; fetchId?: number };

/** Fetches a job page and returns the form's fields for the person to check. Stores nothing. */
export async function fetchJobPageAction(_previous: FetchJobPageState, formData: FormData): Promise<FetchJobPageState> {
  if (!isFormSubmission(formData)) return NOT_A_FORM_STATE;
  const url = String(formData.get("url") ?? "");
  let posting: ImportedPosting | undefined;
  const state = await runFormAction({ url }, async () => {
    const parsed = JobPageUrlSchema.safeParse({ url });
    if (!parsed.success) return invalidFormState(parsed.error, "Nothing was fetched.", { url });
    const page = await fetchJobPage(parsed.data.url, { allowPrivateAddresses: allowPrivateFetchForTests() });
    posting = parseJobPage(page.html);
    if (!posting.description.trim()) return { ok: false, message: "That page has no text to read; paste the posting instead.", fieldErrors: {}, values: { url } };
    const how = posting.source === "json-ld" ? "from the page's job data" : "from the page's text";
    return { ok: true, message: `Filled in ${how}. Check it, then Analyze.`, fieldErrors: {}, values: { url } };
  });
  return posting && state.ok ? { ...state, posting, fetchId: Date.now() } : state;
}
