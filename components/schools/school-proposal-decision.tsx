"use client";

import { useTranslations } from "next-intl";
import { ActionForm, useActionForm } from "@/components/forms/action-form";
import { TextareaField } from "@/components/forms/field";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { ConfirmButton } from "@/components/ui/confirm-button";
import {
  acceptSchoolProposalAction,
  rejectSchoolProposalAction,
  withdrawSchoolProposalAction,
} from "@/lib/actions/school-proposals";
import { PROPOSAL_NOTE_MAX } from "@/lib/schemas/school-proposals";

/**
 * What can be done with a pending proposal: the reviewer accepts (asked first: the register and its figures change)
 * or rejects with a reason; the proposer withdraws. Results stay in view after the list refreshes.
 */
export function SchoolProposalDecision({
  proposalId,
  canDecide,
  canWithdraw,
}: {
  proposalId: number;
  canDecide: boolean;
  canWithdraw: boolean;
}) {
  const t = useTranslations("schoolProposals");
  const acceptForm = useActionForm(acceptSchoolProposalAction);
  const rejectForm = useActionForm(rejectSchoolProposalAction);
  const withdrawForm = useActionForm(withdrawSchoolProposalAction);
  const ids = { id: proposalId };
  return (
    <div className="space-y-3">
      {canDecide && (
        <div className="grid gap-4 lg:grid-cols-2">
          <ActionForm form={acceptForm} hiddenFields={ids} message="none">
            <ConfirmButton question={t("acceptConfirm")} variant="primary" confirmVariant="primary">
              {t("accept")}
            </ConfirmButton>
          </ActionForm>
          <ActionForm form={rejectForm} hiddenFields={ids} message="none" className="space-y-2">
            {/* One form per proposal on the page: the id names the proposal, so each label finds its own field. */}
            <TextareaField
              name="reason"
              id={`reason-${proposalId}`}
              label={t("reason")}
              hint={t("reasonHint")}
              required
              maxLength={PROPOSAL_NOTE_MAX}
            />
            <SubmitButton variant="danger">{t("reject")}</SubmitButton>
          </ActionForm>
        </div>
      )}
      {canWithdraw && (
        <ActionForm form={withdrawForm} hiddenFields={ids} message="none">
          <ConfirmButton question={t("withdrawConfirm")}>{t("withdraw")}</ConfirmButton>
        </ActionForm>
      )}
      <FormMessage state={acceptForm.state} />
      <FormMessage state={rejectForm.state} />
      <FormMessage state={withdrawForm.state} />
    </div>
  );
}
