// The city dashboard's sections. They are the same for every user of one role in the city, so each is a shared cached
// section (docs/decisions/0017) under the viewer, the city's data version, the locale and the filters; on a miss they
// await the same shared indicator computation, and Suspense shows a skeleton per card meanwhile.
import { Link } from "@/components/ui/link";
import { usesSampleStandards } from "@/lib/indicators/effective-standards";
import { getFormatter, getTranslations } from "next-intl/server";
import { CountyBarChart } from "@/components/charts/county-bar-chart";
import { IndicatorHistoryChart } from "@/components/charts/indicator-history-chart";
import { HeadlineCards } from "@/components/dashboard/headline-cards";
import { HeatTable } from "@/components/dashboard/heat-table";
import { ExportTableButton } from "@/components/reports/export-table-button";
import { SubmissionStateBadge } from "@/components/submissions/submission-state-badge";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { can } from "@/lib/auth/permissions";
import { isProvinceRole } from "@/lib/auth/scope";
import { beginSharedSection, type SharedSectionKey } from "@/lib/cache/shared-section";
import { getSubmissionSummary } from "@/lib/data/submissions/get-submission-summary";
import { getIndicatorOverview } from "@/lib/data/indicators/get-indicator-overview";
import { getCountyBases } from "@/lib/data/indicators/get-county-bases";
import { fairTable, type Normalisation, type PeerScheme } from "@/lib/indicators/fair-rankings";
import {
  HEADLINE_KEYS,
  HEAT_TABLE_KEYS,
  inPeerGroup,
  sortByIndicator,
  type PeerGroup,
  type SortDirection,
} from "@/lib/indicators/dashboard";
import { formatIndicatorValue, formatTargetBound } from "@/lib/indicators/format";
import { STATUS_SYMBOLS, type StatusKind } from "@/lib/indicators/status";
import { localized } from "@/lib/utils/localized";
import { quarterKey, type Quarter } from "@/lib/utils/periods";
import { hrefWith } from "@/lib/utils/search-params";
import { TileChoropleth } from "@/components/maps/tile-choropleth";
import type { MapMode } from "@/lib/maps/map-colours";
import { mapUnitsOf } from "@/lib/maps/map-units";
import { countyTilesOf } from "@/lib/maps/tile-layouts";
import { SUBMISSION_WORKFLOW, type SubmissionSet } from "@/lib/workflows/submissions";

/** A city section's arguments: plain values, all of them part of its cache key. */
export interface CityView extends SharedSectionKey {
  asOf: Date;
  quarter: Quarter;
  peerGroup: PeerGroup | null;
  /** Counts as counted or per base, and the peer groups ranks are taken in (decision 0039) */
  normalisation: Normalisation;
  peerScheme: PeerScheme;
  sort: { key: string; direction: SortDirection } | null;
  trendKey: string;
  /** The indicator the county map is coloured for, and how */
  mapKey: string;
  mapMode: MapMode;
  /** The dashboard's filter parameters, which its links keep */
  query: Record<string, string>;
}

/** The dashboard URL with some parameters changed */
const cityHref = (view: CityView, changes: Record<string, string | undefined>) =>
  hrefWith("/city", view.query, changes);

async function cityOverview(view: CityView) {
  const overview = await getIndicatorOverview(view.viewer, null, view.asOf);
  if (!overview || overview.org.level !== "city")
    throw new Error("The city dashboard needs a city-wide user");
  return overview;
}

export async function CityHeadlines({ view }: { view: CityView }) {
  "use cache: shared";
  beginSharedSection(view);
  const overview = await cityOverview(view);
  return (
    <HeadlineCards
      rows={overview.org.rows}
      keys={HEADLINE_KEYS}
      sampleStandards={usesSampleStandards(overview.thresholds)}
      countyId={null}
      linksToDetail={!isProvinceRole(view.viewer.role)}
    />
  );
}

