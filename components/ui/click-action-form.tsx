"use client";
import { useActionState } from "react";
import { EMPTY_CLICK_STATE, type ClickState } from "@/lib/schemas/form-state";

/**
 * A one-click form (remove, toggle, delete) that says when nothing changed, instead of looking
 * like a success. Works without JavaScript too (a server action behind a plain form).
 */
export function ClickActionForm({
  action,
  fields,
  className,
  children,
}: {
  action: (previous: ClickState, formData: FormData) => Promise<ClickState>;
  fields: Record<string, string>;
  className?: string;
  children: React.ReactNode;
}) {
  const [state, formAction] = useActionState(action, EMPTY_CLICK_STATE);
  return (
    <form action={formAction} className={className}>
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {children}
      {state.message && (
        <p role="alert" className="mt-1 text-xs text-rose-700">
          {state.message}
        </p>
      )}
    </form>
  );
}
