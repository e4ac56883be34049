"use client";

import { useTranslations } from "next-intl";
import { ActionForm, useActionForm } from "@/components/forms/action-form";
import { FieldErrorList, TextField } from "@/components/forms/field";
import { useFileSizeCheck } from "@/components/forms/file-size-check";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { uploadSubmissionWorkbookAction } from "@/lib/actions/submissions";
import type { RowError } from "@/lib/excel/submission-workbook";
import { MAX_REPORT_WORKBOOK_BYTES } from "@/lib/imports/upload-limits";

/**
 * Upload of the filled template; row-level errors are listed by row number and the indicator's name (`names`, by
 * code, in the page's language; the file's own name cell for a code the report does not know), and nothing is
 * written.
 */
export function ExcelUpload({
  submissionId,
  names,
}: {
  submissionId: number;
  names: Readonly<Record<string, string>>;
}) {
  const t = useTranslations("submissions");
  const form = useActionForm(uploadSubmissionWorkbookAction);
  const { state } = form;
  const sizeCheck = useFileSizeCheck(
    "file",
    MAX_REPORT_WORKBOOK_BYTES,
    MAX_REPORT_WORKBOOK_BYTES / 1_000_000,
  );
  const rows =
    state.status === "error" ? ((state.details as { rows?: RowError[] } | undefined)?.rows ?? []) : [];
  return (
    <ActionForm
      form={form}
      hiddenFields={{ submissionId }}
      message="none"
      className="mt-4 space-y-3"
      {...sizeCheck}
    >
      <TextField
        name="file"
        id="workbook"
        label={t("uploadFile")}
        type="file"
        required
        accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
      />
      <SubmitButton variant="secondary">{t("upload")}</SubmitButton>
      <FormMessage state={state} />
      {rows.length > 0 && (
        <ul className="space-y-1 text-sm" aria-label={t("uploadErrors")}>
          {rows.map((row) => (
            <li key={`${row.row}-${row.key}`}>
              <span className="font-medium">
                {t("rowErrors", { row: row.row, indicator: names[row.key] ?? (row.name || row.key) })}
              </span>
              <FieldErrorList id={`row-${row.row}-${row.key}`} errors={row.errors} />
            </li>
          ))}
        </ul>
      )}
    </ActionForm>
  );
}
