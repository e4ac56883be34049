"use client";

import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/forms/action-form";
import { TextField } from "@/components/forms/field";
import { SubmitButton } from "@/components/forms/submit-button";
import { raiseSupervisionFindingAction } from "@/lib/actions/supervision";

/** One finding raised as a problem of the 整改台账: its deadline, one click. */
export function RaiseFindingForm({
  findingId,
  defaultDeadline,
}: {
  findingId: number;
  defaultDeadline: string;
}) {
  const t = useTranslations("supervision");
  return (
    <ActionForm
      action={raiseSupervisionFindingAction}
      hiddenFields={{ findingId }}
      className="mt-2 flex flex-wrap items-end gap-3"
    >
      <TextField
        id={`finding-${findingId}-deadline`}
        name="deadline"
        type="date"
        label={t("deadline")}
        defaultValue={defaultDeadline}
        required
      />
      <SubmitButton variant="secondary">{t("raise")}</SubmitButton>
    </ActionForm>
  );
}
