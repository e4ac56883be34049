"use client";

import { useLocale, useTranslations } from "next-intl";
import { ActionForm, useFieldErrors } from "@/components/forms/action-form";
import { FieldErrorList, TextField } from "@/components/forms/field";
import { SubmitButton } from "@/components/forms/submit-button";
import { Table, Td, Th } from "@/components/ui/table";
import { createFunctionalZoneAction, setUpCityDivisionsAction } from "@/lib/actions/divisions";
import type { getDivisionSetup } from "@/lib/data/geography/get-division-setup";
import { localized } from "@/lib/utils/localized";

type DivisionSetup = Awaited<ReturnType<typeof getDivisionSetup>>;
/** An official county with its kind already translated (the enums stay on the server). */
type OfficialRow = NonNullable<DivisionSetup["official"]>[number] & { kindLabel: string };

/** The city's official counties, each ticked unless it is set up already, and the button that creates them. */
export function SetUpCityForm({ official }: { official: OfficialRow[] }) {
  const t = useTranslations("divisions");
  return (
    <ActionForm action={setUpCityDivisionsAction} message="bottom" className="grid gap-4">
      <OfficialCountyTable official={official} />
      <div>
        <SubmitButton>{t("setUp")}</SubmitButton>
      </div>
    </ActionForm>
  );
}

function OfficialCountyTable({ official }: { official: OfficialRow[] }) {
  const t = useTranslations("divisions");
  const locale = useLocale();
  const errors = useFieldErrors("countyCodes");
  return (
    <fieldset aria-describedby={errors?.length ? "countyCodes-error" : undefined}>
      <legend className="sr-only">{t("officialTitle")}</legend>
      <Table>
        <thead>
          <tr>
            <Th />
            <Th>{t("code")}</Th>
            <Th>{t("name")}</Th>
            <Th>{t("kind")}</Th>
            <Th>{t("towns")}</Th>
            <Th>{t("status")}</Th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {official.map((county) => (
            <tr key={county.code}>
              <Td>
                <input
                  type="checkbox"
                  id={`county-${county.code}`}
                  name="countyCodes"
                  value={county.code}
                  defaultChecked={county.townsHeld < county.towns || !county.isHeld}
                />
              </Td>
              <Td className="tabular-nums">{county.code}</Td>
              <Td>
                <label htmlFor={`county-${county.code}`}>{localized(county, "name", locale)}</label>
              </Td>
              <Td>{county.kindLabel}</Td>
              <Td className="tabular-nums">{county.towns}</Td>
              <Td>
                {county.isHeld ? t("held", { held: county.townsHeld, total: county.towns }) : t("notHeld")}
              </Td>
            </tr>
          ))}
        </tbody>
      </Table>
      <FieldErrorList id="countyCodes-error" errors={errors} />
    </fieldset>
  );
}

/** A functional zone by hand: its names and code, and the towns it takes over, grouped by their county. */
export function FunctionalZoneForm({ counties }: { counties: DivisionSetup["counties"] }) {
  const t = useTranslations("divisions");
  const locale = useLocale();
  return (
    <ActionForm action={createFunctionalZoneAction} message="bottom" className="grid max-w-3xl gap-4">
      <div className="grid gap-4 sm:grid-cols-3">
        <TextField name="name" label={t("zoneName")} required maxLength={50} />
        <TextField name="nameEn" label={t("zoneNameEn")} hint={t("zoneNameEnHint")} maxLength={80} />
        <TextField name="code" label={t("zoneCode")} hint={t("zoneCodeHint")} inputMode="numeric" />
      </div>
      <fieldset>
        <legend className="mb-1 text-sm font-medium text-slate-700">{t("zoneTowns")}</legend>
        <div className="grid max-h-80 gap-3 overflow-y-auto rounded-md border border-slate-200 p-3">
          {counties
            .filter((county) => county.towns.length > 0)
            .map((county) => (
              <fieldset key={county.id}>
                <legend className="text-sm font-medium text-slate-600">
                  {localized(county, "name", locale)}
                </legend>
                <div className="flex flex-wrap gap-x-4 gap-y-1">
                  {county.towns.map((town) => (
                    <label key={town.id} className="flex items-center gap-1 text-sm">
                      <input type="checkbox" name="townIds" value={town.id} />
                      {town.name}
                    </label>
                  ))}
                </div>
              </fieldset>
            ))}
        </div>
      </fieldset>
      <div>
        <SubmitButton>{t("createZone")}</SubmitButton>
      </div>
    </ActionForm>
  );
}
