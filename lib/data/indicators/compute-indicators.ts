import "server-only";
import type { DbClient } from "@/lib/db";
import {
  COMPUTED_COUNTY_KEYS,
  computeOrgIndicators,
  countiesBalancedShare,
  type ComputedKey,
  type EffectiveStandards,
  type OrgComputation,
  type SchoolProfile,
} from "@/lib/indicators/computed-indicators";
import { toEffectiveStandards, type ThresholdRow } from "@/lib/indicators/effective-standards";
import type { IndicatorDefinitionView, OrgValue } from "@/lib/indicators/indicator-rows";
import { rollUpReported } from "@/lib/indicators/reported";
import type { IndicatorResult } from "@/lib/indicators/result";
import { type HistoryPoint, TREND_QUARTERS } from "@/lib/indicators/status";
import type { TargetRow } from "@/lib/indicators/targets";
import type { CitySettings } from "@/lib/settings/city-settings";
import { quarterOf, quartersBetween, recentQuarters, type Quarter } from "@/lib/utils/periods";
import { unsafeLoadCitySettings } from "@/lib/data/settings/load-city-settings";
import { unsafeLoadThresholdsInForce } from "@/lib/data/standards/load-thresholds";
import { unsafeLoadSchoolProfiles, unsafeLoadTowns } from "./load-school-profiles";
import { unsafeLoadApprovedReportedValues, unsafeLoadPendingCounties } from "./load-reported-values";
import { unsafeLoadSnapshots } from "./snapshots";

export interface OrgIndicatorData {
  values: Map<string, OrgValue>;
  history: Map<string, HistoryPoint[]>;
}

export interface IndicatorComputation {
  asOf: Date;
  currentQuarter: Quarter;
  cityId: number;
  definitions: IndicatorDefinitionView[];
  thresholds: ThresholdRow[];
  standards: EffectiveStandards;
  settings: CitySettings;
  targets: TargetRow[];
  /** The whole city, when asked for */
  city: (OrgIndicatorData & { computation: OrgComputation }) | null;
  counties: Map<number, OrgIndicatorData & { computation: OrgComputation }>;
  /** The active schools of the counties, as the computed indicators saw them */
  profiles: SchoolProfile[];
  /** Each town of the counties (computed indicators only), when asked for */
  towns: Map<number, OrgComputation>;
  /** Counties whose current-quarter submission is not approved yet */
  awaitingApproval: Set<number>;
}

export async function unsafeLoadIndicatorDefinitions(client: DbClient): Promise<IndicatorDefinitionView[]> {
  const rows = await client.indicatorDefinition.findMany({ orderBy: { sortOrder: "asc" } });
  return rows.map((row) => ({
    key: row.key,
    theme: row.theme,
    nameZh: row.nameZh,
    nameEn: row.nameEn,
    unit: row.unit,
    unitEn: row.unitEn,
    valueType: row.valueType,
    direction: row.direction,
    kind: row.kind,
    levels: row.levels,
    definitionZh: row.definitionZh,
    definitionEn: row.definitionEn,
    formulaZh: row.formulaZh,
    formulaEn: row.formulaEn,
    policySource: row.policySource,
    responsibleOffice: row.responsibleOffice,
    isCumulative: row.isCumulative,
    cityRollUp: row.cityRollUp,
    defaultTarget: row.defaultTarget?.toNumber() ?? null,
    defaultDeadlineYear: row.defaultDeadlineYear,
    sortOrder: row.sortOrder,
  }));
}

async function unsafeLoadTargets(client: DbClient, cityId: number): Promise<TargetRow[]> {
  const rows = await client.target.findMany({
    where: { cityId },
    select: { indicatorKey: true, countyId: true, value: true, deadlineYear: true },
  });
  return rows.map((row) => ({ ...row, value: row.value.toNumber() }));
}

function pushHistory(
  history: Map<string, HistoryPoint[]>,
  key: string,
  { year, quarter, value }: HistoryPoint,
) {
  const points = history.get(key) ?? [];
  points.push({ year, quarter, value });
  history.set(key, points);
}

const sortHistory = (history: Map<string, HistoryPoint[]>) => {
  for (const points of history.values()) points.sort((a, b) => quartersBetween(b, a));
};

/**
 * Every indicator of the given counties (and, with `includeCity`, of their whole city) as of `asOf`: computed ones
 * live from the base data, reported ones from approved submissions, with their quarterly history. A handful of
 * aggregate queries whatever the number of schools. Unscoped: callers pass a city and counties they have checked.
 */
