"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useMemo, useState } from "react";
import { ActionForm, useActionForm } from "@/components/forms/action-form";
import { controlWiring, FieldErrorList } from "@/components/forms/field";
import { type DescribeField, FormMessage } from "@/components/forms/form-message";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { fieldErrorsOf, type FieldErrors } from "@/lib/actions/action-state";
import { saveFacilityRecordAction } from "@/lib/actions/facilities";
import type { SchoolLevel } from "@/lib/generated/prisma/enums";
import {
  checkFacilities,
  type ClassTwoThreshold,
  type FacilityCheck,
} from "@/lib/indicators/formulas/facility-checks";
import { sportsAreaOf, type StageThresholds } from "@/lib/indicators/formulas/quality-balanced";
import { FACILITY_CHANGE_FACTOR, largeFacilityChanges } from "@/lib/indicators/formulas/facility-changes";
import { readNumberText } from "@/lib/utils/number-text";
import {
  FACILITY_FIELDS,
  FACILITY_FLAG_FIELDS,
  FACILITY_NUMBER_FIELDS,
  type FacilityField,
  saveFacilityRecordSchema,
} from "@/lib/schemas/facilities";
import { FacilityCheckPanel, type ItemLabels } from "./facility-check-panel";

export interface FacilityFormProps {
  school: { id: number; level: SchoolLevel; isTownSeat: boolean };
  schoolYear: number;
  /** The version of the year's record the form opened (0: none yet; decision 0023) */
  version: number;
  /** Counts of the school's active full-time teachers that the teacher items of the check need */
  staff: {
    teachersAssociateOrAbove: number;
    teachersBachelorOrAbove: number;
    backboneTeachers: number;
    peArtTeachers: number;
  };
  thresholds: { qualityBalanced: StageThresholds; classTwo: ClassTwoThreshold[] };
  initial: Record<FacilityField, number | boolean> | null;
  /** The school's latest record of an earlier year: a value far from it must be confirmed */
  previous: { schoolYear: number; values: Record<FacilityField, number | boolean> } | null;
  /** The school year the values were taken from when this year has no record yet */
  prefilledFrom: number | null;
  itemLabels: ItemLabels;
  canEdit: boolean;
}

const GROUPS: { key: string; fields: FacilityField[] }[] = [
  {
    key: "enrolment",
    fields: [
      "enrolmentPreschool",
      "enrolmentPrimary",
      "enrolmentJunior",
      "enrolmentSenior",
      "enrolmentSpecial",
      "classes",
      "largestClassSize",
      "classesOverStandardSize",
    ],
  },
  {
    key: "space",
    fields: ["buildingArea", "teachingAuxArea", "siteArea", "sportsAreaIndoor", "sportsAreaOutdoor"],
  },
  { key: "equipment", fields: ["books", "equipmentValue", "multimediaClassrooms", "musicRooms", "artRooms"] },
  { key: "network", fields: ["bandwidthMbps", "minClassroomBandwidthMbps"] },
];

type FormValues = Record<FacilityField, string | boolean>;

function initialValues(initial: FacilityFormProps["initial"]): FormValues {
  return Object.fromEntries(
    Object.keys(FACILITY_FIELDS).map((field) => {
      const value = initial?.[field as FacilityField];
      if (FACILITY_FIELDS[field as FacilityField].unit === null) return [field, value === true];
      return [field, value === undefined ? "" : String(value)];
    }),
  ) as FormValues;
}

// The live check reads what is typed as the server will (1,700,000 included); anything else counts as 0 until fixed.
const numberOf = (value: string | boolean) => {
  const read = typeof value === "string" ? readNumberText(value) : null;
  return read?.kind === "number" && read.value >= 0 ? read.value : 0;
};

const numbersOf = (values: Record<FacilityField, number | boolean | string>) =>
  Object.fromEntries(
    FACILITY_NUMBER_FIELDS.map((field) => {
      const value = values[field];
      return [field, typeof value === "number" ? value : numberOf(value)];
    }),
  ) as Record<(typeof FACILITY_NUMBER_FIELDS)[number], number>;

