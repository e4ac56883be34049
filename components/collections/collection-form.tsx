"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { ActionForm, useFieldErrors } from "@/components/forms/action-form";
import { FieldErrorList, SelectField, TextField } from "@/components/forms/field";
import { SubmitButton } from "@/components/forms/submit-button";
import { saveCollectionAction } from "@/lib/actions/collections";
import { DEADLINE_KINDS, NEW_CUSTOM_ROWS, PERIOD_TYPES, REPORTER_LEVELS } from "@/lib/schemas/collections";
import { VALUE_TYPES } from "@/lib/schemas/submissions";

export interface CatalogueOption {
  key: string;
  name: string;
  unit: string;
  /** A count or an amount: may roll up from the schools (decision 0046) */
  canRollUp: boolean;
}

export interface CollectionFormValues {
  collectionId?: number;
  version: number;
  nameZh: string;
  nameEn: string;
  periodType: (typeof PERIOD_TYPES)[number];
  startsOn: string;
  endsOn: string;
  deadlineKind: (typeof DEADLINE_KINDS)[number];
  deadlineDays: number;
  indicatorKeys: string[];
  noteRequiredKeys: string[];
  reporterLevel: (typeof REPORTER_LEVELS)[number];
  schoolLevels: string[];
  rollUpKeys: string[];
  opensOnSchedule: boolean;
  custom: {
    key: string;
    nameZh: string;
    nameEn: string;
    unit: string;
    valueType: (typeof VALUE_TYPES)[number];
    min: string;
    max: string;
    noteRequired: boolean;
    rollsUp: boolean;
  }[];
}

export const NEW_COLLECTION: CollectionFormValues = {
  version: 0,
  nameZh: "",
  nameEn: "",
  periodType: "MONTH",
  startsOn: "",
  endsOn: "",
  deadlineKind: "WORKING_DAYS_AFTER_END",
  deadlineDays: 5,
  indicatorKeys: [],
  noteRequiredKeys: [],
  reporterLevel: "COUNTY",
  schoolLevels: [],
  rollUpKeys: [],
  opensOnSchedule: false,
  custom: [],
};

/**
 * Create or edit a collection (调度表): name, period type (a one-off one with its dates), deadline rule, the
 * catalogue's reported indicators to include and the city's own items, edited inline. The server checks with the
 * same schema (lib/schemas/collections.ts); a refused form keeps what was typed.
 */
