// What a map shows of each unit, taken from the dashboard's rows, so the map, the heat table and the briefing agree.
import type { OrgIndicators } from "@/lib/data/indicators/get-indicator-overview";
import { formatIndicatorValue } from "@/lib/indicators/format";
import type { StatusKind } from "@/lib/indicators/status";
import { localized } from "@/lib/utils/localized";
import { SHANDONG_CITIES } from "@/lib/divisions/shandong";

export interface MapUnit {
  id: number;
  code: string | null;
  /** Full name in the reader's language */
  name: string;
  href: string;
  status: StatusKind;
  /** The figure, or null when it cannot be computed (the unit then has the no-data fill) */
  value: number | null;
  /** The figure with its unit, or "—" */
  valueText: string;
}

/** One map unit per org unit, for the indicator `key`; a unit without the indicator's row has no data. */
export function mapUnitsOf(
  units: readonly OrgIndicators[],
  key: string,
  locale: string,
  hrefOf: (unit: OrgIndicators) => string,
): MapUnit[] {
  return units.map((unit) => {
    const row = unit.rows.find((item) => item.definition.key === key);
    const result = row?.value?.result;
    const value = result?.computable ? result.value : null;
    return {
      id: unit.id,
      code: unit.code ?? null,
      name: localized(unit, "name", locale),
      href: hrefOf(unit),
      status: value === null ? "no_data" : (row?.status.status ?? "no_data"),
      value,
      valueText: value === null || !row ? "—" : formatIndicatorValue(value, row.definition, locale),
    };
  });
}

/**
 * Shandong's 16 cities as map units for a province map (drawn with `SHANDONG_CITY_TILES`), each with what the
 * caller knows of it for one indicator; a city the caller has no figure for is "no data".
 */
export function shandongCityMapUnits(
  figureOf: (cityCode: string) => Pick<MapUnit, "id" | "href" | "status" | "value" | "valueText"> | undefined,
  locale: string,
): MapUnit[] {
  return SHANDONG_CITIES.map((city, index) => {
    const figure = figureOf(city.code);
    return {
      id: figure?.id ?? -(index + 1),
      code: city.code,
      name: localized(city, "name", locale),
      href: figure?.href ?? "#",
      status: figure?.value == null ? "no_data" : figure.status,
      value: figure?.value ?? null,
      valueText: figure?.valueText ?? "—",
    };
  });
}
