"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FieldErrorList, INPUT_CLASSES } from "@/components/forms/field";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { IDLE } from "@/lib/actions/action-state";
import { uploadSubmissionWorkbookAction } from "@/lib/actions/submissions";
import type { RowError } from "@/lib/excel/submission-workbook";

/** Upload of the filled template; row-level errors are listed by row number and nothing is written. */
export function ExcelUpload({ submissionId }: { submissionId: number }) {
  const t = useTranslations("submissions");
  const [state, action] = useActionState(uploadSubmissionWorkbookAction, IDLE);
  const rows =
    state.status === "error" ? ((state.details as { rows?: RowError[] } | undefined)?.rows ?? []) : [];
  return (
    <form action={action} className="mt-4 space-y-3">
      <input type="hidden" name="submissionId" value={submissionId} />
      <div>
        <label htmlFor="workbook" className="mb-1 block text-sm font-medium text-slate-700">
          {t("uploadFile")}
        </label>
        <input
          id="workbook"
          name="file"
          type="file"
          required
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          className={INPUT_CLASSES}
        />
      </div>
      <SubmitButton variant="secondary">{t("upload")}</SubmitButton>
      <FormMessage state={state} />
      {rows.length > 0 && (
        <ul className="space-y-1 text-sm" aria-label={t("uploadErrors")}>
          {rows.map((row) => (
            <li key={`${row.row}-${row.key}`}>
              <span className="font-medium">{t("rowErrors", { row: row.row, indicator: row.key })}</span>
              <FieldErrorList id={`row-${row.row}-${row.key}`} errors={row.errors} />
            </li>
          ))}
        </ul>
      )}
    </form>
  );
}
