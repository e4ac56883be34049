"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { TextField } from "@/components/forms/field";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { IDLE } from "@/lib/actions/action-state";
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
  const [state, action] = useActionState(updateThresholdAction, IDLE);
  const errors = state.status === "error" ? state.fieldErrors : undefined;
  const prefix = `threshold-${threshold.id}`;
  return (
    <details className="group">
      <summary className="cursor-pointer text-sm text-brand-700 hover:underline">{t("edit")}</summary>
      <form action={action} className="mt-2 grid w-72 gap-2" noValidate aria-label={t("editTitle")}>
        <input type="hidden" name="id" value={threshold.id} />
        <TextField
          name="value"
          id={`${prefix}-value`}
          label={threshold.unit ? `${t("columns.value")}（${threshold.unit}）` : t("columns.value")}
          inputMode="decimal"
          defaultValue={threshold.value ?? ""}
          hint={t("valueHint")}
          errors={errors?.value}
        />
        <TextField
          name="effectiveFrom"
          id={`${prefix}-effectiveFrom`}
          label={t("columns.effectiveFrom")}
          type="date"
          defaultValue={today}
          hint={t("effectiveFromHint")}
          required
          errors={errors?.effectiveFrom}
        />
        <div className="grid grid-cols-2 gap-2">
          <TextField
            name="minClasses"
            id={`${prefix}-minClasses`}
            label={t("minClasses")}
            type="number"
            min={1}
            defaultValue={threshold.minClasses ?? ""}
            errors={errors?.minClasses}
          />
          <TextField
            name="maxClasses"
            id={`${prefix}-maxClasses`}
            label={t("maxClasses")}
            type="number"
            min={1}
            defaultValue={threshold.maxClasses ?? ""}
            errors={errors?.maxClasses}
          />
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
        <FormMessage state={state} />
      </form>
    </details>
  );
}
