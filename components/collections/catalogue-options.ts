import type { CatalogueOption } from "@/components/collections/collection-form";
import type { ValueType } from "@/lib/generated/prisma/enums";
import { canRollUp } from "@/lib/indicators/school-roll-up";
import { localized } from "@/lib/utils/localized";

/** The catalogue's reported indicators as the collection form lists them, in the page's language. */
export function catalogueOptions(
  indicators: readonly {
    key: string;
    nameZh: string;
    nameEn: string;
    unit: string;
    unitEn: string;
    valueType: ValueType;
  }[],
  locale: string,
): CatalogueOption[] {
  return indicators.map((indicator) => ({
    key: indicator.key,
    name: localized(indicator, "name", locale),
    unit: localized(indicator, "unit", locale),
    canRollUp: canRollUp(indicator.valueType),
  }));
}

/** The school levels a collection's schools may be chosen by, named as the register names them. */
export function schoolLevelOptions(
  levels: readonly string[],
  label: (level: string) => string,
): { value: string; label: string }[] {
  return levels.map((level) => ({ value: level, label: label(level) }));
}
