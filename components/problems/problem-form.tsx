"use client";

import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/forms/action-form";
import { SelectField, TextareaField, TextField } from "@/components/forms/field";
import { SubmitButton } from "@/components/forms/submit-button";
import { createProblemAction } from "@/lib/actions/problems";
import { MANUAL_PROBLEM_SOURCES } from "@/lib/schemas/problems";

/** A problem entered by hand: at a county of the user's scope, or at one of its schools by 学校标识码. */
export function ProblemForm({ counties }: { counties: { id: number; name: string }[] }) {
  const t = useTranslations("problems");
  return (
    <ActionForm action={createProblemAction} className="max-w-2xl space-y-4">
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField
          name="countyId"
          label={t("fields.county")}
          required
          defaultValue={counties.length === 1 ? counties[0]!.id : ""}
          placeholder={counties.length === 1 ? undefined : ""}
          options={counties.map((county) => ({ value: county.id, label: county.name }))}
        />
        <TextField
          name="schoolCode"
          label={t("fields.schoolCode")}
          hint={t("schoolCodeHint")}
          inputMode="numeric"
          maxLength={10}
        />
        <SelectField
          name="source"
          label={t("fields.source")}
          required
          defaultValue="MANUAL"
          options={MANUAL_PROBLEM_SOURCES.map((source) => ({ value: source, label: t(`sources.${source}`) }))}
        />
        <TextField name="itemKey" label={t("fields.itemKey")} required maxLength={80} />
        <TextField name="valueAtTime" label={t("fields.valueAtTime")} inputMode="decimal" />
        <TextField name="deadline" type="date" label={t("fields.deadline")} required />
        <TextField name="responsibleUnit" label={t("fields.responsibleUnit")} required maxLength={100} />
        <TextField name="responsiblePerson" label={t("fields.responsiblePerson")} required maxLength={50} />
      </div>
      <TextareaField name="description" label={t("fields.description")} required />
      <TextareaField name="measures" label={t("fields.measures")} />
      <SubmitButton>{t("create")}</SubmitButton>
    </ActionForm>
  );
}
