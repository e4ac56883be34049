import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { scopeOf } from "@/lib/auth/scope";
import { requirePagePermission } from "@/lib/auth/session";
import { getCountyWithSchools } from "@/lib/data/geography/get-places";
import { localizedName } from "@/lib/utils/localized-name";
import { idParam } from "@/lib/utils/route-params";

export default async function CountyPage({ params }: PageProps<"/counties/[countyId]">) {
  const user = await requirePagePermission("dashboard:view");
  const countyId = idParam((await params).countyId);
  const county = countyId ? await getCountyWithSchools(user, countyId) : null;
  if (!county) notFound();
  const [t, tEnums, locale] = await Promise.all([
    getTranslations("places"),
    getTranslations("enums"),
    getLocale(),
  ]);
  const schoolCount = county.towns.reduce((sum, town) => sum + town.schools.length, 0);
  return (
    <>
      <Breadcrumbs
        items={[
          {
            label: localizedName(county.city, locale),
            href: scopeOf(user)?.level === "city" ? "/city" : undefined,
          },
          { label: localizedName(county, locale) },
        ]}
      />
      <PageHeader
        title={localizedName(county, locale)}
        description={`${tEnums(`countyKind.${county.kind}`)} · ${t("schoolCount", { count: schoolCount })}`}
      />
      <div className="grid gap-4 xl:grid-cols-2">
        {county.towns.map((town) => (
          <Card key={town.id} title={town.name}>
            {town.schools.length === 0 ? (
              <p className="text-sm text-slate-500">{t("noSchools")}</p>
            ) : (
              <ul className="space-y-1 text-sm">
                {town.schools.map((school) => (
                  <li key={school.id}>
                    <Link href={`/schools/${school.id}`} className="text-brand-700 hover:underline">
                      {school.name}
                    </Link>
                    <span className="ml-2 text-xs text-slate-500">
                      {tEnums(`schoolLevel.${school.level}`)} ·{" "}
                      {tEnums(`locationClass.${school.locationClass}`)}
                    </span>
                  </li>
                ))}
              </ul>
            )}
          </Card>
        ))}
      </div>
    </>
  );
}
