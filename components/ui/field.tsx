import type { InputHTMLAttributes, ReactElement, TextareaHTMLAttributes } from "react";

const CONTROL = "mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm shadow-sm placeholder:text-slate-400 focus:border-brand-500 aria-[invalid=true]:border-rose-500";

interface FieldProps {
  label: string;
  name: string;
  errors?: string[];
  hint?: string;
}

/** Label, control, hint and errors, wired together for screen readers. */
function Field({ id, label, errors, hint, control }: { id: string; label: string; errors?: string[]; hint?: string; control: (aria: object) => ReactElement }) {
  const invalid = Boolean(errors?.length);
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium text-slate-700">
        {label}
      </label>
      {control({ "aria-invalid": invalid || undefined, "aria-describedby": invalid ? `${id}-errors` : undefined })}
      {hint && <p className="mt-1 text-xs text-slate-500">{hint}</p>}
      {invalid && (
        <p id={`${id}-errors`} className="mt-1 text-sm text-rose-700">
          {errors!.join(" ")}
        </p>
      )}
    </div>
  );
}

export function TextField({ label, name, errors, hint, ...props }: FieldProps & InputHTMLAttributes<HTMLInputElement>) {
  const id = props.id ?? `field-${name}`;
  return <Field id={id} label={label} errors={errors} hint={hint} control={(aria) => <input id={id} name={name} className={CONTROL} {...aria} {...props} />} />;
}

export function TextAreaField({ label, name, errors, hint, ...props }: FieldProps & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  const id = props.id ?? `field-${name}`;
  return <Field id={id} label={label} errors={errors} hint={hint} control={(aria) => <textarea id={id} name={name} className={`${CONTROL} font-mono`} {...aria} {...props} />} />;
}
