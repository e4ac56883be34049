import type { CatalogueOption } from "@/components/collections/collection-form";
import { localized } from "@/lib/utils/localized";

/** The catalogue's reported indicators as the collection form lists them, in the page's language. */
export function catalogueOptions(
  indicators: readonly { key: string; nameZh: string; nameEn: string; unit: string; unitEn: string }[],
  locale: string,
): CatalogueOption[] {
  return indicators.map((indicator) => ({
    key: indicator.key,
    name: localized(indicator, "name", locale),
    unit: localized(indicator, "unit", locale),
  }));
}
