"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { ActionForm, useActionForm } from "@/components/forms/action-form";
import { TextField } from "@/components/forms/field";
import { useFileSizeCheck } from "@/components/forms/file-size-check";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import type { ActionState } from "@/lib/actions/action-state";
import { importTownAssignmentsAction } from "@/lib/actions/divisions";
import { importFacilityRecordsAction } from "@/lib/actions/facilities";
import { importSchoolsAction } from "@/lib/actions/schools";
import { importTeacherRosterAction } from "@/lib/actions/teachers";
import type { ImportActionData, ImportRowError } from "@/lib/imports/result";
import { MAX_IMPORT_FILE_BYTES, MAX_IMPORT_FILE_MIB } from "@/lib/imports/upload-limits";
import { ImportProgress } from "./import-progress";

const ACTIONS = {
  roster: importTeacherRosterAction,
  facilities: importFacilityRecordsAction,
  schools: importSchoolsAction,
  towns: importTownAssignmentsAction,
} as const;
const ERROR_COLUMNS = ["row", "column", "problem"] as const;

function rowErrorsOf(state: ActionState<ImportActionData>): ImportRowError[] {
  if (state.status !== "error" || !state.details || typeof state.details !== "object") return [];
  return "rowErrors" in state.details ? (state.details as { rowErrors: ImportRowError[] }).rowErrors : [];
}

/**
 * Upload of a roster, facility or school-register file; the row errors of a rejected file are listed by row and
 * column. The school register imports into the user's own scope and has no target.
 */
export function ImportForm({
  kind,
  target,
}: {
  kind: keyof typeof ACTIONS;
  target?: { kind: "school" | "county"; id: number };
}) {
  const t = useTranslations("imports");
  const tValidation = useTranslations("validation");
  const form = useActionForm(ACTIONS[kind]);
  const [fileSize, setFileSize] = useState(0);
  const sizeCheck = useFileSizeCheck("file", MAX_IMPORT_FILE_BYTES, MAX_IMPORT_FILE_MIB);
  const rowErrors = rowErrorsOf(form.state);
  return (
    <div className="space-y-4">
      <ActionForm
        form={form}
        hiddenFields={target && { targetKind: target.kind, targetId: target.id }}
        message="none"
        className="space-y-3"
        {...sizeCheck}
      >
        <TextField
          name="file"
          id={`${kind}-file`}
          label={t("file")}
          hint={t("fileHint", { megabytes: MAX_IMPORT_FILE_MIB })}
          type="file"
          accept=".xlsx,.csv"
          onChange={(event) => setFileSize(event.target.files?.[0]?.size ?? 0)}
          className="block text-sm"
        />
        <SubmitButton>{t("submit")}</SubmitButton>
        <ImportProgress fileSize={fileSize} />
      </ActionForm>
      <FormMessage state={form.state} />
      {rowErrors.length > 0 && (
        <div className="relative overflow-x-auto rounded-lg border border-red-200">
          <table className="min-w-full text-sm">
            <caption className="bg-red-50 px-3 py-2 text-left font-medium text-red-900">
              {t("errorsCaption", { count: rowErrors.length })}
            </caption>
            <thead>
              <tr className="text-left text-slate-600">
                {ERROR_COLUMNS.map((column) => (
                  <th key={column} scope="col" className="px-3 py-1.5 font-medium">
                    {t(column)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody className="divide-y divide-red-100">
              {rowErrors.map((error, index) => (
                <tr key={index}>
                  <td className="px-3 py-1.5 tabular-nums">{error.row}</td>
                  <td className="px-3 py-1.5">{error.column ?? "—"}</td>
                  <td className="px-3 py-1.5">{tValidation(error.key, error.params)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
