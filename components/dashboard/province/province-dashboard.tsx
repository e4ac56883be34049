// The province dashboard's cards over its cities (docs/decisions/0038): the province's headline figures rolled up
// from its cities', the trend of one and the cities side by side, and the heat table of cities × indicators, each
// city linking to its own dashboard. The cities' figures are their city computations, cached per city.
import { getTranslations } from "next-intl/server";
import { CountyBarChart } from "@/components/charts/county-bar-chart";
import { IndicatorHistoryChart } from "@/components/charts/indicator-history-chart";
import { HeadlineCards } from "@/components/dashboard/headline-cards";
import { HeatTable } from "@/components/dashboard/heat-table";
import { TileChoropleth } from "@/components/maps/tile-choropleth";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Link } from "@/components/ui/link";
import type { Viewer } from "@/lib/auth/scope";
import { getProvinceOverview, type ProvinceOverview } from "@/lib/data/indicators/get-province-overview";
import {
  HEADLINE_KEYS,
  HEAT_TABLE_KEYS,
  sortByIndicator,
  type SortDirection,
} from "@/lib/indicators/dashboard";
import { formatIndicatorValue, formatTargetBound } from "@/lib/indicators/format";
import { mapUnitsOf, shandongCityMapUnits } from "@/lib/maps/map-units";
import { SHANDONG_CITY_TILES } from "@/lib/maps/tile-layouts";
import { STATUS_SYMBOLS, type StatusKind } from "@/lib/indicators/status";
import type { Locale } from "@/lib/i18n/locales";
import { localized } from "@/lib/utils/localized";
import { quarterKey, type Quarter } from "@/lib/utils/periods";
import { hrefWith } from "@/lib/utils/search-params";

export interface ProvinceView {
  viewer: Viewer;
  locale: Locale;
  asOf: Date;
  quarter: Quarter;
  sort: { key: string; direction: SortDirection } | null;
  trendKey: string;
  /** The dashboard's filter parameters, which its links keep */
  query: Record<string, string>;
}

const provinceHref = (view: ProvinceView, changes: Record<string, string | undefined>) =>
  hrefWith("/province", view.query, changes);

/** A city's dashboard, as a province user opens it, at the quarter shown here. */
const cityHref = (code: string, quarter: Quarter) => `/city?city=${code}&period=${quarterKey(quarter)}`;

export async function ProvinceDashboard({ view }: { view: ProvinceView }) {
  const [overview, t] = await Promise.all([
    getProvinceOverview(view.viewer, view.asOf),
    getTranslations("dashboard"),
  ]);
  if (!overview) throw new Error("The province dashboard needs a province user");
  if (overview.children.length === 0) return <EmptyState title={t("provinceNoCities")} />;
  return (
    <div className="space-y-6">
      <section aria-label={t("headlines")}>
        <HeadlineCards rows={overview.rows} keys={HEADLINE_KEYS} countyId={null} linksToDetail={false} />
        <p className="mt-2 text-xs text-slate-500">{t("provinceRollUpHint")}</p>
      </section>
      <ProvinceTrends view={view} overview={overview} />
      <ProvinceMap view={view} overview={overview} />
      <ProvinceHeatTable view={view} overview={overview} />
    </div>
  );
}

/**
 * The province's 16 cities on the schematic tile map (decision 0036), coloured by status for the trend card's
 * indicator; a city of the deployment opens its dashboard, one outside it has no data.
 */
async function ProvinceMap({ view, overview }: { view: ProvinceView; overview: ProvinceOverview }) {
  const { locale } = view;
  const tMaps = await getTranslations("maps");
  const row = overview.rows.find((item) => item.definition.key === view.trendKey) ?? overview.rows[0]!;
  const { definition } = row;
  const name = localized(definition, "name", locale);
  const figures = new Map(
    mapUnitsOf(overview.children, definition.key, locale, (city) =>
      cityHref(city.code ?? "", view.quarter),
    ).map((unit) => [unit.code, unit]),
  );
  return (
    <Card title={tMaps("title", { name })}>
      <TileChoropleth
        units={shandongCityMapUnits((code) => figures.get(code), locale)}
        layout={SHANDONG_CITY_TILES}
        mode="status"
        label={tMaps("citiesLabel", { scope: localized(overview.province, "name", locale), name })}
        note={tMaps("citiesNote")}
        formatBound={(value) => formatIndicatorValue(value, definition, locale)}
        labelLength={locale === "zh" ? 4 : 9}
      />
    </Card>
  );
}

