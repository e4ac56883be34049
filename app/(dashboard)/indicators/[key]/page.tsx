import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { notFound } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { IndicatorHistoryChart } from "@/components/charts/indicator-history-chart";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { IndicatorValue } from "@/components/indicators/indicator-value";
import { StatusBadge } from "@/components/indicators/status-badge";
import { StatusExplanation } from "@/components/indicators/status-explanation";
import { TargetText } from "@/components/indicators/target-text";
import { DeleteTargetForm, SetTargetForm } from "@/components/indicators/target-forms";
import { TargetRollUpTable } from "@/components/indicators/target-roll-up";
import { SplitTargetForm } from "@/components/indicators/target-split-form";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td, Th } from "@/components/ui/table";
import { can } from "@/lib/auth/permissions";
import { requireCityPagePermission } from "@/lib/auth/session";
import { getIndicatorOverview } from "@/lib/data/indicators/get-indicator-overview";
import { getCountyBases } from "@/lib/data/indicators/get-county-bases";
import { FairChoiceFields } from "@/components/dashboard/fair-choice-fields";
import { FilterBar } from "@/components/ui/filter-bar";
import { fairTable, isNormalisable, NORMALISED_VALUE_TYPE } from "@/lib/indicators/fair-rankings";
import { listIndicatorCatalogue } from "@/lib/data/indicators/list-indicator-catalogue";
import { getTargetRollUp } from "@/lib/data/targets/get-target-roll-up";
import { listIndicatorTargets } from "@/lib/data/targets/list-indicator-targets";
import { formatIndicatorValue, formatTargetBound } from "@/lib/indicators/format";
import { judgedOnOwnTargetOnly } from "@/lib/indicators/targets";
import { indicatorMapSchema, indicatorScopeSchema } from "@/lib/schemas/indicators";
import { localized } from "@/lib/utils/localized";
import { quarterKey } from "@/lib/utils/periods";
import { hrefWith, type SearchParams } from "@/lib/utils/search-params";
import { TileChoropleth } from "@/components/maps/tile-choropleth";
import { mapUnitsOf } from "@/lib/maps/map-units";
import { countyTilesOf } from "@/lib/maps/tile-layouts";

type Props = { params: Promise<{ key: string }>; searchParams: Promise<SearchParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: `${(await getTranslations("indicators"))("title")} · ${(await params).key}` };
}

