"use client";

import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/forms/action-form";
import { TextField } from "@/components/forms/field";
import { SubmitButton } from "@/components/forms/submit-button";
import { updateThresholdAction } from "@/lib/actions/indicators";

/** Edits one configurable threshold (disclosed in place, so the table stays readable and keyboard-friendly). */
export function ThresholdEditForm({
  threshold,
  today,
}: {
  threshold: {
    id: number;
    value: number | null;
    unit: string;
    minClasses: number | null;
    maxClasses: number | null;
    note: string | null;
  };
  today: string;
}) {
  const t = useTranslations("standards");
  const prefix = `threshold-${threshold.id}`;
  return (
    <details className="group">
      <summary className="cursor-pointer text-sm text-brand-700 hover:underline">{t("edit")}</summary>
      <ActionForm
        action={updateThresholdAction}
        hiddenFields={{ id: threshold.id }}
        message="bottom"
        className="mt-2 grid w-72 gap-2"
        aria-label={t("editTitle")}
      >
        <TextField
          name="value"
          id={`${prefix}-value`}
          label={threshold.unit ? `${t("columns.value")}（${threshold.unit}）` : t("columns.value")}
          inputMode="decimal"
          defaultValue={threshold.value ?? ""}
          hint={t("valueHint")}
        />
        <EffectiveFromField prefix={prefix} today={today} />
        <div className="grid grid-cols-2 gap-2">
          {(["minClasses", "maxClasses"] as const).map((name) => (
            <TextField
              key={name}
              name={name}
              id={`${prefix}-${name}`}
              label={t(name)}
              type="number"
              min={1}
              defaultValue={threshold[name] ?? ""}
            />
          ))}
        </div>
        <p className="text-xs text-slate-500">{t("bandHint")}</p>
        <TextField
          name="note"
          id={`${prefix}-note`}
          label={t("note")}
          defaultValue={threshold.note ?? ""}
          maxLength={500}
        />
        <SubmitButton>{t("save")}</SubmitButton>
      </ActionForm>
    </details>
  );
}

/** The day a standard's values take effect from (a new day adds rows, the same day corrects them). */
export function EffectiveFromField({ prefix, today }: { prefix: string; today: string }) {
  const t = useTranslations("standards");
  return (
    <TextField
      name="effectiveFrom"
      id={`${prefix}-effectiveFrom`}
      label={t("columns.effectiveFrom")}
      type="date"
      defaultValue={today}
      hint={t("effectiveFromHint")}
      required
    />
  );
}
