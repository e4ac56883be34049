"use client";

import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/forms/action-form";
import { SelectField, TextField } from "@/components/forms/field";
import { Button } from "@/components/ui/button";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { closeSchoolAction, reopenSchoolAction } from "@/lib/actions/schools";

/** 撤并 (asked for confirmation: the school leaves every later figure) or reopening a closed school. */
export function SchoolStatusActions({
  schoolId,
  schoolName,
  isActive,
  mergeTargets,
}: {
  schoolId: number;
  schoolName: string;
  isActive: boolean;
  mergeTargets: { id: number; name: string; code: string }[];
}) {
  const t = useTranslations("schools");
  if (!isActive)
    return (
      <ActionForm action={reopenSchoolAction} hiddenFields={{ id: schoolId }} className="space-y-3">
        <Button type="submit" variant="secondary">
          {t("reopen")}
        </Button>
      </ActionForm>
    );
  return (
    <ActionForm action={closeSchoolAction} hiddenFields={{ id: schoolId }} className="max-w-xl space-y-4">
      <TextField name="closedOn" type="date" label={t("fields.closedOn")} required />
      <SelectField
        name="mergedIntoId"
        label={t("fields.mergedInto")}
        placeholder={t("notMerged")}
        defaultValue=""
        options={mergeTargets.map((target) => ({
          value: target.id,
          label: `${target.name}（${target.code}）`,
        }))}
      />
      <ConfirmButton question={t("closeConfirm", { name: schoolName })} variant="danger">
        {t("close")}
      </ConfirmButton>
    </ActionForm>
  );
}
