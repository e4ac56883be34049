"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { SelectField, TextField } from "@/components/forms/field";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { IDLE } from "@/lib/actions/action-state";
import { deleteTargetAction, setTargetAction } from "@/lib/actions/indicators";
import { TARGET_YEARS } from "@/lib/schemas/indicators";

export function SetTargetForm({
  indicatorKey,
  counties,
  defaultCountyId,
  defaultDeadlineYear,
  unit,
}: {
  indicatorKey: string;
  counties: { id: number; label: string }[];
  defaultCountyId: number | null;
  defaultDeadlineYear: number;
  unit: string;
}) {
  const t = useTranslations("targets");
  const [state, action] = useActionState(setTargetAction, IDLE);
  const errors = state.status === "error" ? state.fieldErrors : undefined;
  return (
    <form action={action} className="grid gap-3 sm:grid-cols-2 lg:grid-cols-5 lg:items-start" noValidate>
      <input type="hidden" name="indicatorKey" value={indicatorKey} />
      <SelectField
        name="countyId"
        label={t("county")}
        defaultValue={defaultCountyId ?? ""}
        errors={errors?.countyId}
      >
        <option value="">{t("cityDefault")}</option>
        {counties.map((county) => (
          <option key={county.id} value={county.id}>
            {county.label}
          </option>
        ))}
      </SelectField>
      <TextField
        name="value"
        label={unit ? `${t("value")}（${unit}）` : t("value")}
        inputMode="decimal"
        required
        errors={errors?.value}
      />
      <TextField
        name="deadlineYear"
        label={t("deadlineYear")}
        type="number"
        min={TARGET_YEARS.min}
        max={TARGET_YEARS.max}
        defaultValue={defaultDeadlineYear}
        required
        errors={errors?.deadlineYear}
      />
      <TextField name="note" label={t("note")} maxLength={500} errors={errors?.note} />
      <div className="pt-6">
        <SubmitButton>{t("add")}</SubmitButton>
      </div>
      <div className="sm:col-span-2 lg:col-span-5">
        <FormMessage state={state} />
      </div>
    </form>
  );
}

export function DeleteTargetForm({ targetId }: { targetId: number }) {
  const t = useTranslations("targets");
  const [state, action] = useActionState(deleteTargetAction, IDLE);
  return (
    <form action={action}>
      <input type="hidden" name="id" value={targetId} />
      <ConfirmButton question={t("deleteConfirm")} variant="ghost">
        {t("delete")}
      </ConfirmButton>
      {state.status === "error" && <FormMessage state={state} />}
    </form>
  );
}
