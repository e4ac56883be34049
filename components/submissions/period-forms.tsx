"use client";

import { useTranslations } from "next-intl";
import { ActionForm, useActionForm } from "@/components/forms/action-form";
import { SelectField, TextField } from "@/components/forms/field";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { closePeriodAction, openPeriodAction, setPeriodDeadlineAction } from "@/lib/actions/submissions";
import type { Quarter } from "@/lib/utils/periods";

const QUARTERS = [1, 2, 3, 4].map((quarter) => ({ value: quarter, label: `Q${quarter}` }));

/** City staff open a quarter for their city with its deadline. */
export function OpenPeriodForm({ suggested, deadline }: { suggested: Quarter; deadline: string }) {
  const t = useTranslations("submissions");
  return (
    <ActionForm action={openPeriodAction} message="bottom" className="space-y-3">
      <p className="text-sm text-slate-600">{t("openHelp")}</p>
      <div className="grid gap-3 sm:grid-cols-3">
        <TextField name="year" label={t("year")} type="number" required defaultValue={suggested.year} />
        <SelectField
          name="quarter"
          label={t("quarterLabel")}
          required
          defaultValue={suggested.quarter}
          options={QUARTERS}
        />
        <TextField name="deadline" label={t("deadline")} type="date" required defaultValue={deadline} />
      </div>
      <SubmitButton>{t("open")}</SubmitButton>
    </ActionForm>
  );
}

/** Deadline and closing of an open quarter (closing asks first: counties can no longer write). */
export function PeriodControls({ periodId, deadline }: { periodId: number; deadline: string }) {
  const t = useTranslations("submissions");
  const deadlineForm = useActionForm(setPeriodDeadlineAction);
  const closeForm = useActionForm(closePeriodAction);
  return (
    <div className="flex flex-wrap items-end gap-6">
      <ActionForm
        form={deadlineForm}
        hiddenFields={{ periodId }}
        message="none"
        className="flex items-end gap-2"
      >
        <TextField name="deadline" label={t("deadline")} type="date" required defaultValue={deadline} />
        <SubmitButton variant="secondary">{t("setDeadline")}</SubmitButton>
      </ActionForm>
      <ActionForm form={closeForm} hiddenFields={{ periodId }} message="none">
        <ConfirmButton question={t("closeConfirm")} variant="danger">
          {t("close")}
        </ConfirmButton>
      </ActionForm>
      <div className="basis-full">
        <FormMessage state={deadlineForm.state} />
        <FormMessage state={closeForm.state} />
      </div>
    </div>
  );
}
