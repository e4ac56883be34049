"use client";

import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/forms/action-form";
import { SelectField, TextField } from "@/components/forms/field";
import type { DescribeField } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { createTeacherAction, updateTeacherAction } from "@/lib/actions/teachers";
import { Gender, Subject } from "@/lib/generated/prisma/enums";
import { RANKED_OPTIONS } from "@/lib/indicators/rank-order";
import type { TeacherValues } from "@/lib/schemas/teachers";

type EditedTeacher = Omit<TeacherValues, "birthDate" | "hiredOn"> & {
  id: number;
  /** The version the editor opened (decision 0023) */
  version: number;
  birthDate: string;
  hiredOn: string | null;
};

const ENUM_FIELDS = [
  { name: "gender", values: Object.values(Gender), enumKey: "gender" },
  { name: "highestDegree", values: RANKED_OPTIONS.degree, enumKey: "degree" },
  { name: "subject", values: Object.values(Subject), enumKey: "subject" },
  { name: "title", values: RANKED_OPTIONS.title, enumKey: "title" },
  { name: "backboneLevel", values: RANKED_OPTIONS.backbone, enumKey: "backbone" },
] as const;

/** Add a teacher to a school or correct a teacher's record (same fields, same schema as the import rows). */
export function TeacherForm({ schoolId, teacher }: { schoolId: number; teacher?: EditedTeacher }) {
  const t = useTranslations("teachers");
  const describeField: DescribeField = (field, value) => {
    const label = t.has(`fields.${field}`) ? t(`fields.${field}`) : field;
    const enumKey = ENUM_FIELDS.find((enumField) => enumField.name === field)?.enumKey;
    return enumKey && typeof value === "string"
      ? { label, value: t(`enums.${enumKey}.${value}`) }
      : { label };
  };
  return (
    <ActionForm
      action={teacher ? updateTeacherAction : createTeacherAction}
      hiddenFields={teacher ? { id: teacher.id, version: teacher.version } : { schoolId }}
      describeField={describeField}
      className="max-w-2xl space-y-4"
    >
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField name="staffNo" label={t("fields.staffNo")} defaultValue={teacher?.staffNo} required />
        <TextField name="name" label={t("fields.name")} defaultValue={teacher?.name} required />
        <TextField
          name="birthDate"
          type="date"
          label={t("fields.birthDate")}
          defaultValue={teacher?.birthDate}
          required
        />
        <TextField
          name="hiredOn"
          type="date"
          label={t("fields.hiredOn")}
          defaultValue={teacher?.hiredOn ?? ""}
        />
        {ENUM_FIELDS.map((field) => (
          <SelectField
            key={field.name}
            name={field.name}
            label={t(`fields.${field.name}`)}
            defaultValue={teacher?.[field.name] ?? (field.name === "backboneLevel" ? "NONE" : "")}
            required
            // Every teacher has a backbone level, "none" by default; the other fields are chosen.
            placeholder={field.name === "backboneLevel" ? undefined : t("choose")}
            options={field.values.map((value) => ({ value, label: t(`enums.${field.enumKey}.${value}`) }))}
          />
        ))}
        <TextField
          name="trainingHours5y"
          inputMode="numeric"
          label={t("fields.trainingHours5y")}
          defaultValue={teacher?.trainingHours5y ?? 0}
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
    </ActionForm>
  );
}
