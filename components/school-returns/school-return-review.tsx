"use client";

import { useTranslations } from "next-intl";
import { ActionForm, useActionForm } from "@/components/forms/action-form";
import { TextareaField } from "@/components/forms/field";
import { FormMessage } from "@/components/forms/form-message";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { approveSchoolReturnAction, returnSchoolReturnAction } from "@/lib/actions/school-returns";
import { REASON_MAX } from "@/lib/schemas/submissions";

/**
 * The county's decision on a school's submitted return (decision 0046): approve, or return it with a reason; both
 * ask once more before they act. It stays mounted while the return changes state, so the result stays in view.
 */
export function SchoolReturnReview({
  returnId,
  version,
  canReview,
}: {
  returnId: number;
  version: number;
  canReview: boolean;
}) {
  const t = useTranslations("schoolReturns");
  const approveForm = useActionForm(approveSchoolReturnAction);
  const returnForm = useActionForm(returnSchoolReturnAction);
  const ids = { returnId, version };
  return (
    <div className="space-y-3">
      {canReview ? (
        <div className="grid gap-6 lg:grid-cols-2">
          <ActionForm form={approveForm} hiddenFields={ids} message="none">
            <ConfirmButton question={t("approveConfirm")} variant="primary" confirmVariant="primary">
              {t("approve")}
            </ConfirmButton>
          </ActionForm>
          <ActionForm form={returnForm} hiddenFields={ids} message="none" className="space-y-3">
            <TextareaField
              name="reason"
              label={t("returnReason")}
              hint={t("returnReasonHint")}
              required
              maxLength={REASON_MAX}
            />
            <ConfirmButton question={t("returnConfirm")} variant="danger">
              {t("return")}
            </ConfirmButton>
          </ActionForm>
        </div>
      ) : (
        <p className="text-sm text-slate-600">{t("noDecision")}</p>
      )}
      <FormMessage state={approveForm.state} />
      <FormMessage state={returnForm.state} />
    </div>
  );
}
