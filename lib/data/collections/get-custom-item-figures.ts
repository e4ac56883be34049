import "server-only";
import { assertCan } from "@/lib/auth/permissions";
import { scopeBounds } from "@/lib/auth/scope";
import { sharedValue } from "@/lib/cache/shared-cache";
import type { SessionUser } from "@/lib/data/auth/session-user";
import { type DataScope, unsafeDataVersion, unsafeReadAtVersion } from "@/lib/data/indicators/data-version";
import { db, type DbClient } from "@/lib/db";
import type { CollectionPeriodType, IndicatorKind } from "@/lib/generated/prisma/enums";
import type { IndicatorBasics } from "@/lib/indicators/catalogue";
import {
  type CustomItemPeriodFigure,
  type CustomItemRollUp,
  customItemRollUp,
  MEAN_VALUE_TYPES,
} from "@/lib/indicators/custom-items";
import { PERIOD_WORKFLOW, SUBMISSION_WORKFLOW } from "@/lib/workflows/submissions";

/** An opened period of a collection, named as `periodLabel` names it. */
export interface CustomItemPeriod {
  id: number;
  periodType: CollectionPeriodType;
  year: number;
  sequence: number;
  startsOn: Date;
  endsOn: Date;
  collection: { nameZh: string; nameEn: string };
}

/** A custom item says of itself what a catalogue indicator does, but for its kind, direction and targets. */
export interface CustomItemFigure extends Pick<
  IndicatorBasics,
  "key" | "nameZh" | "nameEn" | "unit" | "unitEn" | "valueType"
> {
  rollUp: CustomItemRollUp;
  /** The scope's figure per period, aligned with the collection's `periods` */
  periods: CustomItemPeriodFigure[];
  /** Each county's figure per period (aligned the same way); a county user's list is its own county */
  counties: { countyId: number; periods: CustomItemPeriodFigure[] }[];
}

export interface CustomCollectionFigures {
  id: number;
  nameZh: string;
  nameEn: string;
  periodType: CollectionPeriodType;
  /** Opened periods, oldest first */
  periods: CustomItemPeriod[];
  items: CustomItemFigure[];
}

export interface CustomItemFigures {
  /** The counties the breakdowns name, in the city's order */
  counties: { id: number; name: string; nameEn: string }[];
  /** The city's collections that have custom items, oldest first */
  collections: CustomCollectionFigures[];
}

const EMPTY: CustomItemFigures = { counties: [], collections: [] };

/** Kept a day at most: a write in the scope makes a new key long before that. */
const FIGURES_TTL_SECONDS = 24 * 3600;

/**
 * The custom items of every collection of the user's city (decision 0047) with their figures, as the dashboards
 * show catalogue indicators: per item and opened period the approved values added up (or averaged, by value type)
 * over the scope's counties, completeness (approved reports with a value / the period's reports), and each county's
 * own figure. City roles see the city and its counties; a county officer or leader its county. A school or a
 * province is no scope of these figures (the province's views roll up catalogue indicators only): empty.
 *
 * Shared by every user of the scope and cached under the scope's data version (decision 0015): an approval, a
 * period opened, a collection edited move it on, so the next read computes afresh.
 */
export async function getCustomItemFigures(user: SessionUser): Promise<CustomItemFigures> {
  assertCan(user, "submissions:view");
  const bounds = scopeBounds(user);
  if (!bounds || bounds.schoolId !== null) return EMPTY;
  const scope: DataScope = { cityId: bounds.cityId, countyId: bounds.countyId };
  const client = db();
  const version = await unsafeDataVersion(client, scope);
  return sharedValue(
    JSON.stringify(["custom-item-figures", scope.cityId, scope.countyId, version]),
    () => unsafeReadAtVersion(client, scope, version, (reader) => unsafeLoadCustomItemFigures(reader, scope)),
    { ttlSeconds: FIGURES_TTL_SECONDS },
  );
}

/**
 * One custom item of the user's city with its collection and figures, for its indicator page; null when the key
 * is no custom item of the user's city (another city's item looks exactly like a missing one).
 */
export async function getCustomItem(
  user: SessionUser,
  key: string,
): Promise<{
  collection: CustomCollectionFigures;
  item: CustomItemFigure;
  figures: CustomItemFigures;
} | null> {
  const figures = await getCustomItemFigures(user);
  for (const collection of figures.collections) {
    const item = collection.items.find((entry) => entry.key === key);
    if (item) return { collection, item, figures };
  }
  return null;
}

