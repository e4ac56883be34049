"use client";

import { localized } from "@/lib/utils/localized";
import { useFormatter, useLocale, useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { ActionForm, useActionForm } from "@/components/forms/action-form";
import { controlWiring, FieldErrorList, INPUT_CLASSES } from "@/components/forms/field";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { fieldErrorsOf, type FieldErrors } from "@/lib/actions/action-state";
import { saveSchoolReturnAction } from "@/lib/actions/school-returns";
import { saveSubmissionAction } from "@/lib/actions/submissions";
import type { CountyFigure } from "@/lib/indicators/school-roll-up";
import { schoolReturnFormSchema } from "@/lib/schemas/school-returns";
import {
  NOTE_MAX,
  outlierOf,
  submissionFormSchema,
  type FormRules,
  type SubmissionEntry,
} from "@/lib/schemas/submissions";
import type { ValueType } from "@/lib/generated/prisma/enums";
import type { PeriodName } from "@/lib/utils/reporting-periods";

export interface FormField {
  key: string;
  theme: string;
  nameZh: string;
  nameEn: string;
  unit: string;
  unitEn: string;
  valueType: ValueType;
  isCumulative: boolean;
  definitionZh: string;
  definitionEn: string;
  policySource: string;
  baseline: number | null;
  history: { min: number; max: number } | null;
  lastValue: number | null;
  yearToDate: number | null;
  value: number | null;
  note: string | null;
  returnComment: string | null;
  /** The county's figure from its schools' approved returns, for an item that rolls up (decision 0046) */
  computed?: CountyFigure | null;
  changes: {
    id: number;
    oldValue: number | null;
    newValue: number | null;
    oldNote: string | null;
    newNote: string | null;
    changedAt: Date;
    changedBy: string;
  }[];
}

interface StaleDetails {
  current: { version: number; values: Record<string, SubmissionEntry> };
}

/**
 * What the form saves: a county's report, or a school's return (decision 0046), which the same schema checks under
 * its own id and action.
 */
const TARGETS = {
  report: {
    action: saveSubmissionAction,
    idField: "submissionId",
    schema: submissionFormSchema,
    href: (id: number) => `/submissions/${id}`,
  },
  schoolReturn: {
    action: saveSchoolReturnAction,
    idField: "returnId",
    schema: schoolReturnFormSchema,
    href: (id: number) => `/school-returns/${id}`,
  },
} as const;

/**
 * The columns of each theme's table: a key, its width, and whether it holds numbers. The period columns are named by
 * the period's type (上季度 / 本季度, 上月 / 本月…); year to date is the quarterly report's alone, and a one-off
 * collection has no period before.
 */
const COLUMNS = [
  { key: "indicator", width: undefined, isNumber: false },
  { key: "unit", width: "w-20", isNumber: false },
  { key: "previous", width: "w-28", isNumber: true },
  { key: "yearToDate", width: "w-32", isNumber: true },
  { key: "value", width: "w-36", isNumber: false },
  { key: "note", width: "w-72", isNumber: false },
] as const;

type ColumnKey = (typeof COLUMNS)[number]["key"];

function columnsOf(periodType: PeriodName["periodType"]) {
  return COLUMNS.filter(
    (column) =>
      (column.key !== "yearToDate" || periodType === "QUARTER") &&
      (column.key !== "previous" || periodType !== "ONE_OFF"),
  );
}

/**
 * A report's or school return's form, grouped by theme. Editable: values and notes, checked in the browser with the same schema
 * as the server before anything is sent. Read-only (approved, awaiting review, or a reviewer's view): values as
 * text, and for a reviewer a comment box per value that belongs to the return form (`reviewFormId`).
 */
export function SubmissionForm({
  submissionId,
  version,
  fields,
  rules,
  isEditable,
  reviewFormId,
  target: targetKind = "report",
  periodType,
}: {
  /** The report's id, or the school return's with `target="schoolReturn"` */
  submissionId: number;
  version: number;
  fields: FormField[];
  rules: FormRules;
  isEditable: boolean;
  reviewFormId?: string;
  target?: keyof typeof TARGETS;
  periodType: PeriodName["periodType"];
}) {
  const t = useTranslations("submissions");
  const tReturns = useTranslations("schoolReturns");
  const locale = useLocale();
  const format = useFormatter();
  const target = TARGETS[targetKind];
  const isSchoolReturn = targetKind === "schoolReturn";
  const form = useActionForm(target.action);
  const { state } = form;
  const [clientErrors, setClientErrors] = useState<FieldErrors | null>(null);
  const [typed, setTyped] = useState<Record<string, string>>({});
  const errors = clientErrors ?? form.errors;
  const stale =
    state.status === "error" && state.code === "STALE_VERSION" ? (state.details as StaleDetails) : null;

  const message = (
    <FormMessage state={clientErrors ? { status: "error", messageKey: "codes.VALIDATION" } : state} />
  );
  const themes = [...new Set(fields.map((field) => field.theme))];
  const number = (value: number | null) => (value === null ? "—" : format.number(value));
  const columns = columnsOf(periodType);
  const shows = (key: ColumnKey) => columns.some((column) => column.key === key);
  const heading = (key: ColumnKey) =>
    key === "previous"
      ? t(`columns.previous.${periodType}`)
      : key === "value"
        ? t(`columns.current.${periodType}`)
        : t(key);

  function checkBeforeSending(event: FormEvent<HTMLFormElement>) {
    const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
    const data = Object.fromEntries(new FormData(event.currentTarget).entries());
    if (submitter?.name) data[submitter.name] = submitter.value;
    const parsed = target.schema(fields, rules).safeParse(data);
    if (parsed.success) {
      setClientErrors(null);
      return;
    }
    event.preventDefault();
    setClientErrors(fieldErrorsOf(parsed.error));
  }

  return (
    <ActionForm
      form={form}
      hiddenFields={{ [target.idField]: submissionId, version }}
      message="none"
      errors={clientErrors}
      onSubmit={isEditable ? checkBeforeSending : undefined}
    >
      {stale && (
        <div
          role="alert"
          className="mb-4 rounded-md border border-amber-300 bg-amber-50 p-4 text-sm text-amber-900"
        >
          <p className="font-semibold">{t("staleTitle")}</p>
          <p className="mt-1">{t("staleBody", { version: stale.current.version })}</p>
          <ul className="mt-2 grid gap-x-6 sm:grid-cols-2">
            {fields.map((field) => (
              <li key={field.key}>
                {localized(field, "name", locale)}：{number(stale.current.values[field.key]?.value ?? null)}
              </li>
            ))}
          </ul>
          <a href={target.href(submissionId)} className="mt-3 inline-block font-medium underline">
            {t("reload")}
          </a>
        </div>
      )}
      {themes.map((theme) => (
        <fieldset key={theme} className="mb-6">
          <legend className="mb-2 text-base font-semibold text-slate-800">{t(`themes.${theme}`)}</legend>
          <div className="relative overflow-x-auto rounded-lg border border-slate-200 bg-white">
            <table className="w-full min-w-[60rem] table-fixed text-sm">
              <colgroup>
                {columns.map((column) => (
                  <col key={column.key} className={column.width} />
                ))}
              </colgroup>
              <thead className="bg-slate-50 text-left text-xs text-slate-600">
                <tr>
                  {columns.map((column) => (
                    <th
                      key={column.key}
                      scope="col"
                      className={column.isNumber ? "px-3 py-2 text-right" : "px-3 py-2"}
                    >
                      {heading(column.key)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100 align-top">
                {fields
                  .filter((field) => field.theme === theme)
                  .map((field) => {
                    const name = localized(field, "name", locale);
                    const valueName = `values.${field.key}`;
                    const noteName = `notes.${field.key}`;
                    const current = typed[field.key] ?? (field.value === null ? "" : String(field.value));
                    const currentNumber = current === "" ? NaN : Number(current);
                    const outlier = Number.isFinite(currentNumber)
                      ? outlierOf(field, currentNumber, rules)
                      : null;
                    return (
                      <tr key={field.key}>
                        <td className="px-3 py-2">
                          <label htmlFor={valueName} className="font-medium text-slate-800">
                            {name}
                          </label>
                          <details className="mt-1 text-xs text-slate-600">
                            <summary className="cursor-pointer text-brand-700">{t("help")}</summary>
                            <p className="mt-1">{localized(field, "definition", locale)}</p>
                            <p className="mt-1">
                              {t("source")}：{field.policySource}
                            </p>
                          </details>
                          <details className="mt-1 text-xs text-slate-600">
                            <summary className="cursor-pointer text-brand-700">
                              {t("history")} ({field.changes.length})
                            </summary>
                            {field.changes.length === 0 ? (
                              <p className="mt-1">{t("noHistory")}</p>
                            ) : (
                              <ul className="mt-1 space-y-1">
                                {field.changes.map((change) => (
                                  <li key={change.id}>
                                    {t("historyEntry", {
                                      who: change.changedBy,
                                      when: format.dateTime(change.changedAt, {
                                        dateStyle: "short",
                                        timeStyle: "short",
                                      }),
                                      old: number(change.oldValue),
                                      new: number(change.newValue),
                                    })}
                                    {change.newNote &&
                                      change.newNote !== change.oldNote &&
                                      ` · ${change.newNote}`}
                                  </li>
                                ))}
                              </ul>
                            )}
                          </details>
                          {field.returnComment && (
                            <p className="mt-1 rounded bg-red-50 px-2 py-1 text-xs text-red-800">
                              {t("reviewerComment")}：{field.returnComment}
                            </p>
                          )}
                        </td>
                        <td className="px-3 py-2 text-slate-600">{localized(field, "unit", locale)}</td>
                        {shows("previous") && (
                          <td className="px-3 py-2 text-right tabular-nums text-slate-600">
                            {number(field.lastValue)}
                          </td>
                        )}
                        {shows("yearToDate") && (
                          <td className="px-3 py-2 text-right tabular-nums text-slate-600">
                            {field.isCumulative ? number(field.yearToDate) : ""}
                          </td>
                        )}
                        <td className="px-3 py-2">
                          {field.computed ? (
                            <ComputedValue
                              id={valueName}
                              figure={field.computed}
                              isEditable={isEditable}
                              stored={field.value}
                              errors={errors[valueName]}
                            />
                          ) : isEditable ? (
                            <>
                              <input
                                id={valueName}
                                name={valueName}
                                inputMode="decimal"
                                defaultValue={field.value ?? ""}
                                onChange={(event) =>
                                  setTyped((all) => ({ ...all, [field.key]: event.target.value }))
                                }
                                {...controlWiring(valueName, errors[valueName])}
                              />
                              <FieldErrorList id={`${valueName}-error`} errors={errors[valueName]} />
                            </>
                          ) : (
                            <span id={valueName} className="tabular-nums">
                              {number(field.value)}
                            </span>
                          )}
                        </td>
                        <td className="px-3 py-2">
                          {isEditable ? (
                            <>
                              <textarea
                                id={noteName}
                                name={noteName}
                                aria-label={`${name} · ${t("note")}`}
                                rows={1}
                                maxLength={NOTE_MAX}
                                defaultValue={field.note ?? ""}
                                placeholder={t("notePlaceholder")}
                                {...controlWiring(noteName, errors[noteName])}
                              />
                              {outlier && !errors[noteName] && (
                                <p className="mt-1 text-xs text-amber-700">{t("outlierWarning")}</p>
                              )}
                              <FieldErrorList id={`${noteName}-error`} errors={errors[noteName]} />
                            </>
                          ) : (
                            <span className="text-slate-600">{field.note}</span>
                          )}
                          {reviewFormId && (
                            <input
                              form={reviewFormId}
                              name={`comments.${field.key}`}
                              aria-label={`${name} · ${t("returnComment")}`}
                              placeholder={t("returnComment")}
                              maxLength={NOTE_MAX}
                              className={`${INPUT_CLASSES} mt-1`}
                            />
                          )}
                        </td>
                      </tr>
                    );
                  })}
              </tbody>
            </table>
          </div>
        </fieldset>
      ))}
      {isEditable ? (
        <div className="sticky bottom-0 flex flex-wrap items-center gap-3 border-t border-slate-200 bg-slate-50/95 py-3">
          <SubmitButton variant="secondary" name="intent" value="draft">
            {t("saveDraft")}
          </SubmitButton>
          <ConfirmButton
            question={isSchoolReturn ? tReturns("submitConfirm") : t("submitConfirm")}
            variant="primary"
            confirmVariant="primary"
            name="intent"
            value="submit"
          >
            {isSchoolReturn ? tReturns("submit") : t("submit")}
          </ConfirmButton>
          <div className="min-w-64 flex-1">{message}</div>
        </div>
      ) : (
        // The result of a submit stays visible after the form turns read-only.
        message
      )}
    </ActionForm>
  );
}

/**
 * An item the county does not type: while the report is editable, the sum of its schools' approved returns now
 * (sent along so the form's check sees it; the server computes it again), afterwards the value as saved; with
 * how many schools it comes from.
 */
function ComputedValue({
  id,
  figure,
  isEditable,
  stored,
  errors,
}: {
  id: string;
  figure: CountyFigure;
  isEditable: boolean;
  stored: number | null;
  errors?: FieldErrors[string];
}) {
  const t = useTranslations("schoolReturns");
  const format = useFormatter();
  const value = isEditable ? figure.value : stored;
  return (
    <div>
      <span id={id} className="font-medium tabular-nums" aria-describedby={`${id}-computed`}>
        {value === null ? "—" : format.number(value)}
      </span>
      {isEditable && <input type="hidden" name={id} value={figure.value ?? ""} />}
      <p id={`${id}-computed`} className="mt-1 text-xs text-slate-600">
        {figure.approved === 0
          ? t("computedNone", { expected: figure.expected })
          : t("computed", { approved: figure.approved, expected: figure.expected })}
      </p>
      {isEditable && <p className="text-xs text-slate-500">{t("computedHint")}</p>}
      <FieldErrorList id={`${id}-error`} errors={errors} />
    </div>
  );
}