/**
 * The facility record of one school year. Every keystroke re-validates with the schema the server uses and re-runs
 * the standards check (a pure function of the values, the teacher counts and the thresholds passed in).
 */
export function FacilityForm(props: FacilityFormProps) {
  const t = useTranslations("facilities");
  const format = useFormatter();
  const form = useActionForm(saveFacilityRecordAction);
  const [values, setValues] = useState<FormValues>(() => initialValues(props.initial));
  const [touched, setTouched] = useState<Set<FacilityField>>(new Set());

  const liveErrors: FieldErrors = useMemo(() => {
    const parsed = saveFacilityRecordSchema.safeParse({
      schoolId: props.school.id,
      schoolYear: props.schoolYear,
      version: props.version,
      ...values,
    });
    return parsed.success ? {} : fieldErrorsOf(parsed.error);
  }, [values, props.school.id, props.schoolYear, props.version]);
  const errorsOf = (field: FacilityField) => (touched.has(field) ? liveErrors[field] : form.errors[field]);

  const check: FacilityCheck = useMemo(() => {
    const number = (field: FacilityField) => numberOf(values[field]);
    return checkFacilities(
      {
        schoolId: props.school.id,
        level: props.school.level,
        isTownSeat: props.school.isTownSeat,
        ...props.staff,
        enrolmentPrimary: number("enrolmentPrimary"),
        enrolmentJunior: number("enrolmentJunior"),
        enrolmentSenior: number("enrolmentSenior"),
        classes: number("classes"),
        buildingArea: number("buildingArea"),
        siteArea: number("siteArea"),
        books: number("books"),
        teachingAuxArea: number("teachingAuxArea"),
        sportsArea: sportsAreaOf({
          sportsAreaIndoor: number("sportsAreaIndoor"),
          sportsAreaOutdoor: number("sportsAreaOutdoor"),
        }),
        equipmentValue: number("equipmentValue"),
        multimediaClassrooms: number("multimediaClassrooms"),
      },
      props.thresholds,
    );
  }, [values, props.school, props.staff, props.thresholds]);

  const largeChanges = useMemo(
    () =>
      largeFacilityChanges(
        props.previous && numbersOf(props.previous.values),
        numbersOf(values),
        FACILITY_NUMBER_FIELDS,
      ),
    [values, props.previous],
  );

  const describeField: DescribeField = (field, value) => {
    const unit = FACILITY_FIELDS[field as FacilityField]?.unit;
    const label = t.has(`fields.${field}`) ? t(`fields.${field}`) : field;
    return unit && typeof value === "number"
      ? { label, value: `${format.number(value)} ${t(`units.${unit}`)}` }
      : { label };
  };

  const update = (field: FacilityField, value: string | boolean) => {
    setValues((current) => ({ ...current, [field]: value }));
    setTouched((current) => new Set(current).add(field));
  };

  return (
    <div className="grid gap-6 xl:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
      <ActionForm
        form={form}
        hiddenFields={{ schoolId: props.school.id, schoolYear: props.schoolYear, version: props.version }}
        describeField={describeField}
        message="none"
        className="space-y-6"
        aria-describedby="facility-form-message"
      >
        <FormMessage state={form.state} id="facility-form-message" />
        {props.prefilledFrom !== null && (
          <p className="rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900">
            {t("prefilledFrom", { year: props.prefilledFrom, current: props.schoolYear })}
          </p>
        )}
        {GROUPS.map((group) => (
          <fieldset key={group.key} className="rounded-lg border border-slate-200 bg-white p-4">
            <legend className="px-1 text-sm font-semibold text-slate-800">{t(`groups.${group.key}`)}</legend>
            <div className="grid gap-4 sm:grid-cols-2">
              {group.fields.map((field) => {
                const errors = errorsOf(field);
                const unit = FACILITY_FIELDS[field].unit;
                return (
                  <div key={field}>
                    <label htmlFor={field} className="mb-1 block text-sm font-medium text-slate-700">
                      {t(`fields.${field}`)}
                    </label>
                    <div className="flex items-center gap-2">
                      <input
                        id={field}
                        name={field}
                        inputMode="decimal"
                        value={values[field] as string}
                        onChange={(event) => update(field, event.target.value)}
                        disabled={!props.canEdit}
                        {...controlWiring(field, errors)}
                      />
                      {unit && (
                        <span className="shrink-0 text-sm font-medium text-slate-700">
                          {t(`units.${unit}`)}
                        </span>
                      )}
                    </div>
                    <FieldErrorList id={`${field}-error`} errors={errors} />
                  </div>
                );
              })}
            </div>
          </fieldset>
        ))}
        <fieldset className="rounded-lg border border-slate-200 bg-white p-4">
          <legend className="px-1 text-sm font-semibold text-slate-800">{t("groups.rooms")}</legend>
          <div className="grid gap-2 sm:grid-cols-2">
            {FACILITY_FLAG_FIELDS.map((field) => (
              <label key={field} className="flex items-center gap-2 text-sm text-slate-700">
                <input
                  type="checkbox"
                  name={field}
                  checked={values[field] === true}
                  onChange={(event) => update(field, event.target.checked)}
                  disabled={!props.canEdit}
                />
                {t(`fields.${field}`)}
              </label>
            ))}
          </div>
        </fieldset>
        {props.canEdit && largeChanges.length > 0 && props.previous && (
          <LargeChanges
            changes={largeChanges}
            year={props.previous.schoolYear}
            errors={form.errors.confirmLargeChanges}
          />
        )}
        {props.canEdit && (
          <div className="flex items-center gap-3">
            <ConfirmButton
              variant="primary"
              confirmVariant="primary"
              question={t("confirmSave", { year: props.schoolYear })}
              disabled={Object.keys(liveErrors).length > 0}
            >
              {t("save")}
            </ConfirmButton>
            {Object.keys(liveErrors).length > 0 && (
              <p className="text-sm text-red-700">
                {t("fixErrors", { count: Object.keys(liveErrors).length })}
              </p>
            )}
          </div>
        )}
      </ActionForm>
      <FacilityCheckPanel check={check} labels={props.itemLabels} />
    </div>
  );
}