interface FigureRow {
  indicatorKey: string;
  periodId: number;
  /** null on the scope's row */
  countyId: number | null;
  value: number | null;
  reported: number;
  expected: number;
}

/**
 * The figures of a scope in two statements: the definitions (collections, custom items, opened periods) and one
 * aggregate over the periods' reports, grouped by item and period for the scope and by item, period and county
 * for the breakdown (GROUPING SETS). Unscoped: the caller passes the user's own scope.
 */
async function unsafeLoadCustomItemFigures(client: DbClient, scope: DataScope): Promise<CustomItemFigures> {
  const counting = SUBMISSION_WORKFLOW.sets.counting;
  const opened = PERIOD_WORKFLOW.sets.opened;
  const custom: IndicatorKind = "CUSTOM";
  const [collections, rows, counties] = await Promise.all([
    client.collection.findMany({
      where: {
        cityId: scope.cityId,
        items: { some: { indicator: { kind: "CUSTOM", cityId: scope.cityId } } },
      },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: {
        id: true,
        nameZh: true,
        nameEn: true,
        periodType: true,
        items: {
          where: { indicator: { kind: "CUSTOM", cityId: scope.cityId } },
          orderBy: [{ sortOrder: "asc" }, { indicatorKey: "asc" }],
          select: {
            indicator: {
              select: { key: true, nameZh: true, nameEn: true, unit: true, unitEn: true, valueType: true },
            },
          },
        },
        periods: {
          where: { state: { in: [...opened] } },
          orderBy: [{ endsOn: "asc" }, { id: "asc" }],
          select: { id: true, periodType: true, year: true, sequence: true, startsOn: true, endsOn: true },
        },
      },
    }),
    client.$queryRaw<FigureRow[]>`
      SELECT i.key AS "indicatorKey", p.id AS "periodId",
        CASE WHEN GROUPING(s.county_id) = 1 THEN NULL ELSE s.county_id END AS "countyId",
        (CASE WHEN i.value_type = ANY(${MEAN_VALUE_TYPES}::value_type[])
              THEN avg(v.value) FILTER (WHERE s.state = ANY(${counting}::submission_state[]))
              ELSE sum(v.value) FILTER (WHERE s.state = ANY(${counting}::submission_state[])) END)::float8 AS value,
        count(v.value) FILTER (WHERE s.state = ANY(${counting}::submission_state[]))::int AS reported,
        count(s.id)::int AS expected
      FROM collection_items ci
      JOIN collections c ON c.id = ci.collection_id AND c.city_id = ${scope.cityId}
      JOIN indicator_definitions i ON i.key = ci.indicator_key
        AND i.kind = ${custom}::indicator_kind AND i.city_id = ${scope.cityId}
      JOIN reporting_periods p ON p.collection_id = c.id AND p.state = ANY(${opened}::period_state[])
      JOIN submissions s ON s.period_id = p.id
        AND (${scope.countyId}::int IS NULL OR s.county_id = ${scope.countyId}::int)
      LEFT JOIN submission_values v ON v.submission_id = s.id AND v.indicator_key = i.key
      GROUP BY GROUPING SETS ((i.key, i.value_type, p.id), (i.key, i.value_type, p.id, s.county_id))`,
    client.county.findMany({
      where: { cityId: scope.cityId, ...(scope.countyId === null ? {} : { id: scope.countyId }) },
      orderBy: [{ sortOrder: "asc" }, { id: "asc" }],
      select: { id: true, name: true, nameEn: true },
    }),
  ]);
  const figureOf = new Map(
    rows.map((row) => [`${row.indicatorKey}|${row.periodId}|${row.countyId ?? ""}`, row]),
  );
  const at = (key: string, periodId: number, countyId: number | null): CustomItemPeriodFigure => {
    const row = figureOf.get(`${key}|${periodId}|${countyId ?? ""}`);
    return row
      ? { value: row.value, reported: row.reported, expected: row.expected }
      : { value: null, reported: 0, expected: 0 };
  };
  return {
    counties,
    collections: collections.map(({ items, periods, ...collection }) => ({
      ...collection,
      periods: periods.map((period) => ({
        ...period,
        collection: { nameZh: collection.nameZh, nameEn: collection.nameEn },
      })),
      items: items.map(({ indicator }) => ({
        ...indicator,
        rollUp: customItemRollUp(indicator.valueType),
        periods: periods.map((period) => at(indicator.key, period.id, null)),
        counties: counties.map((county) => ({
          countyId: county.id,
          periods: periods.map((period) => at(indicator.key, period.id, county.id)),
        })),
      })),
    })),
  };
}
