"use client";

import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/forms/action-form";
import { TextField } from "@/components/forms/field";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { generateFigureProblemsAction } from "@/lib/actions/problems";

/** One action adds every problem of the preview, with one deadline (asked for confirmation). */
export function GenerateProblemsForm({ count, deadline }: { count: number; deadline: string }) {
  const t = useTranslations("problems");
  return (
    <ActionForm action={generateFigureProblemsAction} className="flex flex-wrap items-end gap-4">
      <TextField name="deadline" type="date" label={t("fields.deadline")} defaultValue={deadline} required />
      <ConfirmButton
        question={t("generateConfirm", { count })}
        variant="primary"
        confirmVariant="primary"
        disabled={count === 0}
      >
        {t("generate", { count })}
      </ConfirmButton>
    </ActionForm>
  );
}
