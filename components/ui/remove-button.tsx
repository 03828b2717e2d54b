import { ClickActionForm } from "@/components/ui/click-action-form";
import type { ClickState } from "@/lib/schemas/form-state";
import { ConfirmSubmit } from "./confirm-submit";

/** A "Remove" form posting `id` under `field` to a server action, after a confirmation dialog; failures are shown. */
export function RemoveButton({ action, field, id, label }: { action: (previous: ClickState, formData: FormData) => Promise<ClickState>; field: string; id: string; label: string }) {
  return (
    <ClickActionForm action={action} fields={{ [field]: id }}>
      <ConfirmSubmit
        trigger="Remove"
        triggerLabel={`Remove ${label}`}
        question={`Remove ${label}?`}
        detail="This cannot be undone."
        triggerClassName="rounded px-2 py-1 text-sm text-rose-700 hover:bg-rose-50"
      />
    </ClickActionForm>
  );
}
