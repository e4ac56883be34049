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

/**
 * The reviewer's decisions: approve or return a submitted report (the per-value comments are inputs of the return
 * form, `returnFormId`), or reopen an approved one with a reason. It stays mounted while the report changes state,
 * so the result of a decision remains visible after the page refreshes.
 */
export function ReviewPanel({
  submissionId,
  version,
  canReview,
  canReopen,
  returnFormId,
}: {
  submissionId: number;
  version: number;
  canReview: boolean;
  canReopen: boolean;
  returnFormId: string;
}) {
  const t = useTranslations("submissions");
  const [approveState, approveAction] = useActionState(approveSubmissionAction, IDLE);
  const [returnState, returnAction] = useActionState(returnSubmissionAction, IDLE);
  const [reopenState, reopenAction] = useActionState(reopenSubmissionAction, IDLE);
  const ids = (
    <>
      <input type="hidden" name="submissionId" value={submissionId} />
      <input type="hidden" name="version" value={version} />
    </>
  );
  return (
    <div className="space-y-3">
      {canReview && (
        <div className="grid gap-6 lg:grid-cols-2">
          <form action={approveAction}>
            {ids}
            <ConfirmButton question={t("approveConfirm")} variant="primary" confirmVariant="primary">
              {t("approve")}
            </ConfirmButton>
          </form>
          <form id={returnFormId} action={returnAction} className="space-y-3">
            {ids}
            <TextareaField
              name="reason"
              label={t("returnReason")}
              hint={t("returnReasonHint")}
              maxLength={REASON_MAX}
              errors={returnState.status === "error" ? returnState.fieldErrors?.reason : undefined}
            />
            <SubmitButton variant="danger">{t("return")}</SubmitButton>
          </form>
        </div>
      )}
      {canReopen && !canReview && (
        <form action={reopenAction} className="space-y-3">
          {ids}
          <TextareaField
            name="reason"
            label={t("reopenReason")}
            required
            maxLength={REASON_MAX}
            errors={reopenState.status === "error" ? reopenState.fieldErrors?.reason : undefined}
          />
          <ConfirmButton question={t("reopenConfirm")} variant="secondary">
            {t("reopen")}
          </ConfirmButton>
        </form>
      )}
      {!canReview && !canReopen && <p className="text-sm text-slate-600">{t("noDecision")}</p>}
      <FormMessage state={approveState} />
      <FormMessage state={returnState} />
      <FormMessage state={reopenState} />
    </div>
  );
}
