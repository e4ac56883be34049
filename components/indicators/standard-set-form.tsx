"use client";

import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/forms/action-form";
import { TextField } from "@/components/forms/field";
import { SubmitButton } from "@/components/forms/submit-button";
import { EffectiveFromField } from "@/components/indicators/threshold-edit-form";
import { updateStandardSetAction } from "@/lib/actions/indicators";

export interface StandardSetItem {
  id: number;
  /** The item as the table names it: indicator, level and class band */
  label: string;
  unit: string;
  value: number | null;
}

/** Every item of a configurable standard in one form (one action, one version check), disclosed in place. */
export function StandardSetForm({
  set,
  items,
  today,
}: {
  set: { id: number; version: number };
  items: StandardSetItem[];
  today: string;
}) {
  const t = useTranslations("standards");
  const prefix = `standard-set-${set.id}`;
  return (
    <details className="mb-3">
      <summary className="cursor-pointer text-sm font-medium text-brand-700 hover:underline">
        {t("editSet")}
      </summary>
      <ActionForm
        action={updateStandardSetAction}
        hiddenFields={{ setId: set.id, version: set.version }}
        message="bottom"
        className="mt-3 space-y-3"
        aria-label={t("editSetTitle")}
      >
        <p className="text-xs text-slate-500">{t("editSetHint")}</p>
        <EffectiveFromField prefix={prefix} today={today} />
        <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
          {items.map((item) => (
            <TextField
              key={item.id}
              name={`value.${item.id}`}
              id={`${prefix}-value-${item.id}`}
              label={item.unit ? `${item.label}（${item.unit}）` : item.label}
              inputMode="decimal"
              defaultValue={item.value ?? ""}
            />
          ))}
        </div>
        <SubmitButton>{t("saveSet")}</SubmitButton>
      </ActionForm>
    </details>
  );
}
