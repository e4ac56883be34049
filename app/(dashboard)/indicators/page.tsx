import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { notFound } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { CountyScopePicker } from "@/components/indicators/county-scope-picker";
import { IndicatorValue } from "@/components/indicators/indicator-value";
import { StatusBadge } from "@/components/indicators/status-badge";
import { TargetText } from "@/components/indicators/target-text";
import { CustomItemFigures } from "@/components/collections/custom-item-figures";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td, Th } from "@/components/ui/table";
import { can } from "@/lib/auth/permissions";
import { requireCityPagePermission } from "@/lib/auth/session";
import { getCustomItemFigures } from "@/lib/data/collections/get-custom-item-figures";
import { getCityWithCounties } from "@/lib/data/geography/get-places";
import { getIndicatorOverview } from "@/lib/data/indicators/get-indicator-overview";
import { listIndicatorCatalogue } from "@/lib/data/indicators/list-indicator-catalogue";
import { INDICATOR_THEMES } from "@/lib/indicators/catalogue";
import { indicatorScopeSchema } from "@/lib/schemas/indicators";
import { localized } from "@/lib/utils/localized";
import type { SearchParams } from "@/lib/utils/search-params";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("indicators"))("title") };
}

export default async function IndicatorsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requireCityPagePermission("indicators:view");
  const { county: countyId = null } = indicatorScopeSchema.parse(await searchParams);
  // Custom items are the counties' reports: shown to the readers of reports (not to a principal).
  const readsReports = can(user.role, "submissions:view");
  const [overview, definitions, city, custom, t, tCustom, locale, format] = await Promise.all([
    getIndicatorOverview(user, countyId),
    listIndicatorCatalogue(user),
    getCityWithCounties(user),
    readsReports ? getCustomItemFigures(user) : null,
    getTranslations("indicators"),
    getTranslations("customItems"),
    getLocale(),
    getFormatter(),
  ]);
  if (countyId !== null && !overview) notFound();
  const rows = new Map(overview?.org.rows.map((row) => [row.definition.key, row]));
  const detailHref = (key: string) => `/indicators/${key}${countyId ? `?county=${countyId}` : ""}`;

  return (
    <>
      <PageHeader
        title={
          overview
            ? `${t("title")} · ${overview.org.level === "city" ? localized(overview.cityName, "name", locale) : localized(overview.org, "name", locale)}`
            : t("title")
        }
        description={
          overview
            ? t("asOf", {
                date: format.dateTime(overview.asOf, { dateStyle: "long" }),
                quarter: t("quarter", { ...overview.currentQuarter }),
              })
            : t("description")
        }
      />
      {city && <CountyScopePicker path="/indicators" counties={city.counties} countyId={countyId} />}
      {!overview && (
        <p className="mb-4 rounded-md bg-blue-50 px-3 py-2 text-sm text-blue-900">{t("principalNote")}</p>
      )}
      <div className="space-y-6">
        {INDICATOR_THEMES.map((theme) => {
          const themed = definitions.filter((definition) => definition.theme === theme);
          if (themed.length === 0) return null;
          return (
            <Card key={theme} title={t(`themes.${theme}`)}>
              <Table caption={t(`themes.${theme}`)}>
                <thead>
                  <tr>
                    <Th>{t("columns.indicator")}</Th>
                    <Th>{t("columns.kind")}</Th>
                    <Th className="text-right">{t("columns.value")}</Th>
                    <Th>{t("columns.target")}</Th>
                    <Th>{t("columns.status")}</Th>
                  </tr>
                </thead>
                <tbody className="divide-y divide-slate-100">
                  {themed.map((definition) => {
                    const row = rows.get(definition.key);
                    return (
                      <tr key={definition.key}>
                        <Td>
                          <Link href={detailHref(definition.key)} className="text-brand-700 hover:underline">
                            {localized(definition, "name", locale)}
                          </Link>
                        </Td>
                        <Td className="whitespace-nowrap text-xs text-slate-600">
                          {t(`kind.${definition.kind}`)}
                        </Td>
                        <Td className="text-right whitespace-nowrap">
                          {row ? (
                            <IndicatorValue
                              result={row.value?.result ?? null}
                              definition={definition}
                              isAwaitingApproval={row.isAwaitingApproval}
                            />
                          ) : (
                            <span className="text-xs text-slate-500">{t("schoolLevelOnly")}</span>
                          )}
                        </Td>
                        <Td>{row && <TargetText target={row.target} definition={definition} />}</Td>
                        <Td>
                          {row && <StatusBadge status={row.status.status} reason={row.status.reason} />}
                        </Td>
                      </tr>
                    );
                  })}
                </tbody>
              </Table>
            </Card>
          );
        })}
        {custom && (
          <section aria-labelledby="custom-items" className="space-y-4">
            <header>
              <h2 id="custom-items" className="text-lg font-semibold text-slate-900">
                {tCustom("title")}
              </h2>
              <p className="text-sm text-slate-600">{tCustom("description")}</p>
            </header>
            {custom.collections.length === 0 ? (
              <EmptyState title={tCustom("empty")}>{tCustom("emptyHint")}</EmptyState>
            ) : (
              custom.collections.map((collection) => (
                <Card key={collection.id} title={localized(collection, "name", locale)}>
                  <CustomItemFigures collection={collection} countyId={countyId} />
                </Card>
              ))
            )}
          </section>
        )}
      </div>
      <p className="mt-6 text-xs text-slate-500">{t("rule")}</p>
    </>
  );
}
