"use client";
import { useActionState } from "react";
import type { FormState } from "@/lib/schemas/form-state";
import { EMPTY_FORM_STATE } from "@/lib/schemas/form-state";
import { Button } from "./button";

/** A one-button form for a FormState action: hidden fields, a pending state and the result message. */
export function ActionForm({
  action,
  fields,
  label,
  pendingLabel,
  variant = "secondary",
  className = "",
}: {
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  fields: Record<string, string>;
  label: string;
  pendingLabel?: string;
  variant?: "primary" | "secondary" | "danger" | "ghost";
  className?: string;
}) {
  const [state, formAction, pending] = useActionState(action, EMPTY_FORM_STATE);
  return (
    <form action={formAction} className={`flex flex-wrap items-center gap-2 ${className}`}>
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <Button type="submit" variant={variant} disabled={pending} aria-busy={pending}>
        {label}
      </Button>
      <span role="status" className={`text-sm ${state.ok || pending ? "text-slate-700" : "text-rose-700"}`}>
        {pending ? (pendingLabel ?? "Working…") : state.message}
      </span>
    </form>
  );
}