export async function CityHeatTable({ view }: { view: CityView }) {
  "use cache: shared";
  beginSharedSection(view);
  const [overview, bases, t] = await Promise.all([
    cityOverview(view),
    getCountyBases(view.viewer, view.asOf),
    getTranslations("dashboard"),
  ]);
  const counties = overview.children.filter((county) => inPeerGroup(county.countyKind, view.peerGroup));
  // Groups and ranks are taken among the counties shown, so a kind filter and a size band combine.
  const table = fairTable(counties, {
    bases,
    normalisation: view.normalisation,
    scheme: view.peerScheme,
    rankKey: view.sort?.key ?? null,
  });
  const sorted = view.sort
    ? sortByIndicator(counties, view.sort.key, view.sort.direction, (county, row) =>
        table.resultOf(county.id, row),
      )
    : counties;
  const definitions = HEAT_TABLE_KEYS.flatMap((key) => overview.definitions.filter((d) => d.key === key));
  return (
    <Card
      title={t("heatTable")}
      className="print-wide"
      actions={
        can(view.viewer.role, "briefings:export") &&
        !isProvinceRole(view.viewer.role) && (
          <ExportTableButton
            table="county-heat"
            quarter={view.quarter}
            fair={{ normalisation: view.normalisation, scheme: view.peerScheme }}
          />
        )
      }
    >
      <p className="mb-1 text-xs text-slate-500">{t("heatTableHint")}</p>
      <p className="mb-3 text-xs text-slate-500">{t("fair.hint")}</p>
      <HeatTable
        units={sorted}
        definitions={definitions}
        sort={view.sort}
        sortHref={(key, direction) => cityHref(view, { sort: key, dir: direction })}
        // A province user's view of a city stops at the city: the county pages are the city's own.
        unitHref={(county) =>
          isProvinceRole(view.viewer.role)
            ? null
            : `/counties/${county.id}?period=${quarterKey(view.quarter)}`
        }
        fair={{ table, normalisation: view.normalisation, scheme: view.peerScheme }}
      />
    </Card>
  );
}

/** Links that pick the indicator of a card (the trend chart's, the map's), the current one marked. */
function IndicatorChooser({
  label,
  choices,
  currentKey,
  hrefOf,
  locale,
  scroll,
}: {
  label: string;
  choices: readonly { definition: { key: string; nameZh: string; nameEn: string } }[];
  currentKey: string;
  hrefOf: (key: string) => string;
  locale: string;
  /** False to keep the reader's place on the page (the map's chooser) */
  scroll?: boolean;
}) {
  return (
    <nav aria-label={label} className="mb-3 flex flex-wrap gap-1">
      {choices.map((choice) => (
        <Link
          key={choice.definition.key}
          href={hrefOf(choice.definition.key)}
          scroll={scroll}
          aria-current={choice.definition.key === currentKey ? "true" : undefined}
          className="rounded-full border border-slate-200 px-2 py-0.5 text-xs text-slate-600 hover:border-brand-600 aria-[current=true]:border-brand-700 aria-[current=true]:bg-brand-50 aria-[current=true]:text-brand-800"
        >
          {localized(choice.definition, "name", locale)}
        </Link>
      ))}
    </nav>
  );
}

/** The counties on the schematic map, coloured for one indicator; the chooser offers the headline indicators. */
export async function CityMap({ view }: { view: CityView }) {
  "use cache: shared";
  beginSharedSection(view);
  const { locale } = view;
  const [overview, t] = await Promise.all([cityOverview(view), getTranslations("maps")]);
  const row = overview.org.rows.find((item) => item.definition.key === view.mapKey) ?? overview.org.rows[0]!;
  const definition = row.definition;
  const name = localized(definition, "name", locale);
  const period = quarterKey(view.quarter);
  // A province user's view of a city stops at the city (its county pages are the city's own): squares stay here.
  const units = mapUnitsOf(overview.children, definition.key, locale, (county) =>
    isProvinceRole(view.viewer.role) ? cityHref(view, {}) : `/counties/${county.id}?period=${period}`,
  );
  const choices = HEADLINE_KEYS.flatMap((key) =>
    overview.org.rows.filter((item) => item.definition.key === key),
  );
  return (
    <Card title={t("title", { name })}>
      <IndicatorChooser
        label={t("indicator")}
        choices={choices}
        currentKey={definition.key}
        hrefOf={(key) => cityHref(view, { map: key })}
        locale={locale}
        scroll={false}
      />
      <TileChoropleth
        units={units}
        layout={countyTilesOf(overview.org.code ?? null)}
        mode={view.mapMode}
        label={t("countiesLabel", { scope: localized(overview.cityName, "name", locale), name })}
        note={t("countiesNote")}
        formatBound={(value) => formatIndicatorValue(value, definition, locale)}
        modeHref={(mode) => cityHref(view, { mapBy: mode === "status" ? undefined : mode })}
        labelLength={locale === "zh" ? 4 : 9}
      />
    </Card>
  );
}

const statusLabels = (tIndicators: (key: string) => string) =>
  Object.fromEntries(
    (Object.keys(STATUS_SYMBOLS) as StatusKind[]).map((status) => [status, tIndicators(`status.${status}`)]),
  ) as Record<StatusKind, string>;

