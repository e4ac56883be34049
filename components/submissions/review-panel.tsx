"use client";

import { useTranslations } from "next-intl";
import { ActionForm, useActionForm } from "@/components/forms/action-form";
import { TextareaField } from "@/components/forms/field";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { ConfirmButton } from "@/components/ui/confirm-button";
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
  const approveForm = useActionForm(approveSubmissionAction);
  const returnForm = useActionForm(returnSubmissionAction);
  const reopenForm = useActionForm(reopenSubmissionAction);
  const ids = { submissionId, version };
  return (
    <div className="space-y-3">
      {canReview && (
        <div className="grid gap-6 lg:grid-cols-2">
          <ActionForm form={approveForm} hiddenFields={ids} message="none">
            <ConfirmButton question={t("approveConfirm")} variant="primary" confirmVariant="primary">
              {t("approve")}
            </ConfirmButton>
          </ActionForm>
          <ActionForm
            form={returnForm}
            hiddenFields={ids}
            message="none"
            id={returnFormId}
            className="space-y-3"
          >
            <TextareaField
              name="reason"
              label={t("returnReason")}
              hint={t("returnReasonHint")}
              maxLength={REASON_MAX}
            />
            <SubmitButton variant="danger">{t("return")}</SubmitButton>
          </ActionForm>
        </div>
      )}
      {canReopen && !canReview && (
        <ActionForm form={reopenForm} hiddenFields={ids} message="none" className="space-y-3">
          <TextareaField name="reason" label={t("reopenReason")} required maxLength={REASON_MAX} />
          <ConfirmButton question={t("reopenConfirm")} variant="secondary">
            {t("reopen")}
          </ConfirmButton>
        </ActionForm>
      )}
      {!canReview && !canReopen && <p className="text-sm text-slate-600">{t("noDecision")}</p>}
      {/* The panel stays mounted while the report changes state, so a decision's result stays in view. */}
      <FormMessage state={approveForm.state} />
      <FormMessage state={returnForm.state} />
      <FormMessage state={reopenForm.state} />
    </div>
  );
}
