import "server-only";
import { assertCan } from "@/lib/auth/permissions";
import { cityRowsWhere, inScope } from "@/lib/auth/scope";
import type { SessionUser } from "@/lib/data/auth/session-user";
import { db } from "@/lib/db";

/** A collection's definition as its pages show it. */
export const COLLECTION_FIELDS = {
  id: true,
  nameZh: true,
  nameEn: true,
  periodType: true,
  startsOn: true,
  endsOn: true,
  deadlineKind: true,
  deadlineDays: true,
  isQuarterlyReport: true,
  reporterLevel: true,
  schoolLevels: true,
  opensOnSchedule: true,
  scheduleOwner: { select: { displayName: true } },
} as const;

/**
 * A collection of the user's city with its items (catalogue and custom, in form order) and its periods, newest
 * first; null when missing or another city's.
 */
export async function getCityCollection(user: SessionUser, collectionId: number) {
  assertCan(user, "submissions:view");
  const collection = await db().collection.findFirst({
    where: inScope({ id: collectionId }, cityRowsWhere(user)),
    select: {
      ...COLLECTION_FIELDS,
      version: true,
      items: {
        orderBy: [{ sortOrder: "asc" }, { indicatorKey: "asc" }],
        select: {
          noteRequired: true,
          rollsUp: true,
          indicator: {
            select: {
              key: true,
              kind: true,
              nameZh: true,
              nameEn: true,
              unit: true,
              unitEn: true,
              valueType: true,
              minValue: true,
              maxValue: true,
            },
          },
        },
      },
      periods: {
        orderBy: [{ year: "desc" }, { sequence: "desc" }],
        select: {
          id: true,
          periodType: true,
          year: true,
          sequence: true,
          startsOn: true,
          endsOn: true,
          state: true,
          deadline: true,
        },
      },
    },
  });
  if (!collection) return null;
  return {
    ...collection,
    items: collection.items.map(
      ({ noteRequired, rollsUp, indicator: { minValue, maxValue, ...indicator } }) => ({
        ...indicator,
        noteRequired,
        rollsUp,
        min: minValue === null ? null : Number(minValue),
        max: maxValue === null ? null : Number(maxValue),
      }),
    ),
  };
}

export type CityCollection = NonNullable<Awaited<ReturnType<typeof getCityCollection>>>;
