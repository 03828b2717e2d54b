import { ConfirmSubmit } from "./confirm-submit";

/** A "Remove" form posting `id` under `field` to a server action, after a confirmation dialog. */
export function RemoveButton({ action, field, id, label }: { action: (formData: FormData) => Promise<void>; field: string; id: string; label: string }) {
  return (
    <form action={action}>
      <input type="hidden" name={field} value={id} />
      <ConfirmSubmit
        trigger="Remove"
        triggerLabel={`Remove ${label}`}
        question={`Remove ${label}?`}
        detail="This cannot be undone."
        triggerClassName="rounded px-2 py-1 text-sm text-rose-700 hover:bg-rose-50"
      />
    </form>
  );
}