export async function unsafeComputeIndicators(
  client: DbClient,
  options: { cityId: number; countyIds: number[]; includeCity: boolean; includeTowns?: boolean; asOf: Date },
): Promise<IndicatorComputation> {
  const { cityId, countyIds, asOf } = options;
  const currentQuarter = quarterOf(asOf);
  const quarters = recentQuarters(currentQuarter, TREND_QUARTERS);
  const pastQuarters = quarters.slice(0, -1);
  const [definitions, thresholds, settings, targets] = await Promise.all([
    unsafeLoadIndicatorDefinitions(client),
    unsafeLoadThresholdsInForce(client, cityId, asOf),
    unsafeLoadCitySettings(client, cityId),
    unsafeLoadTargets(client, cityId),
  ]);
  const standards = toEffectiveStandards(thresholds);
  const [profiles, towns, reported, awaitingApproval, countySnapshots, citySnapshots] = await Promise.all([
    unsafeLoadSchoolProfiles(client, { countyIds, asOf, principalTermYears: settings.principal_term_years }),
    unsafeLoadTowns(client, countyIds),
    unsafeLoadApprovedReportedValues(client, countyIds, quarters),
    unsafeLoadPendingCounties(client, countyIds, currentQuarter),
    unsafeLoadSnapshots(client, "COUNTY", countyIds, pastQuarters),
    options.includeCity ? unsafeLoadSnapshots(client, "CITY", [cityId], pastQuarters) : Promise.resolve([]),
  ]);

  const reportedDefinitions = definitions.filter((definition) => definition.kind === "REPORTED");
  const counties = new Map<number, OrgIndicatorData & { computation: OrgComputation }>();
  for (const countyId of countyIds) {
    const computation = computeOrgIndicators(
      profiles.filter((profile) => profile.countyId === countyId),
      towns.filter((town) => town.countyId === countyId),
      standards,
      "county",
    );
    const values = computedValues(computation.results, currentQuarter);
    const history = new Map<string, HistoryPoint[]>();
    for (const point of countySnapshots.filter((snapshot) => snapshot.orgId === countyId))
      pushHistory(history, point.indicatorKey, point);
    addCurrentPoints(history, values);
    for (const point of reported.filter((value) => value.countyId === countyId)) {
      pushHistory(history, point.indicatorKey, point);
    }
    sortHistory(history);
    for (const definition of reportedDefinitions) {
      const latest = history.get(definition.key)?.at(-1);
      if (latest)
        values.set(definition.key, { result: { computable: true, value: latest.value }, quarter: latest });
    }
    counties.set(countyId, { values, history, computation });
  }

  let city: IndicatorComputation["city"] = null;
  if (options.includeCity) {
    const computation = computeOrgIndicators(profiles, towns, standards, "city");
    computation.results.counties_balanced_and_preschool_share = countiesBalancedShare(
      [...counties.values()].map((county) => county.computation.results),
      standards,
    );
    const values = computedValues(computation.results, currentQuarter);
    const history = new Map<string, HistoryPoint[]>();
    for (const point of citySnapshots) pushHistory(history, point.indicatorKey, point);
    addCurrentPoints(history, values);
    for (const definition of reportedDefinitions) {
      for (const quarter of quarters) {
        const countyValues = reported.filter(
          (value) =>
            value.indicatorKey === definition.key &&
            value.year === quarter.year &&
            value.quarter === quarter.quarter,
        );
        const result = rollUpReported(
          definition.cityRollUp,
          countyValues.map((value) => value.value),
        );
        if (!result.computable) continue;
        pushHistory(history, definition.key, { ...quarter, value: result.value });
        values.set(definition.key, {
          result,
          quarter,
          coverage: { reporting: countyValues.length, total: countyIds.length },
        });
      }
    }
    sortHistory(history);
    city = { values, history, computation };
  }

  const townComputations = new Map<number, OrgComputation>();
  if (options.includeTowns)
    for (const town of towns)
      townComputations.set(
        town.townId,
        computeOrgIndicators(
          profiles.filter((profile) => profile.townId === town.townId),
          [town],
          standards,
          "town",
        ),
      );

  return {
    asOf,
    currentQuarter,
    cityId,
    definitions,
    thresholds,
    standards,
    settings,
    targets,
    city,
    counties,
    profiles,
    towns: townComputations,
    awaitingApproval,
  };
}

function computedValues(
  results: Partial<Record<ComputedKey, IndicatorResult>>,
  quarter: Quarter,
): Map<string, OrgValue> {
  const values = new Map<string, OrgValue>();
  for (const [key, result] of Object.entries(results)) if (result) values.set(key, { result, quarter });
  return values;
}

function addCurrentPoints(history: Map<string, HistoryPoint[]>, values: Map<string, OrgValue>) {
  for (const [key, { result, quarter }] of values)
    if (result.computable) pushHistory(history, key, { ...quarter, value: result.value });
}

/** The computed indicator keys whose values are frozen when a quarter closes. */
export const SNAPSHOT_KEYS: readonly ComputedKey[] = [
  ...COMPUTED_COUNTY_KEYS,
  "counties_balanced_and_preschool_share",
];
