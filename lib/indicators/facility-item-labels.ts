// Names and units of the items a facility check reports (the seven resource indicators and the Class Ⅱ items), from
// the catalogue, in the reader's language.
import { localized } from "@/lib/utils/localized";
import { BUILT_IN_INDICATORS } from "./catalogue";
import { CLASS_TWO_KEYS } from "./formulas/facility-checks";
import { RESOURCE_INDICATOR_KEYS } from "./formulas/quality-balanced";

export type FacilityItemLabels = Record<string, { name: string; unit: string }>;

const CHECKED_KEYS = new Set<string>([...RESOURCE_INDICATOR_KEYS, ...CLASS_TWO_KEYS]);

export function facilityItemLabels(locale: string): FacilityItemLabels {
  return Object.fromEntries(
    BUILT_IN_INDICATORS.filter((indicator) => CHECKED_KEYS.has(indicator.key)).map((indicator) => [
      indicator.key,
      {
        name: localized(indicator, "name", locale),
        unit: localized(indicator, "unit", locale),
      },
    ]),
  );
}
