"use client";

import { useTranslations } from "next-intl";
import { useState, type ReactNode } from "react";
import { useFieldErrors } from "@/components/forms/action-form";
import { FieldErrorList, SelectField, TextField, type SelectOption } from "@/components/forms/field";
import type { LocationClass, Ownership, SchoolLevel } from "@/lib/generated/prisma/enums";
import {
  locationClassOfCode,
  URBAN_RURAL_CODE_LIST,
  type UrbanRuralCode,
} from "@/lib/indicators/urban-rural-code";

/** The enum labels the form shows, translated on the server (the enums namespace stays off the client). */
export interface SchoolFormLabels {
  levels: SelectOption[];
  ownerships: SelectOption[];
  locationClasses: Record<LocationClass, string>;
}

/** The register fields a principal may propose to correct (PROPOSABLE_SCHOOL_FIELDS), as the forms prefill them. */
export interface SchoolRegisterValues {
  name: string;
  level: SchoolLevel;
  ownership: Ownership;
  urbanRuralCode: string | null;
  isTownSeat: boolean;
  isTownCentralKindergarten: boolean;
  isBoarding: boolean;
}

/** The two fields that decide a school's figures, held by the form so it can tell when they change. */
export function useDecidingFields(school?: SchoolRegisterValues) {
  const [code, setCode] = useState(school?.urbanRuralCode ?? "");
  const [townSeat, setTownSeat] = useState(school?.isTownSeat ?? false);
  return { code, setCode, townSeat, setTownSeat };
}

/**
 * The register fields shared by the school form and the correction proposal (提出更正); the location class is shown
 * as the 城乡分类代码 makes it. `afterName` places a form's own field (the town) after the name.
 */
export function SchoolRegisterFields({
  labels,
  school,
  deciding,
  afterName,
}: {
  labels: SchoolFormLabels;
  school?: SchoolRegisterValues;
  deciding: ReturnType<typeof useDecidingFields>;
  afterName?: ReactNode;
}) {
  const t = useTranslations("schools");
  const { code, setCode, townSeat, setTownSeat } = deciding;
  const derived = (URBAN_RURAL_CODE_LIST as readonly string[]).includes(code)
    ? locationClassOfCode(code as UrbanRuralCode)
    : null;
  return (
    <>
      <TextField name="name" label={t("fields.name")} required defaultValue={school?.name} />
      {afterName}
      <SelectField
        name="level"
        label={t("fields.level")}
        required
        defaultValue={school?.level ?? ""}
        placeholder={t("choose")}
        options={labels.levels}
      />
      <SelectField
        name="ownership"
        label={t("fields.ownership")}
        required
        defaultValue={school?.ownership ?? ""}
        placeholder={t("choose")}
        options={labels.ownerships}
      />
      <SelectField
        name="urbanRuralCode"
        label={t("fields.urbanRuralCode")}
        hint={
          derived ? t("derivedClass", { class: labels.locationClasses[derived] }) : t("urbanRuralCodeHint")
        }
        required
        value={code}
        onChange={(event) => setCode(event.target.value)}
        placeholder={t("choose")}
        options={URBAN_RURAL_CODE_LIST.map((value) => ({
          value,
          label: `${value} ${t(`urbanRuralCodes.${value}`)}`,
        }))}
      />
      <Flag name="isTownSeat" label={t("fields.isTownSeat")} checked={townSeat} onChange={setTownSeat} />
      <Flag
        name="isTownCentralKindergarten"
        label={t("fields.isTownCentralKindergarten")}
        checked={school?.isTownCentralKindergarten}
      />
      <Flag name="isBoarding" label={t("fields.isBoarding")} checked={school?.isBoarding} />
    </>
  );
}

function Flag({
  name,
  label,
  checked,
  onChange,
}: {
  name: string;
  label: string;
  checked?: boolean;
  onChange?: (checked: boolean) => void;
}) {
  const errors = useFieldErrors(name);
  const errorId = `${name}-error`;
  return (
    <div>
      <label className="flex items-center gap-2 text-sm text-slate-700">
        <input
          type="checkbox"
          name={name}
          {...(onChange
            ? { checked, onChange: (event) => onChange(event.target.checked) }
            : { defaultChecked: checked })}
          aria-invalid={errors?.length ? true : undefined}
          aria-describedby={errors?.length ? errorId : undefined}
        />
        {label}
      </label>
      <FieldErrorList id={errorId} errors={errors} />
    </div>
  );
}
