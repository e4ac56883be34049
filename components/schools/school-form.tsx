"use client";

import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { ActionForm, useFieldErrors } from "@/components/forms/action-form";
import { FieldErrorList, SelectField, TextField, type SelectOption } from "@/components/forms/field";
import { SubmitButton } from "@/components/forms/submit-button";
import { createSchoolAction, updateSchoolAction } from "@/lib/actions/schools";
import type { LocationClass, Ownership, SchoolLevel } from "@/lib/generated/prisma/enums";
import {
  locationClassOfCode,
  URBAN_RURAL_CODE_LIST,
  type UrbanRuralCode,
} from "@/lib/indicators/urban-rural-code";
import { localized } from "@/lib/utils/localized";

interface Places {
  id: number;
  name: string;
  nameEn: string;
  towns: { id: number; name: string }[];
}

/** The enum labels the form shows, translated on the server (the enums namespace stays off the client). */
export interface SchoolFormLabels {
  levels: SelectOption[];
  ownerships: SelectOption[];
  locationClasses: Record<LocationClass, string>;
}

interface EditedSchool {
  id: number;
  code: string;
  name: string;
  townId: number;
  level: SchoolLevel;
  ownership: Ownership;
  urbanRuralCode: string | null;
  isTownSeat: boolean;
  isTownCentralKindergarten: boolean;
  isBoarding: boolean;
}

/** Create or correct a school of the register; the location class is shown as the 城乡分类代码 makes it. */
export function SchoolForm({
  counties,
  labels,
  school,
}: {
  counties: Places[];
  labels: SchoolFormLabels;
  school?: EditedSchool & { today: string };
}) {
  const t = useTranslations("schools");
  const locale = useLocale();
  const [code, setCode] = useState(school?.urbanRuralCode ?? "");
  const [townSeat, setTownSeat] = useState(school?.isTownSeat ?? false);
  // An edit that changes what decides the school's figures says whether it is a change from a day or a correction.
  const stateChanged = school && (code !== (school.urbanRuralCode ?? "") || townSeat !== school.isTownSeat);
  const derived = (URBAN_RURAL_CODE_LIST as readonly string[]).includes(code)
    ? locationClassOfCode(code as UrbanRuralCode)
    : null;
  return (
    <ActionForm
      action={school ? updateSchoolAction : createSchoolAction}
      hiddenFields={school ? { id: school.id } : undefined}
      className="max-w-xl space-y-4"
    >
      <TextField
        name="code"
        label={t("fields.code")}
        hint={t("codeHint")}
        required
        inputMode="numeric"
        autoComplete="off"
        defaultValue={school?.code}
      />
      <TextField name="name" label={t("fields.name")} required defaultValue={school?.name} />
      <SelectField
        name="townId"
        label={t("fields.town")}
        required
        defaultValue={school?.townId ?? ""}
        placeholder={t("chooseTown")}
        options={counties.flatMap((county) =>
          county.towns.map((town) => ({
            value: town.id,
            label: counties.length > 1 ? `${localized(county, "name", locale)} · ${town.name}` : town.name,
          })),
        )}
      />
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
      {stateChanged && <StateChangeFields today={school.today} />}
      <SubmitButton>{school ? t("save") : t("create")}</SubmitButton>
    </ActionForm>
  );
}

function StateChangeFields({ today }: { today: string }) {
  const t = useTranslations("schools");
  const [kind, setKind] = useState<"dated" | "correction">("dated");
  return (
    <fieldset className="space-y-2 rounded-md border border-amber-300 bg-amber-50 p-3">
      <legend className="px-1 text-sm font-medium text-slate-800">{t("stateChange")}</legend>
      <p className="text-sm text-slate-600">{t("stateChangeHint")}</p>
      {(["dated", "correction"] as const).map((value) => (
        <label key={value} className="flex items-start gap-2 text-sm text-slate-700">
          <input
            type="radio"
            name="stateChange"
            value={value}
            checked={kind === value}
            onChange={() => setKind(value)}
            className="mt-1"
          />
          {value === "dated" ? t("stateChangeDated") : t("stateChangeCorrection")}
        </label>
      ))}
      {kind === "dated" && (
        <TextField
          name="effectiveOn"
          type="date"
          label={t("effectiveOn")}
          required
          defaultValue={today}
          max={today}
        />
      )}
    </fieldset>
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