export function CollectionForm({
  values,
  catalogue,
  schoolLevels,
  isReportersFixed = false,
}: {
  values: CollectionFormValues;
  catalogue: readonly CatalogueOption[];
  /** The register's school levels, named in the page's language */
  schoolLevels: readonly { value: string; label: string }[];
  /** Periods were opened: who reports stays as it is (the server refuses a change too) */
  isReportersFixed?: boolean;
}) {
  const t = useTranslations("collections");
  const [periodType, setPeriodType] = useState(values.periodType);
  const [reporterLevel, setReporterLevel] = useState(values.reporterLevel);
  const bySchools = reporterLevel === "SCHOOL";
  const rows = [
    ...values.custom,
    ...Array.from({ length: NEW_CUSTOM_ROWS }, () => ({
      key: "",
      nameZh: "",
      nameEn: "",
      unit: "",
      valueType: "COUNT" as const,
      min: "",
      max: "",
      noteRequired: false,
      rollsUp: false,
    })),
  ];
  return (
    <ActionForm
      action={saveCollectionAction}
      hiddenFields={{
        version: values.version,
        ...(values.collectionId ? { collectionId: values.collectionId } : {}),
      }}
      className="space-y-6"
    >
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField name="nameZh" label={t("nameZh")} required defaultValue={values.nameZh} maxLength={80} />
        <TextField name="nameEn" label={t("nameEn")} defaultValue={values.nameEn} maxLength={120} />
        <SelectField
          name="periodType"
          label={t("periodType")}
          required
          defaultValue={values.periodType}
          onChange={(event) => setPeriodType(event.target.value as CollectionFormValues["periodType"])}
          options={PERIOD_TYPES.map((type) => ({ value: type, label: t(`types.${type}`) }))}
        />
        {periodType === "ONE_OFF" && (
          <div className="grid grid-cols-2 gap-3">
            <TextField
              name="startsOn"
              label={t("startsOn")}
              type="date"
              required
              defaultValue={values.startsOn}
            />
            <TextField name="endsOn" label={t("endsOn")} type="date" required defaultValue={values.endsOn} />
          </div>
        )}
        <SelectField
          name="deadlineKind"
          label={t("deadlineKind")}
          required
          defaultValue={values.deadlineKind}
          hint={t("deadlineHint")}
          options={DEADLINE_KINDS.map((kind) => ({ value: kind, label: t(`kinds.${kind}`) }))}
        />
        <TextField
          name="deadlineDays"
          label={t("deadlineDays")}
          type="number"
          required
          defaultValue={values.deadlineDays}
        />
      </div>

      <div>
        <label className="flex items-center gap-2 text-sm">
          <input
            type="checkbox"
            name="opensOnSchedule"
            defaultChecked={values.opensOnSchedule}
            aria-describedby="opensOnSchedule-hint"
          />
          {t("opensOnSchedule")}
        </label>
        <p id="opensOnSchedule-hint" className="mt-1 text-xs text-slate-500">
          {t("opensOnScheduleHint")}
        </p>
      </div>

      <fieldset>
        <legend className="text-sm font-semibold text-slate-800">{t("reporters")}</legend>
        {isReportersFixed && <p className="mb-2 text-xs text-slate-500">{t("reportersFixedNote")}</p>}
        <div className="flex flex-wrap gap-4">
          {REPORTER_LEVELS.map((level) => (
            <label key={level} className="flex items-center gap-2 text-sm">
              <input
                type="radio"
                name="reporterLevel"
                value={level}
                defaultChecked={values.reporterLevel === level}
                disabled={isReportersFixed}
                onChange={() => setReporterLevel(level)}
              />
              {t(`reporterLevels.${level}`)}
            </label>
          ))}
          {isReportersFixed && <input type="hidden" name="reporterLevel" value={values.reporterLevel} />}
        </div>
        {bySchools && (
          <fieldset className="mt-3" aria-describedby="schoolLevels-hint schoolLevels-error">
            <legend className="text-sm font-medium text-slate-700">{t("schoolLevels")}</legend>
            <p id="schoolLevels-hint" className="mb-1 text-xs text-slate-500">
              {t("schoolLevelsHint")}
            </p>
            <SchoolLevelErrors />
            <ul className="flex flex-wrap gap-x-4 gap-y-1">
              {schoolLevels.map((level) => (
                <li key={level.value}>
                  <label className="flex items-center gap-2 text-sm">
                    <input
                      type="checkbox"
                      name="schoolLevels"
                      value={level.value}
                      defaultChecked={values.schoolLevels.includes(level.value)}
                      disabled={isReportersFixed}
                    />
                    {level.label}
                  </label>
                  {isReportersFixed && values.schoolLevels.includes(level.value) && (
                    <input type="hidden" name="schoolLevels" value={level.value} />
                  )}
                </li>
              ))}
            </ul>
            <p className="mt-2 text-xs text-slate-500">{t("rollsUpHint")}</p>
          </fieldset>
        )}
      </fieldset>

      <fieldset>
        <legend className="text-sm font-semibold text-slate-800">{t("catalogueItems")}</legend>
        <p className="mb-2 text-xs text-slate-500">{t("catalogueHint")}</p>
        <ItemErrors />
        <ul className="grid gap-1 sm:grid-cols-2">
          {catalogue.map((indicator) => (
            <li key={indicator.key} className="flex items-center gap-3 text-sm">
              <label className="flex items-center gap-2">
                <input
                  type="checkbox"
                  name="indicatorKeys"
                  value={indicator.key}
                  defaultChecked={values.indicatorKeys.includes(indicator.key)}
                />
                {indicator.name}（{indicator.unit}）
              </label>
              <label className="flex items-center gap-1 text-xs text-slate-600">
                <input
                  type="checkbox"
                  name="noteRequiredKeys"
                  value={indicator.key}
                  defaultChecked={values.noteRequiredKeys.includes(indicator.key)}
                />
                {t("noteRequired")}
              </label>
              {bySchools && indicator.canRollUp && (
                <label className="flex items-center gap-1 text-xs text-slate-600">
                  <input
                    type="checkbox"
                    name="rollUpKeys"
                    value={indicator.key}
                    defaultChecked={values.rollUpKeys.includes(indicator.key)}
                  />
                  {t("rollsUp")}
                </label>
              )}
            </li>
          ))}
        </ul>
      </fieldset>

      <fieldset>
        <legend className="text-sm font-semibold text-slate-800">{t("customItems")}</legend>
        <p className="mb-2 text-xs text-slate-500">{t("customHint")}</p>
        <div className="space-y-3">
          {rows.map((row, index) => (
            <div
              key={row.key || `new-${index}`}
              className="grid items-end gap-2 rounded border border-slate-200 p-2 sm:grid-cols-8"
            >
              {row.key && <input type="hidden" name={`custom.${index}.key`} value={row.key} />}
              <TextField name={`custom.${index}.nameZh`} label={t("nameZh")} defaultValue={row.nameZh} />
              <TextField name={`custom.${index}.nameEn`} label={t("nameEn")} defaultValue={row.nameEn} />
              <TextField name={`custom.${index}.unit`} label={t("unit")} defaultValue={row.unit} />
              <SelectField
                name={`custom.${index}.valueType`}
                label={t("valueType")}
                defaultValue={row.valueType}
                options={VALUE_TYPES.map((type) => ({ value: type, label: t(`valueTypes.${type}`) }))}
              />
              <TextField
                name={`custom.${index}.min`}
                label={t("min")}
                inputMode="decimal"
                defaultValue={row.min}
              />
              <TextField
                name={`custom.${index}.max`}
                label={t("max")}
                inputMode="decimal"
                defaultValue={row.max}
              />
              <label className="flex items-center gap-2 pb-2 text-sm">
                <input
                  type="checkbox"
                  name={`custom.${index}.noteRequired`}
                  defaultChecked={row.noteRequired}
                />
                {t("noteRequired")}
              </label>
              {bySchools && <RollsUpField index={index} isChecked={row.rollsUp} label={t("rollsUp")} />}
            </div>
          ))}
        </div>
      </fieldset>
      <SubmitButton>{t("save")}</SubmitButton>
    </ActionForm>
  );
}

/** A custom item's "sum of schools" box, with the refusal of a type that does not add up. */
function RollsUpField({ index, isChecked, label }: { index: number; isChecked: boolean; label: string }) {
  const name = `custom.${index}.rollsUp`;
  const errors = useFieldErrors(name);
  return (
    <div className="pb-2 text-sm">
      <label className="flex items-center gap-2">
        <input
          type="checkbox"
          name={name}
          defaultChecked={isChecked}
          aria-describedby={errors ? `${name}-error` : undefined}
        />
        {label}
      </label>
      <FieldErrorList id={`${name}-error`} errors={errors} />
    </div>
  );
}

function SchoolLevelErrors() {
  const errors = useFieldErrors("schoolLevels");
  return <FieldErrorList id="schoolLevels-error" errors={errors} />;
}

/** "At least one item" is said above the catalogue list. */
function ItemErrors() {
  const errors = useFieldErrors("indicatorKeys");
  return <FieldErrorList id="indicatorKeys-error" errors={errors} />;
}
