"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { SelectField, TextField } from "@/components/forms/field";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { IDLE } from "@/lib/actions/action-state";
import { closePeriodAction, openPeriodAction, setPeriodDeadlineAction } from "@/lib/actions/submissions";
import type { Quarter } from "@/lib/utils/periods";

/** City staff open a quarter for their city with its deadline. */
export function OpenPeriodForm({ suggested, deadline }: { suggested: Quarter; deadline: string }) {
  const t = useTranslations("submissions");
  const [state, action] = useActionState(openPeriodAction, IDLE);
  const errors = state.status === "error" ? state.fieldErrors : undefined;
  return (
    <form action={action} className="space-y-3">
      <p className="text-sm text-slate-600">{t("openHelp")}</p>
      <div className="grid gap-3 sm:grid-cols-3">
        <TextField
          name="year"
          label={t("year")}
          type="number"
          required
          defaultValue={suggested.year}
          errors={errors?.year}
        />
        <SelectField
          name="quarter"
          label={t("quarterLabel")}
          required
          defaultValue={suggested.quarter}
          errors={errors?.quarter}
        >
          {[1, 2, 3, 4].map((quarter) => (
            <option key={quarter} value={quarter}>
              Q{quarter}
            </option>
          ))}
        </SelectField>
        <TextField
          name="deadline"
          label={t("deadline")}
          type="date"
          required
          defaultValue={deadline}
          errors={errors?.deadline}
        />
      </div>
      <SubmitButton>{t("open")}</SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}

/** Deadline and closing of an open quarter (closing asks first: counties can no longer write). */
export function PeriodControls({ periodId, deadline }: { periodId: number; deadline: string }) {
  const t = useTranslations("submissions");
  const [deadlineState, deadlineAction] = useActionState(setPeriodDeadlineAction, IDLE);
  const [closeState, closeAction] = useActionState(closePeriodAction, IDLE);
  return (
    <div className="flex flex-wrap items-end gap-6">
      <form action={deadlineAction} className="flex items-end gap-2">
        <input type="hidden" name="periodId" value={periodId} />
        <TextField
          name="deadline"
          label={t("deadline")}
          type="date"
          required
          defaultValue={deadline}
          errors={deadlineState.status === "error" ? deadlineState.fieldErrors?.deadline : undefined}
        />
        <SubmitButton variant="secondary">{t("setDeadline")}</SubmitButton>
      </form>
      <form action={closeAction}>
        <input type="hidden" name="periodId" value={periodId} />
        <ConfirmButton question={t("closeConfirm")} variant="danger">
          {t("close")}
        </ConfirmButton>
      </form>
      <div className="basis-full">
        <FormMessage state={deadlineState} />
        <FormMessage state={closeState} />
      </div>
    </div>
  );
}
