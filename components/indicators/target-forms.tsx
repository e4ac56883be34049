"use client";

import { useTranslations } from "next-intl";
import { ActionForm, useActionForm } from "@/components/forms/action-form";
import { SelectField, TextField } from "@/components/forms/field";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { deleteTargetAction, setTargetAction } from "@/lib/actions/indicators";
import { setProvinceTargetAction } from "@/lib/actions/province-targets";
import { TARGET_YEARS } from "@/lib/schemas/indicators";

/**
 * Sets a target for one deadline: a city's (for the city or one of its counties) or, with no counties to choose
 * from, the province's own (decision 0041). A second one for the same unit and deadline replaces it.
 */
export function SetTargetForm({
  level,
  indicatorKey,
  counties = [],
  defaultCountyId = null,
  defaultDeadlineYear,
  unit,
}: {
  level: "city" | "province";
  indicatorKey: string;
  counties?: { id: number; label: string }[];
  defaultCountyId?: number | null;
  defaultDeadlineYear: number;
  unit: string;
}) {
  const t = useTranslations("targets");
  const form = useActionForm(level === "province" ? setProvinceTargetAction : setTargetAction);
  return (
    <ActionForm
      form={form}
      hiddenFields={{ indicatorKey }}
      message="none"
      className="grid gap-3 sm:grid-cols-2 lg:grid-cols-5 lg:items-start"
    >
      {level === "city" && (
        <SelectField
          name="countyId"
          label={t("county")}
          defaultValue={defaultCountyId ?? ""}
          placeholder={t("cityDefault")}
          options={counties.map((county) => ({ value: county.id, label: county.label }))}
        />
      )}
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
        <SubmitButton>{level === "province" ? t("saveProvince") : t("add")}</SubmitButton>
      </div>
      <div className="sm:col-span-2 lg:col-span-5">
        <FormMessage state={form.state} />
      </div>
    </ActionForm>
  );
}

export function DeleteTargetForm({ targetId }: { targetId: number }) {
  const t = useTranslations("targets");
  const form = useActionForm(deleteTargetAction);
  return (
    <ActionForm form={form} hiddenFields={{ id: targetId }} message="none">
      <ConfirmButton question={t("deleteConfirm")} variant="ghost">
        {t("delete")}
      </ConfirmButton>
      {/* On success the row itself goes away. */}
      {form.state.status === "error" && <FormMessage state={form.state} />}
    </ActionForm>
  );
}
