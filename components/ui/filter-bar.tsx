import { Link } from "@/components/ui/link";
import Form from "next/form";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { INPUT_CLASSES } from "@/components/forms/field";
import { buttonClasses } from "./button";

/**
 * A GET form of filters: the query string carries them, so a filtered page can be shared by its URL. With
 * JavaScript it navigates in place and keeps the scroll position (a filter under the fold would otherwise throw the
 * reader back to the top); without, it is a plain form. A page with two of them names each (`label`), so that the
 * two search landmarks can be told apart.
 */
export async function FilterBar({
  resetHref,
  label,
  children,
}: {
  resetHref: string;
  label?: string;
  children: ReactNode;
}) {
  const t = await getTranslations("common");
  return (
    <Form
      action={resetHref.split("?")[0]!}
      scroll={false}
      prefetch={false}
      className="mb-4 flex flex-wrap items-end gap-3"
      role="search"
      aria-label={label}
    >
      {children}
      <button type="submit" className={buttonClasses("secondary")}>
        {t("filter")}
      </button>
      <Link href={resetHref} className={buttonClasses("ghost")}>
        {t("reset")}
      </Link>
    </Form>
  );
}

export function FilterField({ id, label, children }: { id: string; label: ReactNode; children: ReactNode }) {
  return (
    <div>
      <label htmlFor={id} className="mb-1 block text-sm text-slate-600">
        {label}
      </label>
      {children}
    </div>
  );
}

/** A typed filter (search text, a date): its value is the parameter of the same name. */
export function FilterInput({
  id,
  label,
  value,
  placeholder,
  type = "text",
}: {
  id: string;
  label: ReactNode;
  value: string | undefined;
  placeholder?: string;
  type?: "text" | "date";
}) {
  return (
    <FilterField id={id} label={label}>
      <input
        id={id}
        name={id}
        type={type}
        defaultValue={value}
        placeholder={placeholder}
        className={INPUT_CLASSES}
      />
    </FilterField>
  );
}

/** A drop-down filter: "all" (no filter, an empty value) first when `allLabel` is given, then the options. */
export function FilterSelect({
  id,
  label,
  value,
  allLabel,
  options,
}: {
  id: string;
  label: ReactNode;
  value: string | number | undefined;
  allLabel?: string;
  options: readonly { value: string | number; label: string }[];
}) {
  return (
    <FilterField id={id} label={label}>
      <select id={id} name={id} defaultValue={value ?? ""} className={INPUT_CLASSES}>
        {allLabel !== undefined && <option value="">{allLabel}</option>}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FilterField>
  );
}
