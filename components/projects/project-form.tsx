"use client";

import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/forms/action-form";
import { SelectField, TextField, type SelectOption } from "@/components/forms/field";
import type { DescribeField } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { createProjectAction, updateProjectAction } from "@/lib/actions/projects";

/** The plan of a project as the form shows it: amounts as text in 元, days as YYYY-MM-DD. */
export interface EditedProjectPlan {
  id: number;
  /** The version the form opened (decision 0023) */
  version: number;
  name: string;
  category: string;
  schoolId: number | null;
  budget: string;
  plannedStart: string;
  plannedFinish: string;
  newPlaces: number;
}

/**
 * How the project forms name a field and show a value in a stale save's list of changes: the category and status
 * by their words, the school by its option's text.
 */
export function useDescribeProjectField(schools: SelectOption[] = []): DescribeField {
  const t = useTranslations("projects");
  const tEnums = useTranslations("enums");
  return (field, value) => {
    const label = t.has(`fields.${field}`) ? t(`fields.${field}`) : field;
    if (field === "schoolId") {
      const label = schools.find((school) => school.value === value)?.label;
      return { label: t("fields.school"), value: typeof label === "string" ? label : undefined };
    }
    if ((field === "category" || field === "status") && typeof value === "string")
      return {
        label,
        value: tEnums(`${field === "category" ? "projectCategory" : "projectStatus"}.${value}`),
      };
    return { label };
  };
}

/** Enter or correct a project's plan; its state moves through progress updates (ProjectProgressForm). */
export function ProjectForm({
  categories,
  schools,
  project,
}: {
  categories: SelectOption[];
  schools: SelectOption[];
  project?: EditedProjectPlan;
}) {
  const t = useTranslations("projects");
  const describeField = useDescribeProjectField(schools);
  return (
    <ActionForm
      action={project ? updateProjectAction : createProjectAction}
      hiddenFields={project ? { id: project.id, version: project.version } : undefined}
      describeField={describeField}
      className="max-w-xl space-y-4"
    >
      <TextField name="name" label={t("fields.name")} required defaultValue={project?.name} />
      <SelectField
        name="category"
        label={t("fields.category")}
        required
        defaultValue={project?.category ?? ""}
        placeholder={t("choose")}
        options={categories}
      />
      <SelectField
        name="schoolId"
        label={t("fields.school")}
        defaultValue={project?.schoolId ?? ""}
        placeholder={t("noSchool")}
        options={schools}
      />
      <TextField
        name="budget"
        label={t("fields.budget")}
        hint={t("moneyHint")}
        required
        inputMode="decimal"
        defaultValue={project?.budget}
      />
      <TextField
        name="plannedStart"
        type="date"
        label={t("fields.plannedStart")}
        required
        defaultValue={project?.plannedStart}
      />
      <TextField
        name="plannedFinish"
        type="date"
        label={t("fields.plannedFinish")}
        required
        defaultValue={project?.plannedFinish}
      />
      <TextField
        name="newPlaces"
        label={t("fields.newPlaces")}
        inputMode="numeric"
        defaultValue={project?.newPlaces ?? 0}
      />
      <SubmitButton>{project ? t("save") : t("create")}</SubmitButton>
    </ActionForm>
  );
}