export async function CityTrends({ view }: { view: CityView }) {
  "use cache: shared";
  beginSharedSection(view);
  const { locale } = view;
  const [overview, t, tIndicators] = await Promise.all([
    cityOverview(view),
    getTranslations("dashboard"),
    getTranslations("indicators"),
  ]);
  const row =
    overview.org.rows.find((item) => item.definition.key === view.trendKey) ?? overview.org.rows[0]!;
  const definition = row.definition;
  const name = localized(definition, "name", locale);
  const targetText = row.target ? formatTargetBound(row.target.value, definition, locale) : null;
  const bars = overview.children
    .filter((county) => inPeerGroup(county.countyKind, view.peerGroup))
    .flatMap((county) => {
      const countyRow = county.rows.find((item) => item.definition.key === definition.key);
      const result = countyRow?.value?.result;
      return result?.computable
        ? [{ name: localized(county, "name", locale), value: result.value, status: countyRow!.status.status }]
        : [];
    });
  const choices = HEADLINE_KEYS.flatMap((key) =>
    overview.org.rows.filter((item) => item.definition.key === key),
  );
  return (
    <div className="grid gap-4 xl:grid-cols-2">
      <Card title={`${t("trend")}：${name}`}>
        <IndicatorChooser
          label={t("trendIndicator")}
          choices={choices}
          currentKey={definition.key}
          hrefOf={(key) => cityHref(view, { trend: key })}
          locale={locale}
        />
        {row.history.length === 0 ? (
          <EmptyState title={tIndicators("detail.historyEmpty")} />
        ) : (
          <IndicatorHistoryChart
            points={row.history.map((point) => ({
              label: quarterKey(point),
              value: point.value,
            }))}
            target={row.target?.value ?? null}
            targetLabel={tIndicators("detail.targetLine")}
            valueLabel={tIndicators("chart.value")}
            ariaLabel={tIndicators("chart.label", { name })}
            valueType={definition.valueType}
            targetText={targetText}
          />
        )}
      </Card>
      <Card title={t("comparison", { name })}>
        {bars.length === 0 ? (
          <EmptyState title={t("empty")} />
        ) : (
          <CountyBarChart
            bars={bars}
            target={row.target?.value ?? null}
            targetLabel={tIndicators("detail.targetLine")}
            valueLabel={tIndicators("chart.value")}
            ariaLabel={t("comparisonLabel", { name })}
            valueType={definition.valueType}
            targetText={targetText}
            statusLabels={statusLabels(tIndicators)}
          />
        )}
      </Card>
    </div>
  );
}

export async function CitySubmissions({ view }: { view: CityView }) {
  "use cache: shared";
  beginSharedSection(view);
  const { locale } = view;
  const [summary, overview, t, tIndicators, tEnums, format] = await Promise.all([
    getSubmissionSummary(view.viewer, null, view.quarter),
    cityOverview(view),
    getTranslations("dashboard"),
    getTranslations("indicators"),
    getTranslations("enums"),
    getFormatter(),
  ]);
  const title = t("submissions", { period: tIndicators("quarter", { ...view.quarter }) });
  if (!summary?.period) {
    return (
      <Card title={title}>
        <p className="text-sm text-slate-600">{t("submissionsNone")}</p>
      </Card>
    );
  }
  const count = (set: SubmissionSet) =>
    summary.rows.filter((county) => SUBMISSION_WORKFLOW.isIn(set, county.state)).length;
  const names = new Map(overview.children.map((county) => [county.id, localized(county, "name", locale)]));
  return (
    <Card
      title={title}
      actions={
        <span className="flex items-center gap-2 text-xs text-slate-500">
          {can(view.viewer.role, "briefings:export") && (
            <ExportTableButton table="submission-board" quarter={view.quarter} />
          )}
          {tEnums(`periodState.${summary.period.state}`)} ·{" "}
          {t("submissionsDeadline", {
            date: format.dateTime(summary.period.deadline, { dateStyle: "medium" }),
          })}
        </span>
      }
    >
      <p className="mb-3 text-sm text-slate-700">
        {t("submissionsSummary", {
          approved: count("counting"),
          total: summary.rows.length,
          submitted: count("awaitingReview"),
          missing: count("awaitingCounty"),
        })}
      </p>
      <ul className="flex flex-wrap gap-2">
        {summary.rows.map((county) => (
          <li key={county.countyId}>
            <Link href={`/counties/${county.countyId}`} className="inline-flex items-center gap-1 text-sm">
              <span>{names.get(county.countyId)}</span>
              <SubmissionStateBadge state={county.state} isLate={county.timeliness === "late"} />
            </Link>
          </li>
        ))}
      </ul>
    </Card>
  );
}
