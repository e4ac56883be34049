"use client";

import { useTranslations } from "next-intl";
import { EvidenceFilesField } from "@/components/evidence/evidence-files-field";
import { ActionForm } from "@/components/forms/action-form";
import { TextareaField, TextField } from "@/components/forms/field";
import { SubmitButton } from "@/components/forms/submit-button";
import { ConfirmButton } from "@/components/ui/confirm-button";
import {
  acceptProblemAction,
  reportProblemProgressAction,
  returnProblemAction,
  startProblemAction,
  submitProblemAction,
} from "@/lib/actions/problems";
import type { ProblemAction } from "@/lib/workflows/problems";

/**
 * The steps the user may take on a problem now (getProblem asks the workflow): one form per step, each field with an
 * id of its own (the forms share field names).
 */
export function ProblemSteps({ problemId, actions }: { problemId: number; actions: ProblemAction[] }) {
  const t = useTranslations("problems");
  const hidden = { id: problemId };
  const has = (action: ProblemAction) => actions.includes(action);
  return (
    <div className="space-y-6">
      {has("start") && (
        <ActionForm action={startProblemAction} hiddenFields={hidden} className="space-y-3">
          <TextareaField id="start-note" name="note" label={t("note")} />
          <SubmitButton>{t("actions.start")}</SubmitButton>
        </ActionForm>
      )}
      {has("report") && (
        <ActionForm action={reportProblemProgressAction} hiddenFields={hidden} className="space-y-3">
          <TextareaField id="report-note" name="note" label={t("progressNote")} required />
          <TextField id="report-value" name="value" label={t("newValue")} inputMode="decimal" />
          <EvidenceFilesField id="report-files" label={t("evidenceFiles")} />
          <SubmitButton variant="secondary">{t("actions.report")}</SubmitButton>
        </ActionForm>
      )}
      {has("submit") && (
        <ActionForm action={submitProblemAction} hiddenFields={hidden} className="space-y-3">
          <TextareaField id="submit-note" name="note" label={t("note")} />
          <SubmitButton>{t("actions.submit")}</SubmitButton>
        </ActionForm>
      )}
      {has("accept") && (
        <ActionForm action={acceptProblemAction} hiddenFields={hidden} className="space-y-3">
          <TextareaField id="accept-note" name="note" label={t("note")} />
          <ConfirmButton question={t("acceptConfirm")} variant="primary" confirmVariant="primary">
            {t("actions.accept")}
          </ConfirmButton>
        </ActionForm>
      )}
      {has("return") && (
        <ActionForm action={returnProblemAction} hiddenFields={hidden} className="space-y-3">
          <TextareaField id="return-note" name="note" label={t("returnReasonLabel")} required />
          <SubmitButton variant="danger">{t("actions.return")}</SubmitButton>
        </ActionForm>
      )}
      {actions.length === 0 && <p className="text-sm text-slate-500">{t("noActions")}</p>}
    </div>
  );
}
