"use client";

import { useTranslations } from "next-intl";
import type { ComponentProps, ReactNode } from "react";
import type { FieldError } from "@/lib/actions/action-state";

export const INPUT_CLASSES =
  "block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm shadow-sm focus:border-brand-600 focus:outline-none focus:ring-1 focus:ring-brand-600 aria-[invalid=true]:border-red-600 disabled:bg-slate-100";

/** Translated messages of one field's errors. */
export function FieldErrorList({ id, errors }: { id: string; errors?: FieldError[] }) {
  const t = useTranslations("validation");
  if (!errors?.length) return null;
  return (
    <ul id={id} className="mt-1 space-y-0.5 text-sm text-red-700">
      {errors.map((error, index) => (
        <li key={index}>{t(error.key, error.params)}</li>
      ))}
    </ul>
  );
}

interface FieldProps {
  name: string;
  /** Defaults to the name; give one where a page repeats the same form */
  id?: string;
  label: ReactNode;
  hint?: ReactNode;
  errors?: FieldError[];
  required?: boolean;
}

/** A labelled control with its hint and errors wired up through aria-describedby. */
function FieldShell({
  id,
  label,
  hint,
  errors,
  required,
  children,
}: Omit<FieldProps, "name" | "id"> & {
  id: string;
  children: (describedBy: string | undefined) => ReactNode;
}) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = errors?.length ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(" ") || undefined;
  return (
    <div>
      <label htmlFor={id} className="mb-1 block text-sm font-medium text-slate-700">
        {label}
        {required && (
          <span aria-hidden="true" className="ml-0.5 text-red-600">
            *
          </span>
        )}
      </label>
      {children(describedBy)}
      {hint && (
        <p id={hintId} className="mt-1 text-xs text-slate-500">
          {hint}
        </p>
      )}
      <FieldErrorList id={`${id}-error`} errors={errors} />
    </div>
  );
}

export function TextField({
  name,
  id = name,
  label,
  hint,
  errors,
  required,
  ...input
}: FieldProps & Omit<ComponentProps<"input">, "name">) {
  return (
    <FieldShell id={id} label={label} hint={hint} errors={errors} required={required}>
      {(describedBy) => (
        <input
          id={id}
          name={name}
          required={required}
          aria-invalid={errors?.length ? true : undefined}
          aria-describedby={describedBy}
          className={INPUT_CLASSES}
          {...input}
        />
      )}
    </FieldShell>
  );
}

export function SelectField({
  name,
  id = name,
  label,
  hint,
  errors,
  required,
  children,
  ...select
}: FieldProps & Omit<ComponentProps<"select">, "name">) {
  return (
    <FieldShell id={id} label={label} hint={hint} errors={errors} required={required}>
      {(describedBy) => (
        <select
          id={id}
          name={name}
          required={required}
          aria-invalid={errors?.length ? true : undefined}
          aria-describedby={describedBy}
          className={INPUT_CLASSES}
          {...select}
        >
          {children}
        </select>
      )}
    </FieldShell>
  );
}

export function TextareaField({
  name,
  id = name,
  label,
  hint,
  errors,
  required,
  ...textarea
}: FieldProps & Omit<ComponentProps<"textarea">, "name">) {
  return (
    <FieldShell id={id} label={label} hint={hint} errors={errors} required={required}>
      {(describedBy) => (
        <textarea
          id={id}
          name={name}
          required={required}
          rows={3}
          aria-invalid={errors?.length ? true : undefined}
          aria-describedby={describedBy}
          className={INPUT_CLASSES}
          {...textarea}
        />
      )}
    </FieldShell>
  );
}