export default async function IndicatorPage({ params, searchParams }: Props) {
  const user = await requireCityPagePermission("indicators:view");
  const { key } = await params;
  const query = await searchParams;
  const { county: countyId = null, per, peers } = indicatorScopeSchema.parse(query);
  const { mapBy } = indicatorMapSchema.parse(query);
  const [
    definitions,
    overview,
    targets,
    rollUp,
    bases,
    t,
    tTargets,
    tCascade,
    tCommon,
    tFair,
    tMaps,
    locale,
    format,
  ] = await Promise.all([
    listIndicatorCatalogue(user),
    getIndicatorOverview(user, countyId),
    listIndicatorTargets(user, key),
    // The whole city's roll-up, on the city's page only: a county's page compares nothing with the city total.
    countyId === null ? getTargetRollUp(user, key) : null,
    // The counties' bases for fair comparison, on the city's page only (decision 0039).
    countyId === null ? getCountyBases(user) : null,
    getTranslations("indicators"),
    getTranslations("targets"),
    getTranslations("targetCascade"),
    getTranslations("common"),
    getTranslations("dashboard.fair"),
    getTranslations("maps"),
    getLocale(),
    getFormatter(),
  ]);
  const definition = definitions.find((item) => item.key === key);
  if (!definition || (countyId !== null && !overview)) notFound();
  const row = overview?.org.rows.find((item) => item.definition.key === key);
  const name = localized(definition, "name", locale);
  const unit = localized(definition, "unit", locale);
  const children = (overview?.children ?? []).flatMap((child) => {
    const childRow = child.rows.find((item) => item.definition.key === key);
    return childRow ? [{ child, row: childRow }] : [];
  });
  // Counties are compared per the chosen base and ranked in their peer group; towns are listed as they are.
  const isCountyComparison = overview?.org.level === "city";
  const fair = isCountyComparison
    ? fairTable(overview!.children, { bases, normalisation: per, scheme: peers, rankKey: key })
    : null;
  const isNormalised = fair !== null && per !== "raw" && isNormalisable(definition);
  const groupText = (id: number) => {
    const group = tFair(`groups.${peers}.${fair?.groups.get(id) ?? "none"}`);
    const rank = fair?.ranks.get(id);
    return rank ? tFair("rankInGroup", { group, rank: rank.rank, of: rank.of }) : group;
  };
  const canEditTargets = can(user.role, "targets:edit") && overview !== null;
  const cityTargets = targets.filter((target) => target.countyId === null);
  const scopeName = overview
    ? overview.org.level === "city"
      ? localized(overview.cityName, "name", locale)
      : localized(overview.org, "name", locale)
    : null;
  const facts: [string, string | null][] = [
    [t("detail.definition"), localized(definition, "definition", locale)],
    [t("detail.formula"), localized(definition, "formula", locale)],
    [t("detail.source"), definition.policySource],
    [t("detail.office"), definition.responsibleOffice],
    [t("detail.unit"), unit || null],
    [t("detail.direction"), t(`direction.${definition.direction}`)],
    [
      t("columns.kind"),
      t(`kind.${definition.kind}`) + (definition.isCumulative ? ` · ${t("detail.cumulative")}` : ""),
    ],
  ];

  return (
    <>
      <Breadcrumbs
        items={[
          { label: t("title"), href: `/indicators${countyId ? `?county=${countyId}` : ""}` },
          { label: name },
        ]}
      />
      <PageHeader
        title={name}
        description={
          scopeName && overview
            ? `${scopeName} · ${t("asOf", {
                date: format.dateTime(overview.asOf, { dateStyle: "long" }),
                quarter: t("quarter", { ...overview.currentQuarter }),
              })}`
            : undefined
        }
      />
      <div className="grid gap-4 xl:grid-cols-2">
        <Card title={t("detail.definition")}>
          <dl className="space-y-2 text-sm">
            {facts
              .filter(([, value]) => value)
              .map(([label, value]) => (
                <div key={label} className="grid grid-cols-[7rem_1fr] gap-2">
                  <dt className="text-slate-500">{label}</dt>
                  <dd className="text-slate-900">{value}</dd>
                </div>
              ))}
          </dl>
        </Card>
        {row ? (
          <Card title={t("explain.title")}>
            <p className="mb-3 text-2xl font-semibold text-slate-900" data-testid="indicator-value">
              <IndicatorValue
                result={row.value?.result ?? null}
                definition={definition}
                isAwaitingApproval={row.isAwaitingApproval}
              />
            </p>
            <p className="mb-3 text-sm text-slate-600">
              {t("columns.target")}: <TargetText target={row.target} definition={definition} showSource />
              {row.value?.coverage && (
                <span className="ml-2 text-xs text-slate-500">· {t("coverage", row.value.coverage)}</span>
              )}
            </p>
            <StatusExplanation status={row.status} definition={definition} />
          </Card>
        ) : (
          <Card title={t("explain.title")}>
            <p className="text-sm text-slate-600">{overview ? t("schoolLevelOnly") : t("principalNote")}</p>
          </Card>
        )}
      </div>

      {row && (
        <Card title={t("detail.history")} className="mt-4">
          {row.history.length === 0 ? (
            <EmptyState title={t("detail.historyEmpty")} />
          ) : (
            <IndicatorHistoryChart
              points={row.history.map((point) => ({
                label: quarterKey(point),
                value: point.value,
              }))}
              target={row.target?.value ?? null}
              targetLabel={t("detail.targetLine")}
              valueLabel={t("chart.value")}
              ariaLabel={t("chart.label", { name })}
              valueType={definition.valueType}
              targetText={row.target ? formatTargetBound(row.target.value, definition, locale) : null}
            />
          )}
        </Card>
      )}

      {overview && row && (
        <Card
          title={overview.org.level === "city" ? t("detail.breakdownCounties") : t("detail.breakdownTowns")}
          className="mt-4"
        >
          {children.length === 0 ? (
            <p className="text-sm text-slate-600">{t("detail.breakdownReported")}</p>
          ) : (
            <>
              {overview.org.level === "county" && (
                <p className="mb-2 text-xs text-slate-500">{t("detail.townsNote")}</p>
              )}
              {overview.org.level === "city" && (
                <div className="mb-4">
                  <TileChoropleth
                    units={mapUnitsOf(
                      children.map(({ child }) => child),
                      key,
                      locale,
                      (county) => `/indicators/${key}?county=${county.id}`,
                    )}
                    layout={countyTilesOf(overview.org.code ?? null)}
                    mode={mapBy}
                    label={tMaps("countiesLabel", { scope: scopeName ?? "", name })}
                    note={tMaps("countiesIndicatorNote")}
                    formatBound={(value) => formatIndicatorValue(value, definition, locale)}
                    modeHref={(mode) =>
                      hrefWith(`/indicators/${key}`, query, { mapBy: mode === "status" ? undefined : mode })
                    }
                    labelLength={locale === "zh" ? 4 : 9}
                    hasTable={false}
                  />
                </div>
              )}
              {isCountyComparison && (
                <>
                  <FilterBar resetHref={`/indicators/${key}`} label={tFair("scheme")}>
                    <FairChoiceFields fair={{ normalisation: per, scheme: peers }} />
                  </FilterBar>
                  <p className="mb-2 text-xs text-slate-500">{tFair("hint")}</p>
                </>
              )}
              <Table caption={t("detail.breakdown")}>
                <thead>
                  <tr>
                    <Th>{t("columns.org")}</Th>
                    {isCountyComparison && <Th>{tFair("scheme")}</Th>}
                    <Th className="text-right">{t("columns.value")}</Th>
                    {isNormalised && (
                      <Th className="text-right">
                        {t("columns.value")}
                        {tFair("perHeader", { per: tFair(`per.${per}`) })}
                      </Th>
                    )}
                    <Th>{t("columns.target")}</Th>
                    <Th>{t("columns.status")}</Th>
                  </tr>
                </thead>
                <tbody className="divide-y divide-slate-100">
                  {children.map(({ child, row: childRow }) => (
                    <tr key={child.id}>
                      <Td>
                        {child.level === "county" ? (
                          <Link
                            href={`/indicators/${key}?county=${child.id}`}
                            className="text-brand-700 hover:underline"
                          >
                            {localized(child, "name", locale)}
                          </Link>
                        ) : (
                          child.name
                        )}
                      </Td>
                      {isCountyComparison && (
                        <Td className="text-xs whitespace-nowrap text-slate-600">{groupText(child.id)}</Td>
                      )}
                      <Td className="text-right whitespace-nowrap">
                        <IndicatorValue result={childRow.value?.result ?? null} definition={definition} />
                      </Td>
                      {isNormalised && (
                        <Td className="text-right whitespace-nowrap">
                          <IndicatorValue
                            result={fair!.resultOf(child.id, childRow)}
                            definition={{ ...definition, valueType: NORMALISED_VALUE_TYPE }}
                          />
                        </Td>
                      )}
                      <Td>
                        <TargetText target={childRow.target} definition={definition} />
                      </Td>
                      <Td>
                        <StatusBadge status={childRow.status.status} reason={childRow.status.reason} />
                      </Td>
                    </tr>
                  ))}
                </tbody>
              </Table>
            </>
          )}
          {overview.org.computation.schoolsWithoutFacilityData > 0 && (
            <p className="mt-2 text-xs text-slate-500">
              {t("detail.schoolsWithoutFacility", {
                count: overview.org.computation.schoolsWithoutFacilityData,
              })}
            </p>
          )}
        </Card>
      )}

      {overview && row && (
        <Card title={tTargets("title")} className="mt-4">
          <p className="mb-3 text-sm text-slate-600">{tTargets("description")}</p>
          {definition.defaultTarget !== null && (
            <p className="mb-3 text-sm text-slate-600">
              {tTargets("policyDefault", {
                value: formatIndicatorValue(definition.defaultTarget, definition, locale),
                year: definition.defaultDeadlineYear ?? "—",
              })}
            </p>
          )}
          {targets.length === 0 ? (
            <p className="mb-3 text-sm text-slate-500">
              {overview.org.level === "county" && judgedOnOwnTargetOnly(definition)
                ? tTargets("emptyOwnOnly")
                : tTargets("empty")}
            </p>
          ) : (
            <div className="mb-4">
              <Table caption={tTargets("title")}>
                <thead>
                  <tr>
                    <Th>{tTargets("county")}</Th>
                    <Th className="text-right">{tTargets("value")}</Th>
                    <Th>{tTargets("deadlineYear")}</Th>
                    <Th>{tTargets("note")}</Th>
                    <Th>{tTargets("setBy")}</Th>
                    {canEditTargets && <Th>{tCommon("actions")}</Th>}
                  </tr>
                </thead>
                <tbody className="divide-y divide-slate-100">
                  {targets.map((target) => (
                    <tr key={target.id}>
                      <Td>
                        {target.county ? localized(target.county, "name", locale) : tTargets("cityDefault")}
                      </Td>
                      <Td className="text-right tabular-nums">
                        {formatTargetBound(target.value, definition, locale)}
                      </Td>
                      <Td>{target.deadlineYear}</Td>
                      <Td>{target.note}</Td>
                      <Td className="text-xs text-slate-600">
                        {target.setBy.displayName} · {format.dateTime(target.setAt, { dateStyle: "medium" })}
                      </Td>
                      {canEditTargets && (
                        <Td>
                          <DeleteTargetForm targetId={target.id} />
                        </Td>
                      )}
                    </tr>
                  ))}
                </tbody>
              </Table>
            </div>
          )}
          {canEditTargets && (
            <SetTargetForm
              level="city"
              // Remount per scope: the county choice is an uncontrolled default that must follow the URL.
              key={overview.org.id}
              indicatorKey={key}
              counties={(overview.org.level === "city" ? overview.children : [overview.org]).map(
                (county) => ({
                  id: county.id,
                  label: localized(county, "name", locale),
                }),
              )}
              defaultCountyId={overview.org.level === "county" ? overview.org.id : null}
              defaultDeadlineYear={
                row.target?.deadlineYear ?? definition.defaultDeadlineYear ?? overview.currentQuarter.year
              }
              unit={unit}
            />
          )}
        </Card>
      )}

      {overview?.org.level === "city" && row && rollUp && (
        <Card title={tCascade("rollUpTitle")} className="mt-4">
          <TargetRollUpTable rollUp={rollUp} definition={definition} />
          {canEditTargets && rollUp.cascade === "split" && rollUp.decimals !== null && (
            <div className="mt-6">
              <h3 className="mb-1 text-sm font-semibold text-slate-900">{tCascade("splitTitle")}</h3>
              <p className="mb-3 text-sm text-slate-600">{tCascade("splitDescription")}</p>
              {cityTargets.length === 0 ? (
                <p className="text-sm text-slate-500">{tCascade("splitNoCityTarget")}</p>
              ) : (
                <SplitTargetForm
                  indicatorKey={key}
                  decimals={rollUp.decimals}
                  unit={unit}
                  cityTargets={cityTargets.map((target) => ({
                    deadlineYear: target.deadlineYear,
                    value: target.value,
                    label: tCascade("cityTargetOption", {
                      value: formatTargetBound(target.value, definition, locale),
                      year: target.deadlineYear,
                    }),
                  }))}
                  counties={rollUp.counties.map((county) => ({
                    id: county.countyId,
                    code: county.code,
                    label: localized(county, "name", locale),
                    bases: county.bases,
                  }))}
                />
              )}
            </div>
          )}
        </Card>
      )}
    </>
  );
}
