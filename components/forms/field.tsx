"use client";

import { useTranslations } from "next-intl";
import type { ComponentProps, ReactNode } from "react";
import type { FieldError } from "@/lib/actions/action-state";
import { useFieldErrors } from "./action-form";

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
  /** Defaults to the errors of `name` in the surrounding ActionForm */
  errors?: FieldError[];
  required?: boolean;
}

/**
 * A control's styling and its hint and errors wired up through aria-describedby (the errors are listed by
 * FieldErrorList under the id `<id>-error`). Fields use it; so do controls laid out by hand, as in a table.
 */
export function controlWiring(id: string, errors: FieldError[] | undefined, hintId?: string) {
  const errorId = errors?.length ? `${id}-error` : undefined;
  return {
    "aria-invalid": errorId ? (true as const) : undefined,
    "aria-describedby": [hintId, errorId].filter(Boolean).join(" ") || undefined,
    className: INPUT_CLASSES,
  };
}

/** What the control itself gets: its id and name, and its wiring. */
type ControlProps = { id: string; name: string; required?: boolean } & ReturnType<typeof controlWiring>;

/** A labelled control with its hint and its errors. */
function Field({
  name,
  id = name,
  label,
  hint,
  errors: ownErrors,
  required,
  control,
}: FieldProps & { control: (props: ControlProps) => ReactNode }) {
  const formErrors = useFieldErrors(name);
  const errors = ownErrors ?? formErrors;
  const hintId = hint ? `${id}-hint` : undefined;
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
      {control({ id, name, required, ...controlWiring(id, errors, hintId) })}
      {hint && (
        <p id={hintId} className="mt-1 text-xs text-slate-500">
          {hint}
        </p>
      )}
      <FieldErrorList id={`${id}-error`} errors={errors} />
    </div>
  );
}

type FieldOf<Element extends "input" | "select" | "textarea"> = FieldProps &
  Omit<ComponentProps<Element>, "name" | "id">;

/** Splits a field's own props from those of its control. */
function fieldProps<Rest>({ name, id, label, hint, errors, required, ...rest }: FieldProps & Rest) {
  return [{ name, id, label, hint, errors, required }, rest as Omit<Rest, keyof FieldProps>] as const;
}

export function TextField(props: FieldOf<"input">) {
  const [field, input] = fieldProps(props);
  return <Field {...field} control={(control) => <input {...control} {...input} />} />;
}

export interface SelectOption {
  value: string | number;
  label: ReactNode;
}

/** A select of `options`, after an empty first choice when there is a `placeholder`. */
export function SelectField({
  options,
  placeholder,
  ...props
}: FieldOf<"select"> & { options: readonly SelectOption[]; placeholder?: ReactNode }) {
  const [field, select] = fieldProps(props);
  return (
    <Field
      {...field}
      control={(control) => (
        <select {...control} {...select}>
          {placeholder !== undefined && <option value="">{placeholder}</option>}
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    />
  );
}

export function TextareaField(props: FieldOf<"textarea">) {
  const [field, textarea] = fieldProps(props);
  return <Field {...field} control={(control) => <textarea rows={3} {...control} {...textarea} />} />;
}
