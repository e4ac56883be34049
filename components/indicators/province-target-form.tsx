"use client";

import { useTranslations } from "next-intl";
import { ActionForm, useActionForm } from "@/components/forms/action-form";
import { TextField } from "@/components/forms/field";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { setProvinceTargetAction } from "@/lib/actions/province-targets";
import { TARGET_YEARS } from "@/lib/schemas/indicators";

/** Sets a target of the province for one deadline (decision 0041); a second one for the same deadline replaces it. */
export function SetProvinceTargetForm({
  indicatorKey,
  defaultDeadlineYear,
  unit,
}: {
  indicatorKey: string;
  defaultDeadlineYear: number;
  unit: string;
}) {
  const t = useTranslations("provinceTargets");
  const form = useActionForm(setProvinceTargetAction);
  return (
    <ActionForm
      form={form}
      hiddenFields={{ indicatorKey }}
      message="none"
      className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4 lg:items-start"
    >
      <TextField
        name="value"
        label={unit ? `${t("value")}（${unit}）` : t("value")}
        inputMode="decimal"
        required
      />
      <TextField
        name="deadlineYear"
        label={t("deadlineYear")}
        type="number"
        min={TARGET_YEARS.min}
        max={TARGET_YEARS.max}
        defaultValue={defaultDeadlineYear}
        required
      />
      <TextField name="note" label={t("note")} maxLength={500} />
      <div className="pt-6">
        <SubmitButton>{t("save")}</SubmitButton>
      </div>
      <div className="sm:col-span-2 lg:col-span-4">
        <FormMessage state={form.state} />
      </div>
    </ActionForm>
  );
}
