"use client";

import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/forms/action-form";
import { SelectField, TextareaField, TextField } from "@/components/forms/field";
import { SubmitButton } from "@/components/forms/submit-button";
import { recordSupervisionVisitAction } from "@/lib/actions/supervision";
import { SUPERVISION_KINDS } from "@/lib/schemas/supervision";

/** A supervision visit: where, when, which kind, who inspected (accounts or names) and what was found. */
export function VisitForm({
  counties,
  inspectors,
}: {
  counties: { id: number; name: string }[];
  inspectors: { id: number; name: string }[];
}) {
  const t = useTranslations("supervision");
  return (
    <ActionForm action={recordSupervisionVisitAction} className="max-w-2xl space-y-4">
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
        <TextField name="visitedOn" type="date" label={t("fields.visitedOn")} required />
        <SelectField
          name="kind"
          label={t("fields.kind")}
          required
          defaultValue="SCHOOLING"
          options={SUPERVISION_KINDS.map((kind) => ({ value: kind, label: t(`kinds.${kind}`) }))}
        />
        <SelectField
          name="inspectorIds"
          label={t("fields.inspectorIds")}
          hint={t("inspectorIdsHint")}
          multiple
          size={Math.min(6, Math.max(3, inspectors.length))}
          options={inspectors.map((inspector) => ({ value: inspector.id, label: inspector.name }))}
        />
        <TextField
          name="inspectorNames"
          label={t("fields.inspectorNames")}
          hint={t("inspectorNamesHint")}
          maxLength={500}
        />
      </div>
      <TextareaField name="summary" label={t("fields.summary")} />
      <TextareaField name="findings" label={t("fields.findings")} hint={t("findingsHint")} rows={5} />
      <SubmitButton>{t("save")}</SubmitButton>
    </ActionForm>
  );
}
