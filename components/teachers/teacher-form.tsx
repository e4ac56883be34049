"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { SelectField, TextField } from "@/components/forms/field";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { IDLE } from "@/lib/actions/action-state";
import { createTeacherAction, updateTeacherAction } from "@/lib/actions/teachers";
import { BackboneLevel, Degree, Gender, ProfessionalTitle, Subject } from "@/lib/generated/prisma/enums";
import type { TeacherValues } from "@/lib/schemas/teachers";

type EditedTeacher = Omit<TeacherValues, "birthDate" | "hiredOn"> & {
  id: number;
  birthDate: string;
  hiredOn: string | null;
};

const ENUM_FIELDS = [
  { name: "gender", values: Object.values(Gender), enumKey: "gender" },
  { name: "highestDegree", values: Object.values(Degree), enumKey: "degree" },
  { name: "subject", values: Object.values(Subject), enumKey: "subject" },
  { name: "title", values: Object.values(ProfessionalTitle), enumKey: "title" },
  { name: "backboneLevel", values: Object.values(BackboneLevel), enumKey: "backbone" },
] as const;

/** Add a teacher to a school or correct a teacher's record (same fields, same schema as the import rows). */
export function TeacherForm({ schoolId, teacher }: { schoolId: number; teacher?: EditedTeacher }) {
  const t = useTranslations("teachers");
  const [createState, createAction] = useActionState(createTeacherAction, IDLE);
  const [updateState, updateAction] = useActionState(updateTeacherAction, IDLE);
  const state = teacher ? updateState : createState;
  const errors = state.status === "error" ? state.fieldErrors : undefined;
  return (
    <form action={teacher ? updateAction : createAction} className="max-w-2xl space-y-4" noValidate>
      <FormMessage state={state} />
      {teacher ? (
        <input type="hidden" name="id" value={teacher.id} />
      ) : (
        <input type="hidden" name="schoolId" value={schoolId} />
      )}
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          name="staffNo"
          label={t("fields.staffNo")}
          defaultValue={teacher?.staffNo}
          errors={errors?.staffNo}
          required
        />
        <TextField
          name="name"
          label={t("fields.name")}
          defaultValue={teacher?.name}
          errors={errors?.name}
          required
        />
        <TextField
          name="birthDate"
          type="date"
          label={t("fields.birthDate")}
          defaultValue={teacher?.birthDate}
          errors={errors?.birthDate}
          required
        />
        <TextField
          name="hiredOn"
          type="date"
          label={t("fields.hiredOn")}
          defaultValue={teacher?.hiredOn ?? ""}
          errors={errors?.hiredOn}
        />
        {ENUM_FIELDS.map((field) => (
          <SelectField
            key={field.name}
            name={field.name}
            label={t(`fields.${field.name}`)}
            defaultValue={teacher?.[field.name] ?? (field.name === "backboneLevel" ? "NONE" : "")}
            errors={errors?.[field.name]}
            required
          >
            {field.name !== "backboneLevel" && <option value="">{t("choose")}</option>}
            {field.values.map((value) => (
              <option key={value} value={value}>
                {t(`enums.${field.enumKey}.${value}`)}
              </option>
            ))}
          </SelectField>
        ))}
        <TextField
          name="trainingHours5y"
          inputMode="numeric"
          label={t("fields.trainingHours5y")}
          defaultValue={teacher?.trainingHours5y ?? 0}
          errors={errors?.trainingHours5y}
        />
      </div>
      <div className="flex flex-wrap gap-6 text-sm text-slate-700">
        <label className="flex items-center gap-2">
          <input type="checkbox" name="isFullTime" defaultChecked={teacher?.isFullTime ?? true} />
          {t("fields.isFullTime")}
        </label>
        <label className="flex items-center gap-2">
          <input
            type="checkbox"
            name="hasTeachingCertificate"
            defaultChecked={teacher?.hasTeachingCertificate ?? true}
          />
          {t("fields.hasTeachingCertificate")}
        </label>
      </div>
      <SubmitButton>{teacher ? t("saveChanges") : t("add")}</SubmitButton>
    </form>
  );
}
