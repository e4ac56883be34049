"use client";

import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { FieldErrorList } from "@/components/forms/field";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { IDLE, type ActionState } from "@/lib/actions/action-state";
import { importFacilityRecordsAction } from "@/lib/actions/facilities";
import { importTeacherRosterAction } from "@/lib/actions/teachers";
import type { ImportActionData, ImportRowError } from "@/lib/excel/import-result";
import { ImportProgress } from "./import-progress";

const ACTIONS = { roster: importTeacherRosterAction, facilities: importFacilityRecordsAction } as const;

function rowErrorsOf(state: ActionState<ImportActionData>): ImportRowError[] {
  if (state.status !== "error" || !state.details || typeof state.details !== "object") return [];
  return "rowErrors" in state.details ? (state.details as { rowErrors: ImportRowError[] }).rowErrors : [];
}

/** Upload of a roster or facility file; the row errors of a rejected file are listed by row and column. */
export function ImportForm({
  kind,
  target,
}: {
  kind: keyof typeof ACTIONS;
  target: { kind: "school" | "county"; id: number };
}) {
  const t = useTranslations("imports");
  const tValidation = useTranslations("validation");
  const [state, action] = useActionState(ACTIONS[kind], IDLE as ActionState<ImportActionData>);
  const [fileSize, setFileSize] = useState(0);
  const rowErrors = rowErrorsOf(state);
  const fileErrors = state.status === "error" ? state.fieldErrors?.file : undefined;
  return (
    <div className="space-y-4">
      <form action={action} className="space-y-3" noValidate>
        <input type="hidden" name="targetKind" value={target.kind} />
        <input type="hidden" name="targetId" value={target.id} />
        <div>
          <label htmlFor={`${kind}-file`} className="mb-1 block text-sm font-medium text-slate-700">
            {t("file")}
          </label>
          <input
            id={`${kind}-file`}
            name="file"
            type="file"
            accept=".xlsx,.csv"
            onChange={(event) => setFileSize(event.target.files?.[0]?.size ?? 0)}
            aria-describedby={`${kind}-file-hint${fileErrors?.length ? ` ${kind}-file-error` : ""}`}
            className="block text-sm"
          />
          <p id={`${kind}-file-hint`} className="mt-1 text-xs text-slate-500">
            {t("fileHint")}
          </p>
          <FieldErrorList id={`${kind}-file-error`} errors={fileErrors} />
        </div>
        <SubmitButton>{t("submit")}</SubmitButton>
        <ImportProgress fileSize={fileSize} />
      </form>
      <FormMessage state={state} />
      {rowErrors.length > 0 && (
        <div className="overflow-x-auto rounded-lg border border-red-200">
          <table className="min-w-full text-sm">
            <caption className="bg-red-50 px-3 py-2 text-left font-medium text-red-900">
              {t("errorsCaption", { count: rowErrors.length })}
            </caption>
            <thead>
              <tr className="text-left text-slate-600">
                <th scope="col" className="px-3 py-1.5 font-medium">
                  {t("row")}
                </th>
                <th scope="col" className="px-3 py-1.5 font-medium">
                  {t("column")}
                </th>
                <th scope="col" className="px-3 py-1.5 font-medium">
                  {t("problem")}
                </th>
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
