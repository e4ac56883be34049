"use client";

import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/forms/action-form";
import { SelectField, TextField } from "@/components/forms/field";
import { SubmitButton } from "@/components/forms/submit-button";
import { drawVerificationSampleAction } from "@/lib/actions/verification";
import { SAMPLE_SIZE_DEFAULT, SAMPLE_SIZE_MAX, SEED_MAX } from "@/lib/workflows/verification";

/** 抽取核查样本: the quarter (newest first), the size and an optional seed to repeat an earlier draw. */
export function DrawSampleForm({ periods }: { periods: { id: number; label: string }[] }) {
  const t = useTranslations("verification");
  return (
    <ActionForm action={drawVerificationSampleAction} className="flex flex-wrap items-end gap-3">
      <SelectField
        name="periodId"
        label={t("period")}
        required
        defaultValue={periods[0]?.id ?? ""}
        options={periods.map((period) => ({ value: period.id, label: period.label }))}
      />
      <TextField
        name="size"
        label={t("size")}
        hint={t("sizeHint")}
        inputMode="numeric"
        defaultValue={String(SAMPLE_SIZE_DEFAULT)}
        max={SAMPLE_SIZE_MAX}
        className="w-24"
      />
      <TextField name="seed" label={t("seed")} hint={t("seedHint")} maxLength={SEED_MAX} autoComplete="off" />
      <SubmitButton>{t("draw")}</SubmitButton>
    </ActionForm>
  );
}
