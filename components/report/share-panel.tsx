"use client";
import { useActionState, useEffect, useId, useState } from "react";
import { Button } from "@/components/ui/button";
import { EMPTY_FORM_STATE } from "@/lib/schemas/form-state";
import { SHARE_EXPIRY_OPTIONS } from "@/lib/schemas/share-link";
import { createShareLinkAction, revokeShareLinkAction } from "@/lib/server/actions/share-links";
import type { ShareLinkRow } from "@/lib/server/data/share-link-list";

const CONTROL = "mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm";

function formatDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function ShareLinkItem({ link, origin }: { link: ShareLinkRow; origin: string }) {
  const [state, formAction, pending] = useActionState(revokeShareLinkAction, EMPTY_FORM_STATE);
  const [copied, setCopied] = useState(false);
  const url = `${origin}/r/${link.token}`;
  const id = useId();
  const name = link.label ?? "Unlabelled link";
  return (
    <li className="space-y-2 py-3">
      <p className="break-words text-sm font-medium">{name}</p>
      <div className="flex gap-2">
        <label htmlFor={id} className="sr-only">
          Share link {link.label ?? ""}
        </label>
        <input id={id} readOnly value={url} onFocus={(event) => event.currentTarget.select()} className="min-w-0 flex-1 rounded-md border border-slate-300 bg-slate-50 px-3 py-2 font-mono text-xs" />
        <Button
          type="button"
          variant="secondary"
          onClick={async () => {
            await navigator.clipboard?.writeText(url).catch(() => undefined);
            setCopied(true);
          }}
        >
          {copied ? "Copied" : "Copy"}
        </Button>
      </div>
      <form action={formAction} className="flex flex-wrap items-center gap-x-3 gap-y-1 text-xs text-slate-600">
        <input type="hidden" name="linkId" value={link.id} />
        <span>Created {formatDate(link.createdAt)}</span>
        <span>{link.expiresAt ? `Expires ${formatDate(link.expiresAt)}` : "Never expires"}</span>
        <span>
          Viewed {link.viewCount} time{link.viewCount === 1 ? "" : "s"}
          {link.lastViewedAt ? `, last ${formatDate(link.lastViewedAt)}` : ""}
        </span>
        <Button type="submit" variant="danger" className="ml-auto" disabled={pending} aria-busy={pending}>
          Revoke link
        </Button>
        {state.message && !state.ok && (
          <span role="alert" className="w-full text-rose-700">
            {state.message}
          </span>
        )}
      </form>
    </li>
  );
}

/** Several links per report, each labelled, with its own expiry, view count and revoke button. */
export function SharePanel({ postingId, links }: { postingId: string; links: ShareLinkRow[] }) {
  const [state, formAction, pending] = useActionState(createShareLinkAction, EMPTY_FORM_STATE);
  const [origin, setOrigin] = useState("");
  const id = useId();
  useEffect(() => setOrigin(window.location.origin), []);
  return (
    <section className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm print:hidden">
      <h2 className="font-semibold">Share this report</h2>
      <p className="mt-1 text-sm text-slate-600">Anyone with a link sees this report read-only, about “the candidate”: without your email, other postings or study tracks. Revoke a link any time.</p>
      {links.length > 0 && (
        <ul className="mt-2 divide-y divide-slate-100" aria-label="Links to this report">
          {links.map((link) => (
            <ShareLinkItem key={link.id} link={link} origin={origin} />
          ))}
        </ul>
      )}
      <form action={formAction} className="mt-3 grid gap-3 sm:grid-cols-[1fr_10rem_auto] sm:items-end">
        <input type="hidden" name="postingId" value={postingId} />
        <div>
          <label htmlFor={`${id}-label`} className="block text-sm font-medium text-slate-700">
            Label
          </label>
          <input id={`${id}-label`} name="label" maxLength={80} placeholder="Recruiter at Acme" defaultValue={state.ok ? "" : state.values?.label} className={CONTROL} />
        </div>
        <div>
          <label htmlFor={`${id}-expires`} className="block text-sm font-medium text-slate-700">
            Expires
          </label>
          <select id={`${id}-expires`} name="expires" defaultValue={state.values?.expires ?? "30"} className={CONTROL}>
            {SHARE_EXPIRY_OPTIONS.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        </div>
        <Button type="submit" disabled={pending} aria-busy={pending}>
          Create share link
        </Button>
        {state.message && (
          <p role="status" className={`text-sm sm:col-span-3 ${state.ok ? "text-emerald-700" : "text-rose-700"}`}>
            {[state.fieldErrors.label, state.fieldErrors.expiresInDays].flat().filter(Boolean).join(" ") || state.message}
          </p>
        )}
      </form>
    </section>
  );
}