/** The values far from the previous record, old and new, and the box that confirms them (the server asks for it). */
function LargeChanges({
  changes,
  year,
  errors,
}: {
  changes: { field: FacilityField; before: number; after: number }[];
  year: number;
  errors: FieldErrors[string] | undefined;
}) {
  const t = useTranslations("facilities");
  const format = useFormatter();
  const amount = (field: FacilityField, value: number) => {
    const unit = FACILITY_FIELDS[field].unit;
    return unit ? `${format.number(value)} ${t(`units.${unit}`)}` : format.number(value);
  };
  return (
    <div
      role="group"
      aria-labelledby="large-changes-title"
      className="rounded-md border border-amber-300 bg-amber-50 p-3"
    >
      <p id="large-changes-title" className="text-sm font-medium text-amber-900">
        {t("largeChangesTitle", { year, factor: FACILITY_CHANGE_FACTOR })}
      </p>
      <ul className="mt-1 list-disc pl-5 text-sm text-amber-900">
        {changes.map(({ field, before, after }) => (
          <li key={field}>
            {t("largeChangeRow", {
              field: t(`fields.${field}`),
              before: amount(field, before),
              after: amount(field, after),
            })}
          </li>
        ))}
      </ul>
      <label className="mt-2 flex items-center gap-2 text-sm text-slate-800">
        <input type="checkbox" name="confirmLargeChanges" aria-describedby="confirmLargeChanges-error" />
        {t("confirmLargeChanges")}
      </label>
      <FieldErrorList id="confirmLargeChanges-error" errors={errors} />
    </div>
  );
}
