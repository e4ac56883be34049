"use client";

import { useLocale, useTranslations } from "next-intl";
import { ActionForm, useFieldErrors } from "@/components/forms/action-form";
import { FieldErrorList, SelectField, TextField } from "@/components/forms/field";
import { SubmitButton } from "@/components/forms/submit-button";
import { Table, Td, Th } from "@/components/ui/table";
import {
  createFunctionalZoneAction,
  moveTownsAction,
  renameCountyAction,
  renameTownAction,
  setUpCityDivisionsAction,
} from "@/lib/actions/divisions";
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
  return (
    <ActionForm action={createFunctionalZoneAction} message="bottom" className="grid max-w-3xl gap-4">
      <div className="grid gap-4 sm:grid-cols-3">
        <TextField name="name" label={t("zoneName")} required maxLength={50} />
        <TextField name="nameEn" label={t("zoneNameEn")} hint={t("zoneNameEnHint")} maxLength={80} />
        <TextField name="code" label={t("zoneCode")} hint={t("zoneCodeHint")} inputMode="numeric" />
      </div>
      <TownPicker counties={counties} legend={t("zoneTowns")} idPrefix="zone-town" />
      <div>
        <SubmitButton>{t("createZone")}</SubmitButton>
      </div>
    </ActionForm>
  );
}

/** The city's towns as checkboxes named townIds, grouped by their county. */
function TownPicker({
  counties,
  legend,
  idPrefix,
}: {
  counties: DivisionSetup["counties"];
  legend: string;
  idPrefix: string;
}) {
  const locale = useLocale();
  const errors = useFieldErrors("townIds");
  return (
    <fieldset aria-describedby={errors?.length ? `${idPrefix}-error` : undefined}>
      <legend className="mb-1 text-sm font-medium text-slate-700">{legend}</legend>
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
      <FieldErrorList id={`${idPrefix}-error`} errors={errors} />
    </fieldset>
  );
}

/** A required choice of one of the city's counties. */
function CountySelect({
  counties,
  ...field
}: {
  name: string;
  id: string;
  label: string;
  counties: DivisionSetup["counties"];
}) {
  const t = useTranslations("divisions");
  const locale = useLocale();
  return (
    <SelectField
      {...field}
      required
      placeholder={t("chooseCounty")}
      options={counties.map((county) => ({ value: county.id, label: localized(county, "name", locale) }))}
    />
  );
}

/** Towns moved with their schools to another county or zone from a day (decision 0026). */
export function MoveTownsForm({ counties }: { counties: DivisionSetup["counties"] }) {
  const t = useTranslations("divisions");
  return (
    <ActionForm action={moveTownsAction} message="bottom" className="grid max-w-3xl gap-4">
      <div className="grid gap-4 sm:grid-cols-2">
        <CountySelect name="countyId" id="move-county" label={t("moveTo")} counties={counties} />
        <TextField
          name="effectiveOn"
          id="move-effective-on"
          label={t("effectiveOn")}
          hint={t("effectiveOnHint")}
          type="date"
        />
      </div>
      <TownPicker counties={counties} legend={t("moveTowns")} idPrefix="move-town" />
      <div>
        <SubmitButton>{t("move")}</SubmitButton>
      </div>
    </ActionForm>
  );
}

/** A county's or a town's name corrected or changed; codes stay. */
export function RenameForms({ counties }: { counties: DivisionSetup["counties"] }) {
  const t = useTranslations("divisions");
  const locale = useLocale();
  return (
    <div className="grid gap-6 lg:grid-cols-2">
      <ActionForm action={renameCountyAction} message="bottom" className="grid gap-3">
        <CountySelect name="id" id="rename-county" label={t("renameCounty")} counties={counties} />
        <TextField name="name" id="rename-county-name" label={t("newName")} required maxLength={50} />
        <TextField name="nameEn" id="rename-county-name-en" label={t("newNameEn")} maxLength={80} />
        <div>
          <SubmitButton>{t("rename")}</SubmitButton>
        </div>
      </ActionForm>
      <ActionForm action={renameTownAction} message="bottom" className="grid gap-3">
        <SelectField
          name="id"
          id="rename-town"
          label={t("renameTown")}
          required
          placeholder={t("chooseCounty")}
          options={counties.flatMap((county) =>
            county.towns.map((town) => ({
              value: town.id,
              label: `${localized(county, "name", locale)} · ${town.name}`,
            })),
          )}
        />
        <TextField name="name" id="rename-town-name" label={t("newName")} required maxLength={50} />
        <div>
          <SubmitButton>{t("rename")}</SubmitButton>
        </div>
      </ActionForm>
    </div>
  );
}
