"use client";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/card";
import { TextField } from "@/components/ui/field";
import { NewPostingForm } from "@/components/jobs/new-posting-form";
import { fetchJobPageAction, type FetchJobPageState } from "@/lib/server/actions/job-page";
import { EMPTY_FORM_STATE } from "@/lib/schemas/form-state";

const INITIAL: FetchJobPageState = EMPTY_FORM_STATE;

/** "Job page URL" + "Fetch" fills the posting form below, which the person checks before Analyze. */
export function PostingFromUrl() {
  const [state, fetchAction, fetching] = useActionState(fetchJobPageAction, INITIAL);
  return (
    <div className="space-y-6">
      <form action={fetchAction} className="flex flex-wrap items-end gap-3" noValidate>
        <div className="min-w-72 flex-1">
          <TextField
            label="Job page URL"
            name="url"
            type="url"
            inputMode="url"
            defaultValue={state.values?.url}
            placeholder="https://jobs.example.com/senior-engineer"
            errors={state.fieldErrors.url}
            hint="Or paste the posting below."
          />
        </div>
        <Button type="submit" variant="secondary" disabled={fetching}>
          {fetching ? "Fetching..." : "Fetch"}
        </Button>
      </form>
      <FormMessage message={state.message} ok={state.ok} />
      {/* A new key remounts the form so a fetched page replaces what was there. */}
      <NewPostingForm key={state.fetchId ?? 0} initial={state.posting} />
    </div>
  );
}