const statusLabels = (tIndicators: (key: string) => string) =>
  Object.fromEntries(
    (Object.keys(STATUS_SYMBOLS) as StatusKind[]).map((status) => [status, tIndicators(`status.${status}`)]),
  ) as Record<StatusKind, string>;

async function ProvinceTrends({ view, overview }: { view: ProvinceView; overview: ProvinceOverview }) {
  const { locale } = view;
  const [t, tIndicators] = await Promise.all([getTranslations("dashboard"), getTranslations("indicators")]);
  const row = overview.rows.find((item) => item.definition.key === view.trendKey) ?? overview.rows[0]!;
  const definition = row.definition;
  const name = localized(definition, "name", locale);
  const targetText = row.target ? formatTargetBound(row.target.value, definition, locale) : null;
  const bars = overview.children.flatMap((city) => {
    const cityRow = city.rows.find((item) => item.definition.key === definition.key);
    const result = cityRow?.value?.result;
    return result?.computable
      ? [{ name: localized(city, "name", locale), value: result.value, status: cityRow!.status.status }]
      : [];
  });
  const choices = HEADLINE_KEYS.flatMap((key) => overview.rows.filter((item) => item.definition.key === key));
  return (
    <div className="grid gap-4 xl:grid-cols-2">
      <Card title={`${t("trend")}：${name}`}>
        <nav aria-label={t("trendIndicator")} className="mb-3 flex flex-wrap gap-1">
          {choices.map((choice) => (
            <Link
              key={choice.definition.key}
              href={provinceHref(view, { trend: choice.definition.key })}
              aria-current={choice.definition.key === definition.key ? "true" : undefined}
              className="rounded-full border border-slate-200 px-2 py-0.5 text-xs text-slate-600 hover:border-brand-600 aria-[current=true]:border-brand-700 aria-[current=true]:bg-brand-50 aria-[current=true]:text-brand-800"
            >
              {localized(choice.definition, "name", locale)}
            </Link>
          ))}
        </nav>
        {row.history.length === 0 ? (
          <EmptyState title={tIndicators("detail.historyEmpty")} />
        ) : (
          <IndicatorHistoryChart
            points={row.history.map((point) => ({ label: quarterKey(point), value: point.value }))}
            target={row.target?.value ?? null}
            targetLabel={tIndicators("detail.targetLine")}
            valueLabel={tIndicators("chart.value")}
            ariaLabel={tIndicators("chart.label", { name })}
            valueType={definition.valueType}
            targetText={targetText}
          />
        )}
      </Card>
      <Card title={t("cityComparison", { name })}>
        {bars.length === 0 ? (
          <EmptyState title={t("empty")} />
        ) : (
          <CountyBarChart
            bars={bars}
            target={row.target?.value ?? null}
            targetLabel={tIndicators("detail.targetLine")}
            valueLabel={tIndicators("chart.value")}
            ariaLabel={t("cityComparisonLabel", { name })}
            valueType={definition.valueType}
            targetText={targetText}
            statusLabels={statusLabels(tIndicators)}
          />
        )}
      </Card>
    </div>
  );
}

async function ProvinceHeatTable({ view, overview }: { view: ProvinceView; overview: ProvinceOverview }) {
  const t = await getTranslations("dashboard");
  const cities = view.sort
    ? sortByIndicator(overview.children, view.sort.key, view.sort.direction)
    : overview.children;
  const codes = new Map(overview.children.map((city) => [city.id, city.code]));
  const definitions = HEAT_TABLE_KEYS.flatMap((key) => overview.definitions.filter((d) => d.key === key));
  return (
    <Card title={t("provinceHeatTable")}>
      <p className="mb-3 text-xs text-slate-500">{t("provinceHeatTableHint")}</p>
      <HeatTable
        units={cities}
        definitions={definitions}
        sort={view.sort}
        sortHref={(key, direction) => provinceHref(view, { sort: key, dir: direction })}
        unitHref={(city) => cityHref(codes.get(city.id)!, view.quarter)}
        caption={t("provinceHeatTable")}
        unitLabel={t("city")}
      />
    </Card>
  );
}
