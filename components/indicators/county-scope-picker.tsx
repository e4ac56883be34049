import { getLocale, getTranslations } from "next-intl/server";
import { FilterBar, FilterSelect } from "@/components/ui/filter-bar";
import { localized } from "@/lib/utils/localized";

/** City users pick the whole city or one county; the choice is the `county` query parameter (shareable URL). */
export async function CountyScopePicker({
  path,
  counties,
  countyId,
}: {
  path: string;
  counties: { id: number; name: string; nameEn: string }[];
  countyId: number | null;
}) {
  const [t, locale] = await Promise.all([getTranslations("indicators"), getLocale()]);
  return (
    <FilterBar resetHref={path}>
      <FilterSelect
        id="county"
        label={t("scopeLabel")}
        value={countyId ?? undefined}
        allLabel={t("allCounties")}
        options={counties.map((county) => ({ value: county.id, label: localized(county, "name", locale) }))}
      />
    </FilterBar>
  );
}
