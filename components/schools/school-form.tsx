"use client";

import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { ActionForm } from "@/components/forms/action-form";
import { SelectField, TextField } from "@/components/forms/field";
import { SubmitButton } from "@/components/forms/submit-button";
import { createSchoolAction, updateSchoolAction } from "@/lib/actions/schools";
import { localized } from "@/lib/utils/localized";
import {
  SchoolRegisterFields,
  useDecidingFields,
  type SchoolFormLabels,
  type SchoolRegisterValues,
} from "./school-register-fields";

interface Places {
  id: number;
  name: string;
  nameEn: string;
  towns: { id: number; name: string }[];
}

interface EditedSchool extends SchoolRegisterValues {
  id: number;
  code: string;
  townId: number;
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
  const deciding = useDecidingFields(school);
  // An edit that changes what decides the school's figures says whether it is a change from a day or a correction.
  const stateChanged =
    school && (deciding.code !== (school.urbanRuralCode ?? "") || deciding.townSeat !== school.isTownSeat);
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
      <SchoolRegisterFields
        labels={labels}
        school={school}
        deciding={deciding}
        afterName={
          <SelectField
            name="townId"
            label={t("fields.town")}
            required
            defaultValue={school?.townId ?? ""}
            placeholder={t("chooseTown")}
            options={counties.flatMap((county) =>
              county.towns.map((town) => ({
                value: town.id,
                label:
                  counties.length > 1 ? `${localized(county, "name", locale)} · ${town.name}` : town.name,
              })),
            )}
          />
        }
      />
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
