import "server-only";
import { assertCan } from "@/lib/auth/permissions";
import { inScope, submissionScopeWhere } from "@/lib/auth/scope";
import type { SessionUser } from "@/lib/data/auth/session-user";
import { db } from "@/lib/db";
import { notFoundError } from "@/lib/errors";
import { quarterOfPeriod } from "@/lib/utils/reporting-periods";

interface CollectionFilter {
  countyId?: number;
  year?: number;
  quarter?: number;
  indicatorKey?: string;
}

/**
 * The quarterly reports of the user's scope (a county: its own), with their current values, the values of the
 * latest submitted revision, and those same values once approved. In id order, a page at a time.
 */
export async function listCollections(
  user: SessionUser,
  filter: CollectionFilter,
  page: { afterId?: number; take: number },
) {
  assertCan(user, "submissions:view");
  const rows = await db().submission.findMany({
    where: inScope(
      {
        ...(page.afterId === undefined ? {} : { id: { gt: page.afterId } }),
        ...(filter.countyId ? { countyId: filter.countyId } : {}),
        // The API's reports are the quarterly report's (decision 0044).
        period: {
          quarter: filter.quarter ? filter.quarter : { not: null },
          ...(filter.year ? { year: filter.year } : {}),
        },
      },
      submissionScopeWhere(user),
    ),
    orderBy: { id: "asc" },
    take: page.take,
    select: {
      id: true,
      countyId: true,
      state: true,
      version: true,
      isLate: true,
      submittedAt: true,
      approvedAt: true,
      period: { select: { year: true, quarter: true, state: true, deadline: true } },
      values: {
        where: filter.indicatorKey ? { indicatorKey: filter.indicatorKey } : {},
        orderBy: { indicatorKey: "asc" },
        select: { indicatorKey: true, value: true, note: true },
      },
      revisions: {
        orderBy: { revision: "desc" },
        take: 1,
        select: { revision: true, values: true, submittedAt: true },
      },
    },
  });
  return rows.map(({ values, revisions, ...row }) => {
    const latest = revisions[0] ?? null;
    const submitted = latest
      ? Object.entries(latest.values as Record<string, { value: number | null; note: string | null }>)
          .filter(([key]) => !filter.indicatorKey || key === filter.indicatorKey)
          .map(([indicatorKey, entry]) => ({ indicatorKey, value: entry.value, note: entry.note }))
      : null;
    return {
      ...row,
      period: { ...row.period, quarter: quarterOfPeriod(row.period).quarter },
      values: values.map((value) => ({ ...value, value: value.value === null ? null : Number(value.value) })),
      submittedRevision: latest?.revision ?? null,
      submittedValues: submitted,
      // What the city approved is the revision submitted last: a report is approved as it was submitted.
      approvedValues: row.state === "APPROVED" ? submitted : null,
    };
  });
}

/** The report of a county for a quarter, in the user's scope, or not found (another county's looks missing). */
export async function findCollectionId(
  user: SessionUser,
  key: { countyId: number; year: number; quarter: number },
): Promise<number> {
  assertCan(user, "submissions:view");
  const row = await db().submission.findFirst({
    where: inScope(
      { countyId: key.countyId, period: { year: key.year, quarter: key.quarter } },
      submissionScopeWhere(user),
    ),
    select: { id: true },
  });
  if (!row) throw notFoundError();
  return row.id;
}
