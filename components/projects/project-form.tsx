"use client";

import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/forms/action-form";
import { SelectField, TextField, type SelectOption } from "@/components/forms/field";
import { SubmitButton } from "@/components/forms/submit-button";
import { createProjectAction, updateProjectAction } from "@/lib/actions/projects";

/** The plan of a project as the form shows it: amounts as text in 元, days as YYYY-MM-DD. */
export interface EditedProjectPlan {
  id: number;
  name: string;
  category: string;
  schoolId: number | null;
  budget: string;
  plannedStart: string;
  plannedFinish: string;
  newPlaces: number;
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
  return (
    <ActionForm
      action={project ? updateProjectAction : createProjectAction}
      hiddenFields={project ? { id: project.id } : undefined}
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
