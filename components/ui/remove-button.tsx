/** A one-click "Remove" form posting `id` under `field` to a server action. */
export function RemoveButton({ action, field, id, label }: { action: (formData: FormData) => Promise<void>; field: string; id: string; label: string }) {
  return (
    <form action={action}>
      <input type="hidden" name={field} value={id} />
      <button type="submit" className="rounded px-2 py-1 text-sm text-rose-700 hover:bg-rose-50" aria-label={`Remove ${label}`}>
        Remove
      </button>
    </form>
  );
}
