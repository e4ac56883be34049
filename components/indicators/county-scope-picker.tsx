import { getLocale, getTranslations } from "next-intl/server";
import { INPUT_CLASSES } from "@/components/forms/field";
import { FilterBar, FilterField } from "@/components/ui/filter-bar";
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
      <FilterField id="county" label={t("scopeLabel")}>
        <select id="county" name="county" defaultValue={countyId ?? ""} className={INPUT_CLASSES}>
          <option value="">{t("allCounties")}</option>
          {counties.map((county) => (
            <option key={county.id} value={county.id}>
              {localized(county, "name", locale)}
            </option>
          ))}
        </select>
      </FilterField>
    </FilterBar>
  );
}
