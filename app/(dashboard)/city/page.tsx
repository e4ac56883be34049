import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requirePagePermission } from "@/lib/auth/session";
import { getCityWithCounties } from "@/lib/data/geography/get-places";
import { localizedName } from "@/lib/utils/localized-name";

export default async function CityPage() {
  const user = await requirePagePermission("dashboard:view");
  const city = await getCityWithCounties(user);
  if (!city) notFound();
  const [t, tEnums, locale] = await Promise.all([
    getTranslations("places"),
    getTranslations("enums"),
    getLocale(),
  ]);
  return (
    <>
      <PageHeader
        title={localizedName(city, locale)}
        description={t("countyCount", { count: city.counties.length })}
      />
      <Card title={t("counties")}>
        <ul className="grid gap-2 sm:grid-cols-2 xl:grid-cols-4" aria-label={t("counties")}>
          {city.counties.map((county) => (
            <li key={county.id}>
              <Link
                href={`/counties/${county.id}`}
                className="block rounded-md border border-slate-200 px-3 py-2 hover:border-brand-600 hover:bg-brand-50"
              >
                <span className="font-medium">{localizedName(county, locale)}</span>
                <span className="ml-2 text-xs text-slate-500">{tEnums(`countyKind.${county.kind}`)}</span>
              </Link>
            </li>
          ))}
        </ul>
      </Card>
    </>
  );
}
