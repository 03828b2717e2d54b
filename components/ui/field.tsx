import type { InputHTMLAttributes, TextareaHTMLAttributes } from "react";

const CONTROL = "mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm shadow-sm placeholder:text-slate-400 focus:border-brand-500 aria-[invalid=true]:border-rose-500";

function FieldErrors({ id, errors }: { id: string; errors?: string[] }) {
  if (!errors?.length) return null;
  return (
    <p id={id} className="mt-1 text-sm text-rose-700">
      {errors.join(" ")}
    </p>
  );
}

interface FieldProps {
  label: string;
  name: string;
  errors?: string[];
  hint?: string;
}

export function TextField({ label, name, errors, hint, ...props }: FieldProps & InputHTMLAttributes<HTMLInputElement>) {
  const id = props.id ?? `field-${name}`;
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium text-slate-700">
        {label}
      </label>
      <input id={id} name={name} className={CONTROL} aria-invalid={errors?.length ? true : undefined} aria-describedby={errors?.length ? `${id}-errors` : undefined} {...props} />
      {hint && <p className="mt-1 text-xs text-slate-500">{hint}</p>}
      <FieldErrors id={`${id}-errors`} errors={errors} />
    </div>
  );
}

export function TextAreaField({ label, name, errors, hint, ...props }: FieldProps & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  const id = props.id ?? `field-${name}`;
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium text-slate-700">
        {label}
      </label>
      <textarea id={id} name={name} className={`${CONTROL} font-mono`} aria-invalid={errors?.length ? true : undefined} aria-describedby={errors?.length ? `${id}-errors` : undefined} {...props} />
      {hint && <p className="mt-1 text-xs text-slate-500">{hint}</p>}
      <FieldErrors id={`${id}-errors`} errors={errors} />
    </div>
  );
}
