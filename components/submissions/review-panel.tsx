"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { TextareaField } from "@/components/forms/field";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { IDLE } from "@/lib/actions/action-state";
import {
  approveSubmissionAction,
  reopenSubmissionAction,
  returnSubmissionAction,
} from "@/lib/actions/submissions";
import { REASON_MAX } from "@/lib/schemas/submissions";

/** The reviewer's decisions on a submitted report; the per-value comments are inputs of the return form. */
export function ReviewPanel({
  submissionId,
  version,
  returnFormId,
}: {
  submissionId: number;
  version: number;
  returnFormId: string;
}) {
  const t = useTranslations("submissions");
  const [approveState, approveAction] = useActionState(approveSubmissionAction, IDLE);
  const [returnState, returnAction] = useActionState(returnSubmissionAction, IDLE);
  return (
    <div className="grid gap-6 lg:grid-cols-2">
      <form action={approveAction} className="space-y-3">
        <input type="hidden" name="submissionId" value={submissionId} />
        <input type="hidden" name="version" value={version} />
        <ConfirmButton question={t("approveConfirm")} variant="primary" confirmVariant="primary">
          {t("approve")}
        </ConfirmButton>
        <FormMessage state={approveState} />
      </form>
      <form id={returnFormId} action={returnAction} className="space-y-3">
        <input type="hidden" name="submissionId" value={submissionId} />
        <input type="hidden" name="version" value={version} />
        <TextareaField
          name="reason"
          label={t("returnReason")}
          required
          maxLength={REASON_MAX}
          errors={returnState.status === "error" ? returnState.fieldErrors?.reason : undefined}
        />
        <SubmitButton variant="danger">{t("return")}</SubmitButton>
        <FormMessage state={returnState} />
      </form>
    </div>
  );
}

/** City staff unlock an approved report (or one of a closed quarter) with a reason, after confirming. */
export function ReopenForm({ submissionId, version }: { submissionId: number; version: number }) {
  const t = useTranslations("submissions");
  const [state, action] = useActionState(reopenSubmissionAction, IDLE);
  return (
    <form action={action} className="space-y-3">
      <input type="hidden" name="submissionId" value={submissionId} />
      <input type="hidden" name="version" value={version} />
      <TextareaField
        name="reason"
        label={t("reopenReason")}
        required
        maxLength={REASON_MAX}
        errors={state.status === "error" ? state.fieldErrors?.reason : undefined}
      />
      <ConfirmButton question={t("reopenConfirm")} variant="secondary">
        {t("reopen")}
      </ConfirmButton>
      <FormMessage state={state} />
    </form>
  );
}
