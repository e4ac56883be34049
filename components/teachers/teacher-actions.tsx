"use client";

import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/forms/action-form";
import { SelectField, TextField } from "@/components/forms/field";
import { SubmitButton } from "@/components/forms/submit-button";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { assignSchoolPostAction, markTeacherLeftAction, rotateTeacherAction } from "@/lib/actions/teachers";
import { PostKind } from "@/lib/generated/prisma/enums";
import { markTeacherLeftSchema } from "@/lib/schemas/teachers";

const LEFT_STATUSES = markTeacherLeftSchema.shape.status.options;
const POSTS = Object.values(PostKind);

/** Marks the teacher as left or retired, after a confirmation. */
export function MarkLeftForm({ teacherId, today }: { teacherId: number; today: string }) {
  const t = useTranslations("teachers");
  return (
    <ActionForm action={markTeacherLeftAction} hiddenFields={{ id: teacherId }} className="space-y-3">
      <SelectField
        name="status"
        label={t("leftReason")}
        defaultValue="LEFT"
        options={LEFT_STATUSES.map((status) => ({ value: status, label: t(`enums.status.${status}`) }))}
      />
      <TextField name="leftOn" type="date" label={t("leftOn")} defaultValue={today} />
      <ConfirmButton question={t("confirmLeft")}>{t("markLeft")}</ConfirmButton>
    </ActionForm>
  );
}

/** Principal or vice-principal post with the dates of the post and of the current term. */
export function AssignPostForm({ teacherId, today }: { teacherId: number; today: string }) {
  const t = useTranslations("teachers");
  return (
    <ActionForm action={assignSchoolPostAction} hiddenFields={{ id: teacherId }} className="space-y-3">
      <SelectField
        name="kind"
        label={t("post")}
        // Nothing preselected: a vice-principal must not be made principal by a click on the default.
        defaultValue=""
        required
        placeholder={t("choose")}
        options={POSTS.map((post) => ({ value: post, label: t(`enums.post.${post}`) }))}
      />
      <TextField name="startedOn" type="date" label={t("postStartedOn")} defaultValue={today} />
      <TextField name="currentTermStartedOn" type="date" label={t("termStartedOn")} defaultValue={today} />
      <ConfirmButton question={t("confirmPost")} variant="secondary" confirmVariant="primary">
        {t("assignPost")}
      </ConfirmButton>
    </ActionForm>
  );
}

/** 交流轮岗 to another school of the county (county officers). */
export function RotateForm({
  teacherId,
  today,
  schools,
}: {
  teacherId: number;
  today: string;
  schools: { id: number; name: string }[];
}) {
  const t = useTranslations("teachers");
  return (
    <ActionForm action={rotateTeacherAction} hiddenFields={{ id: teacherId }} className="space-y-3">
      <SelectField
        name="toSchoolId"
        label={t("rotateTo")}
        defaultValue=""
        required
        placeholder={t("choose")}
        options={schools.map((school) => ({ value: school.id, label: school.name }))}
      />
      <TextField name="startedOn" type="date" label={t("rotationStart")} defaultValue={today} />
      <TextField name="note" label={t("rotationNote")} />
      <SubmitButton variant="secondary">{t("rotate")}</SubmitButton>
    </ActionForm>
  );
}
