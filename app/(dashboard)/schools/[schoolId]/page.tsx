import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { scopeOf } from "@/lib/auth/scope";
import { requirePagePermission } from "@/lib/auth/session";
import { getSchoolWithPlace } from "@/lib/data/geography/get-places";
import { localizedName } from "@/lib/utils/localized-name";
import { idParam } from "@/lib/utils/route-params";

export default async function SchoolPage({ params }: PageProps<"/schools/[schoolId]">) {
  const user = await requirePagePermission("dashboard:view");
  const schoolId = idParam((await params).schoolId);
  const school = schoolId ? await getSchoolWithPlace(user, schoolId) : null;
  if (!school) notFound();
  const [t, tEnums, tCommon, locale] = await Promise.all([
    getTranslations("places"),
    getTranslations("enums"),
    getTranslations("common"),
    getLocale(),
  ]);
  const level = scopeOf(user)?.level;
  return (
    <>
      <Breadcrumbs
        items={[
          { label: localizedName(school.city, locale), href: level === "city" ? "/city" : undefined },
          {
            label: localizedName(school.county, locale),
            href: level === "city" || level === "county" ? `/counties/${school.county.id}` : undefined,
          },
          { label: school.town.name },
          { label: school.name },
        ]}
      />
      <PageHeader
        title={school.name}
        description={`${tEnums(`schoolLevel.${school.level}`)} · ${tEnums(`locationClass.${school.locationClass}`)}`}
      />
      <Card>
        <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-2">
          <dt className="text-slate-500">{t("code")}</dt>
          <dd className="font-mono">{school.code}</dd>
          <dt className="text-slate-500">{t("town")}</dt>
          <dd>{school.town.name}</dd>
          <dt className="text-slate-500">{t("ownership")}</dt>
          <dd>{tEnums(`ownership.${school.ownership}`)}</dd>
          <dt className="text-slate-500">{t("townSeat")}</dt>
          <dd>{school.isTownSeat ? tCommon("yes") : tCommon("no")}</dd>
        </dl>
      </Card>
    </>
  );
}
