"use client";
import { useRef } from "react";
import { useFormStatus } from "react-dom";
import { buttonClasses } from "./button";

/**
 * A destructive submit that asks first: the trigger opens a modal dialog whose "Delete" submits
 * the surrounding form and whose "Cancel" closes it. Put it inside the <form>.
 */
export function ConfirmSubmit({ trigger, triggerLabel, question, detail, triggerClassName }: { trigger: React.ReactNode; triggerLabel?: string; question: string; detail?: string; triggerClassName?: string }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const { pending } = useFormStatus();
  return (
    <>
      <button type="button" aria-label={triggerLabel} className={triggerClassName} disabled={pending} onClick={() => dialog.current?.showModal()}>
        {pending ? "Deleting…" : trigger}
      </button>
      <dialog ref={dialog} aria-label={question} className="m-auto max-w-sm rounded-lg border border-slate-200 bg-white p-5 text-left text-slate-900 shadow-xl backdrop:bg-slate-900/40">
        <p className="font-semibold">{question}</p>
        {detail && <p className="mt-1 text-sm text-slate-600">{detail}</p>}
        <div className="mt-4 flex justify-end gap-2">
          <button type="button" className={buttonClasses("secondary")} onClick={() => dialog.current?.close()}>
            Cancel
          </button>
          <button type="submit" className={buttonClasses("primary", "bg-rose-700 hover:bg-rose-800")} onClick={() => dialog.current?.close()}>
            Delete
          </button>
        </div>
      </dialog>
    </>
  );
}
