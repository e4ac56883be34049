"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { SelectField, TextField } from "@/components/forms/field";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { IDLE } from "@/lib/actions/action-state";
import { assignSchoolPostAction, markTeacherLeftAction, rotateTeacherAction } from "@/lib/actions/teachers";

/** Marks the teacher as left or retired, after a confirmation. */
export function MarkLeftForm({ teacherId, today }: { teacherId: number; today: string }) {
  const t = useTranslations("teachers");
  const [state, action] = useActionState(markTeacherLeftAction, IDLE);
  const errors = state.status === "error" ? state.fieldErrors : undefined;
  return (
    <form action={action} className="space-y-3" noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="id" value={teacherId} />
      <SelectField name="status" label={t("leftReason")} defaultValue="LEFT" errors={errors?.status}>
        <option value="LEFT">{t("enums.status.LEFT")}</option>
        <option value="RETIRED">{t("enums.status.RETIRED")}</option>
      </SelectField>
      <TextField name="leftOn" type="date" label={t("leftOn")} defaultValue={today} errors={errors?.leftOn} />
      <ConfirmButton question={t("confirmLeft")}>{t("markLeft")}</ConfirmButton>
    </form>
  );
}

/** Principal or vice-principal post with the dates of the post and of the current term. */
export function AssignPostForm({ teacherId, today }: { teacherId: number; today: string }) {
  const t = useTranslations("teachers");
  const [state, action] = useActionState(assignSchoolPostAction, IDLE);
  const errors = state.status === "error" ? state.fieldErrors : undefined;
  return (
    <form action={action} className="space-y-3" noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="id" value={teacherId} />
      <SelectField name="kind" label={t("post")} defaultValue="PRINCIPAL" errors={errors?.kind}>
        <option value="PRINCIPAL">{t("enums.post.PRINCIPAL")}</option>
        <option value="VICE_PRINCIPAL">{t("enums.post.VICE_PRINCIPAL")}</option>
      </SelectField>
      <TextField
        name="startedOn"
        type="date"
        label={t("postStartedOn")}
        defaultValue={today}
        errors={errors?.startedOn}
      />
      <TextField
        name="currentTermStartedOn"
        type="date"
        label={t("termStartedOn")}
        defaultValue={today}
        errors={errors?.currentTermStartedOn}
      />
      <ConfirmButton question={t("confirmPost")} variant="secondary" confirmVariant="primary">
        {t("assignPost")}
      </ConfirmButton>
    </form>
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
  const [state, action] = useActionState(rotateTeacherAction, IDLE);
  const errors = state.status === "error" ? state.fieldErrors : undefined;
  return (
    <form action={action} className="space-y-3" noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="id" value={teacherId} />
      <SelectField
        name="toSchoolId"
        label={t("rotateTo")}
        defaultValue=""
        errors={errors?.toSchoolId}
        required
      >
        <option value="">{t("choose")}</option>
        {schools.map((school) => (
          <option key={school.id} value={school.id}>
            {school.name}
          </option>
        ))}
      </SelectField>
      <TextField
        name="startedOn"
        type="date"
        label={t("rotationStart")}
        defaultValue={today}
        errors={errors?.startedOn}
      />
      <TextField name="note" label={t("rotationNote")} errors={errors?.note} />
      <SubmitButton variant="secondary">{t("rotate")}</SubmitButton>
    </form>
  );
}
