import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Link } from "@/components/ui/link";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td, Th } from "@/components/ui/table";
import { requirePagePermission } from "@/lib/auth/session";
import { listCityCollections } from "@/lib/data/collections/list-city-collections";
import { localized } from "@/lib/utils/localized";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("collections"))("title") };
}

/** The city's collections (调度表): the quarterly report and those city staff defined. */
export default async function CollectionsPage() {
  const user = await requirePagePermission("periods:manage");
  const [collections, t, locale] = await Promise.all([
    listCityCollections(user),
    getTranslations("collections"),
    getLocale(),
  ]);
  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("description")}
        actions={<ButtonLink href="/collections/new">{t("new")}</ButtonLink>}
      />
      {collections.length === 0 ? (
        <EmptyState title={t("emptyTitle")}>{t("emptyBody")}</EmptyState>
      ) : (
        <Table caption={t("title")}>
          <thead>
            <tr>
              <Th>{t("name")}</Th>
              <Th>{t("periodType")}</Th>
              <Th>{t("deadlineRule")}</Th>
              <Th className="text-right">{t("items")}</Th>
              <Th className="text-right">{t("periods")}</Th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {collections.map((collection) => (
              <tr key={collection.id}>
                <Td>
                  <Link
                    href={`/collections/${collection.id}`}
                    className="font-medium text-brand-700 hover:underline"
                  >
                    {localized({ name: collection.nameZh, nameEn: collection.nameEn }, "name", locale)}
                  </Link>{" "}
                  {collection.isQuarterlyReport && <Badge>{t("builtIn")}</Badge>}
                </Td>
                <Td>{t(`types.${collection.periodType}`)}</Td>
                <Td>{t(`rule.${collection.deadlineKind}`, { days: collection.deadlineDays })}</Td>
                <Td className="text-right">{collection.isQuarterlyReport ? "—" : collection._count.items}</Td>
                <Td className="text-right">{collection._count.periods}</Td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </>
  );
}
