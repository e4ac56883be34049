import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { IndicatorHistoryChart } from "@/components/charts/indicator-history-chart";
import { customItemHref } from "@/components/collections/custom-item-figures";
import { CountyScopePicker } from "@/components/indicators/county-scope-picker";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Link } from "@/components/ui/link";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td, Th } from "@/components/ui/table";
import { can } from "@/lib/auth/permissions";
import { requireCityPagePermission } from "@/lib/auth/session";
import { getCustomItem } from "@/lib/data/collections/get-custom-item-figures";
import { figuresOf, summariseCustomItem } from "@/lib/indicators/custom-items";
import { formatIndicatorValue } from "@/lib/indicators/format";
import { indicatorScopeSchema } from "@/lib/schemas/indicators";
import { localized } from "@/lib/utils/localized";
import { periodLabel, periodWhen } from "@/lib/utils/reporting-periods";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("customItems"))("title") };
}

/**
 * A custom item of one of the city's collections (decision 0047), as an indicator page shows a catalogue
 * indicator: its latest approved value, its trend over the collection's periods, completeness, and each county's
 * value. Another city's item, or a county outside the user's scope, is not found.
 */
export default async function CustomItemPage({
  params,
  searchParams,
}: PageProps<"/indicators/custom/[key]">) {
  const user = await requireCityPagePermission("indicators:view");
  // The figures are the counties' reports: a reader of the reports only (not a principal).
  if (!can(user.role, "submissions:view")) notFound();
  const { key } = await params;
  const { county: countyId = null } = indicatorScopeSchema.parse(await searchParams);
  const [found, t, tIndicators, tCollections, locale] = await Promise.all([
    getCustomItem(user, key),
    getTranslations("customItems"),
    getTranslations("indicators"),
    getTranslations("collections"),
    getLocale(),
  ]);
  if (!found) notFound();
  const { collection, item, figures } = found;
  const isCityScope = user.countyId === null;
  // Only a county of the user's scope: any of the city's for city roles, a county user's own.
  if (countyId !== null && !figures.counties.some((county) => county.id === countyId)) notFound();
  const shown = figuresOf(item, countyId);
  const summary = summariseCustomItem(collection.periods, shown);
  const name = localized(item, "name", locale);
  const unit = localized(item, "unit", locale);
  const scopeCounty = figures.counties.find((county) => county.id === countyId);
  const valueText = (value: number | null) =>
    value === null ? tCollections("values.none") : formatIndicatorValue(value, item, locale);
  const latestIndex = summary.latest ? collection.periods.indexOf(summary.latest.period) : -1;
  const currentIndex = collection.periods.length - 1;
  const facts: [string, string][] = [
    [t("collection"), localized(collection, "name", locale)],
    [tIndicators("detail.unit"), unit],
    [tCollections("valueType"), tCollections(`valueTypes.${item.valueType}`)],
    [t("rule"), t(`rollUp.${item.rollUp}`)],
  ];

  return (
    <>
      <Breadcrumbs
        items={[
          { label: tIndicators("title"), href: `/indicators${countyId ? `?county=${countyId}` : ""}` },
          { label: name },
        ]}
      />
      <PageHeader
        title={name}
        description={`${tIndicators("kind.CUSTOM")} · ${localized(collection, "name", locale)}${
          scopeCounty && isCityScope ? ` · ${localized(scopeCounty, "name", locale)}` : ""
        }`}
      />
      {isCityScope && (
        <CountyScopePicker path={customItemHref(key)} counties={figures.counties} countyId={countyId} />
      )}
      <div className="grid gap-4 xl:grid-cols-2">
        <Card title={tIndicators("detail.definition")}>
          <dl className="space-y-2 text-sm">
            {facts.map(([label, value]) => (
              <div key={label} className="grid grid-cols-[7rem_1fr] gap-2">
                <dt className="text-slate-500">{label}</dt>
                <dd className="text-slate-900">
                  {label === t("collection") && can(user.role, "periods:manage") ? (
                    <Link href={`/collections/${collection.id}`} className="text-brand-700 hover:underline">
                      {value}
                    </Link>
                  ) : (
                    value
                  )}
                </dd>
              </div>
            ))}
          </dl>
        </Card>
        <Card title={t("latest")}>
          <p className="mb-2 text-2xl font-semibold text-slate-900" data-testid="custom-item-value">
            {valueText(summary.latest?.value ?? null)}
          </p>
          {summary.latest && (
            <p className="mb-2 text-sm text-slate-600">{periodLabel(summary.latest.period, locale)}</p>
          )}
          <p className="text-sm text-slate-700" data-testid="custom-item-completeness">
            {t("completeness")}：
            {summary.current
              ? t("completenessText", {
                  reported: summary.current.reported,
                  expected: summary.current.expected,
                  period: periodWhen(summary.current.period, locale),
                })
              : t("completenessNone")}
          </p>
        </Card>
      </div>

      <Card title={t("history")} className="mt-4">
        {summary.trend.length === 0 ? (
          <EmptyState title={t("historyEmpty")} />
        ) : (
          <IndicatorHistoryChart
            points={summary.trend.map((point) => ({
              label: periodWhen(point.period, locale),
              value: point.value,
            }))}
            target={null}
            targetText={null}
            targetLabel={tIndicators("detail.targetLine")}
            valueLabel={t("value")}
            ariaLabel={t("chartLabel", { name })}
            valueType={item.valueType}
          />
        )}
      </Card>

      {countyId === null && (
        <Card
          title={
            latestIndex >= 0
              ? t("byCounty", { period: periodWhen(collection.periods[latestIndex]!, locale) })
              : t("byCountyNone")
          }
          className="mt-4"
        >
          <Table caption={t("byCountyNone")}>
            <thead>
              <tr>
                <Th>{t("county")}</Th>
                <Th className="text-right">{t("value")}</Th>
                <Th className="text-right">
                  {t("reported")}
                  {currentIndex >= 0 && `（${periodWhen(collection.periods[currentIndex]!, locale)}）`}
                </Th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {figures.counties.map((county) => {
                const own = figuresOf(item, county.id);
                const current = own[currentIndex];
                return (
                  <tr key={county.id}>
                    <Td>
                      {isCityScope ? (
                        <Link
                          href={customItemHref(key, county.id)}
                          className="text-brand-700 hover:underline"
                        >
                          {localized(county, "name", locale)}
                        </Link>
                      ) : (
                        localized(county, "name", locale)
                      )}
                    </Td>
                    <Td className="text-right tabular-nums">
                      {/* A county without an approved value: a dash, the card's title names the period */}
                      {own[latestIndex]?.value == null
                        ? "—"
                        : formatIndicatorValue(own[latestIndex]!.value!, item, locale)}
                    </Td>
                    <Td className="text-right tabular-nums">
                      {current ? `${current.reported}/${current.expected}` : "—"}
                    </Td>
                  </tr>
                );
              })}
            </tbody>
          </Table>
        </Card>
      )}
    </>
  );
}
