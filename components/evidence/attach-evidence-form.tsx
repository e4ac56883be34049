"use client";

import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/forms/action-form";
import { SelectField } from "@/components/forms/field";
import { SubmitButton } from "@/components/forms/submit-button";
import { EvidenceFilesField } from "./evidence-files-field";
import { attachFacilityEvidenceAction, attachValueEvidenceAction } from "@/lib/actions/evidence";

/**
 * 上传佐证材料: to one value of a report (chosen among its saved values) or to a facility record. The server checks
 * the record, the user and the files again.
 */
export function AttachEvidenceForm(
  props:
    { kind: "value"; values: { valueId: number; label: string }[] } | { kind: "facility"; recordId: number },
) {
  const t = useTranslations("evidence");
  const id = props.kind === "value" ? "value-evidence-files" : "facility-evidence-files";
  const fileField = <EvidenceFilesField id={id} label={t("files")} />;
  if (props.kind === "facility")
    return (
      <ActionForm
        action={attachFacilityEvidenceAction}
        hiddenFields={{ recordId: props.recordId }}
        className="space-y-3"
      >
        {fileField}
        <SubmitButton variant="secondary">{t("attach")}</SubmitButton>
      </ActionForm>
    );
  return (
    <ActionForm action={attachValueEvidenceAction} className="space-y-3">
      <SelectField
        id="value-evidence-value"
        name="valueId"
        label={t("value")}
        required
        placeholder={t("choose")}
        options={props.values.map((value) => ({ value: value.valueId, label: value.label }))}
      />
      {fileField}
      <SubmitButton variant="secondary">{t("attach")}</SubmitButton>
    </ActionForm>
  );
}
