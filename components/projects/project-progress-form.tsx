"use client";

import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/forms/action-form";
import { SelectField, TextareaField, TextField, type SelectOption } from "@/components/forms/field";
import { SubmitButton } from "@/components/forms/submit-button";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { cancelProjectAction, recordProjectProgressAction } from "@/lib/actions/projects";
import { useDescribeProjectField } from "./project-form";

/** A project's state as the progress form starts from: amounts as text in 元, days as YYYY-MM-DD or empty. */
export interface ProjectState {
  id: number;
  /** The version the form opened (decision 0023) */
  version: number;
  status: string;
  progress: number;
  fundsReceived: string;
  spent: string;
  actualStart: string;
  actualFinish: string;
}

/**
 * 进度更新: the status (only those the project may move to), progress, money and actual days, with a note; every
 * update is kept in the project's history.
 */
export function ProjectProgressForm({
  project,
  statuses,
}: {
  project: ProjectState;
  statuses: SelectOption[];
}) {
  const t = useTranslations("projects");
  const describeField = useDescribeProjectField();
  return (
    <ActionForm
      action={recordProjectProgressAction}
      hiddenFields={{ id: project.id, version: project.version }}
      describeField={describeField}
      className="max-w-xl space-y-4"
    >
      <SelectField
        name="status"
        label={t("fields.status")}
        required
        defaultValue={project.status}
        options={statuses}
      />
      <TextField
        name="progress"
        label={t("fields.progress")}
        required
        inputMode="numeric"
        defaultValue={project.progress}
      />
      <TextField
        name="fundsReceived"
        label={t("fields.fundsReceived")}
        hint={t("moneyHint")}
        required
        inputMode="decimal"
        defaultValue={project.fundsReceived}
      />
      <TextField
        name="spent"
        label={t("fields.spent")}
        required
        inputMode="decimal"
        defaultValue={project.spent}
      />
      <TextField
        name="actualStart"
        type="date"
        label={t("fields.actualStart")}
        defaultValue={project.actualStart}
      />
      <TextField
        name="actualFinish"
        type="date"
        label={t("fields.actualFinish")}
        defaultValue={project.actualFinish}
      />
      <TextareaField name="note" label={t("fields.note")} required maxLength={500} />
      <SubmitButton>{t("record")}</SubmitButton>
    </ActionForm>
  );
}

/** 取消 with its reason, after a confirmation: a cancelled project takes no more updates. */
export function ProjectCancelForm({
  projectId,
  version,
  projectName,
}: {
  projectId: number;
  version: number;
  projectName: string;
}) {
  const t = useTranslations("projects");
  const describeField = useDescribeProjectField();
  return (
    <ActionForm
      action={cancelProjectAction}
      hiddenFields={{ id: projectId, version }}
      describeField={describeField}
      className="max-w-xl space-y-4"
    >
      <TextareaField name="note" label={t("fields.reason")} required maxLength={500} />
      <ConfirmButton question={t("cancelConfirm", { name: projectName })} variant="danger">
        {t("cancel")}
      </ConfirmButton>
    </ActionForm>
  );
}
