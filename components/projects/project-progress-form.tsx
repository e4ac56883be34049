"use client";

import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/forms/action-form";
import { SelectField, TextareaField, TextField, type SelectOption } from "@/components/forms/field";
import { SubmitButton } from "@/components/forms/submit-button";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { cancelProjectAction, recordProjectProgressAction } from "@/lib/actions/projects";

/** A project's state as the progress form starts from: amounts as text in 元, days as YYYY-MM-DD or empty. */
export interface ProjectState {
  id: number;
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
  return (
    <ActionForm
      action={recordProjectProgressAction}
      hiddenFields={{ id: project.id }}
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
export function ProjectCancelForm({ projectId, projectName }: { projectId: number; projectName: string }) {
  const t = useTranslations("projects");
  return (
    <ActionForm action={cancelProjectAction} hiddenFields={{ id: projectId }} className="max-w-xl space-y-4">
      <TextareaField name="note" label={t("fields.reason")} required maxLength={500} />
      <ConfirmButton question={t("cancelConfirm", { name: projectName })} variant="danger">
        {t("cancel")}
      </ConfirmButton>
    </ActionForm>
  );
}
