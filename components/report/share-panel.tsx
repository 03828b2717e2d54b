"use client";
import { useActionState, useEffect, useState } from "react";
import { Button } from "@/components/ui/button";
import { shareLinkAction, type ShareState } from "@/lib/server/actions/share";

export function SharePanel({ postingId, initialToken, viewCount }: { postingId: string; initialToken: string | null; viewCount: number }) {
  const [state, formAction, pending] = useActionState<ShareState, FormData>(shareLinkAction, { token: initialToken, message: null });
  const [origin, setOrigin] = useState("");
  const [copied, setCopied] = useState(false);
  useEffect(() => setOrigin(window.location.origin), []);
  const url = state.token ? `${origin}/r/${state.token}` : null;

  return (
    <section className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
      <h2 className="font-semibold">Share this report</h2>
      <p className="mt-1 text-sm text-slate-600">Anyone with the link sees this report read-only, without your email or other postings. Revoke it any time.</p>
      <form action={formAction} className="mt-3 space-y-3">
        <input type="hidden" name="postingId" value={postingId} />
        {url ? (
          <>
            <div className="flex gap-2">
              <label htmlFor="share-link" className="sr-only">
                Share link
              </label>
              <input id="share-link" readOnly value={url} onFocus={(event) => event.currentTarget.select()} className="flex-1 rounded-md border border-slate-300 bg-slate-50 px-3 py-2 font-mono text-xs" />
              <Button
                type="button"
                variant="secondary"
                onClick={async () => {
                  await navigator.clipboard?.writeText(url);
                  setCopied(true);
                }}
              >
                {copied ? "Copied" : "Copy"}
              </Button>
            </div>
            {initialToken === state.token && viewCount > 0 && <p className="text-xs text-slate-500">Viewed {viewCount} time{viewCount === 1 ? "" : "s"}.</p>}
            <Button type="submit" name="intent" value="revoke" variant="danger" disabled={pending}>
              Revoke link
            </Button>
          </>
        ) : (
          <Button type="submit" name="intent" value="create" disabled={pending}>
            Create share link
          </Button>
        )}
        {state.message && (
          <p role="status" className="text-sm text-slate-700">
            {state.message}
          </p>
        )}
      </form>
    </section>
  );
}
