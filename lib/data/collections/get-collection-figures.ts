import "server-only";
import { assertCan } from "@/lib/auth/permissions";
import { scopeBounds } from "@/lib/auth/scope";
import type { SessionUser } from "@/lib/data/auth/session-user";
import { db } from "@/lib/db";
import { SUBMISSION_WORKFLOW } from "@/lib/workflows/submissions";

/**
 * The figures of a collection's custom items (decision 0044), as the dashboards show catalogue indicators: for each
 * item and each opened period (oldest first), the approved values added up over the counties in the user's scope
 * (the city total for city roles, the county's own for a county), and completeness: how many of the scope's reports
 * of the period are approved with a value. Null when the collection is not in the user's city.
 */
export async function getCollectionFigures(user: SessionUser, collectionId: number) {
  assertCan(user, "submissions:view");
  const bounds = scopeBounds(user);
  if (!bounds || bounds.schoolId !== null) return null;
  const client = db();
  const collection = await client.collection.findFirst({
    where: { id: collectionId, cityId: bounds.cityId },
    select: {
      items: {
        where: { indicator: { kind: "CUSTOM" } },
        orderBy: [{ sortOrder: "asc" }, { indicatorKey: "asc" }],
        select: {
          indicator: { select: { key: true, nameZh: true, nameEn: true, unit: true, unitEn: true } },
        },
      },
      periods: {
        where: { state: { not: "NOT_OPEN" } },
        orderBy: [{ endsOn: "asc" }, { id: "asc" }],
        select: { id: true, periodType: true, year: true, sequence: true, startsOn: true, endsOn: true },
      },
    },
  });
  if (!collection) return null;
  const periodIds = collection.periods.map((period) => period.id);
  const keys = collection.items.map((item) => item.indicator.key);
  const counting = SUBMISSION_WORKFLOW.sets.counting;
  const [values, reports] = await Promise.all([
    client.$queryRaw<{ periodId: number; indicatorKey: string; total: string; reported: number }[]>`
      SELECT s.period_id AS "periodId", v.indicator_key AS "indicatorKey", sum(v.value)::text AS total,
        count(*)::int AS reported
      FROM submission_values v JOIN submissions s ON s.id = v.submission_id
      WHERE s.period_id = ANY(${periodIds}::int[]) AND v.indicator_key = ANY(${keys}::text[])
        AND v.value IS NOT NULL AND s.state = ANY(${counting}::submission_state[])
        AND (${bounds.countyId}::int IS NULL OR s.county_id = ${bounds.countyId}::int)
      GROUP BY s.period_id, v.indicator_key`,
    client.submission.groupBy({
      by: ["periodId"],
      where: {
        periodId: { in: periodIds },
        ...(bounds.countyId === null ? {} : { countyId: bounds.countyId }),
      },
      _count: { _all: true },
    }),
  ]);
  const reportsOf = new Map(reports.map((row) => [row.periodId, row._count._all]));
  return collection.items.map(({ indicator }) => ({
    ...indicator,
    periods: collection.periods.map((period) => {
      const row = values.find(
        (value) => value.periodId === period.id && value.indicatorKey === indicator.key,
      );
      const expected = reportsOf.get(period.id) ?? 0;
      return {
        period,
        total: row ? Number(row.total) : null,
        reported: row?.reported ?? 0,
        expected,
      };
    }),
  }));
}
