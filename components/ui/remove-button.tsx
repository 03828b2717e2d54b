import { ClickActionForm } from "@/components/ui/click-action-form";
import type { ClickState } from "@/lib/schemas/form-state";

/** A one-click "Remove" form posting `id` under `field` to a server action. */
export function RemoveButton({ action, field, id, label }: { action: (previous: ClickState, formData: FormData) => Promise<ClickState>; field: string; id: string; label: string }) {
  return (
    <ClickActionForm action={action} fields={{ [field]: id }}>
      <button type="submit" className="rounded px-2 py-1 text-sm text-rose-700 hover:bg-rose-50" aria-label={`Remove ${label}`}>
        Remove
      </button>
    </ClickActionForm>
  );
}
