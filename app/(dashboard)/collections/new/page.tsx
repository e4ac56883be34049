import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { catalogueOptions, schoolLevelOptions } from "@/components/collections/catalogue-options";
import { SchoolLevel } from "@/lib/generated/prisma/enums";
import { CollectionForm, NEW_COLLECTION } from "@/components/collections/collection-form";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requirePagePermission } from "@/lib/auth/session";
import { listReportableIndicators } from "@/lib/data/collections/list-reportable-indicators";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("collections"))("new") };
}

export default async function NewCollectionPage() {
  const user = await requirePagePermission("periods:manage");
  const [indicators, t, tEnums, locale] = await Promise.all([
    listReportableIndicators(user),
    getTranslations("collections"),
    getTranslations("enums"),
    getLocale(),
  ]);
  return (
    <>
      <Breadcrumbs items={[{ label: t("title"), href: "/collections" }, { label: t("new") }]} />
      <PageHeader title={t("new")} description={t("description")} />
      <Card>
        <div className="p-4">
          <CollectionForm
            values={NEW_COLLECTION}
            catalogue={catalogueOptions(indicators, locale)}
            schoolLevels={schoolLevelOptions(Object.values(SchoolLevel), (level) =>
              tEnums(`schoolLevel.${level}`),
            )}
          />
        </div>
      </Card>
    </>
  );
}
