import "server-only";
import { assertCan } from "@/lib/auth/permissions";
import { scopeBounds, schoolReturnScopeWhere } from "@/lib/auth/scope";
import type { SessionUser } from "@/lib/data/auth/session-user";
import { PERIOD_NAME_FIELDS } from "@/lib/data/submissions/submission-access";
import { db } from "@/lib/db";
import { boardSummary } from "@/lib/workflows/submissions";

/**
 * The board of a school-reported period (decision 0046): every school's return in the user's scope (a county
 * officer's county, a city role's city) with its state, on-time or late mark and last activity, and the counts the
 * city's board of counties shows. Null when the period is not a school-reported one of the user's city, or for a
 * principal (who has its own return, not a board).
 */
export async function getSchoolReturnBoard(user: SessionUser, periodId: number) {
  assertCan(user, "school-returns:view");
  const bounds = scopeBounds(user);
  if (!bounds || bounds.schoolId !== null) return null;
  const client = db();
  const period = await client.reportingPeriod.findFirst({
    where: { id: periodId, cityId: bounds.cityId, collection: { reporterLevel: "SCHOOL" } },
    select: { id: true, quarter: true, state: true, deadline: true, ...PERIOD_NAME_FIELDS },
  });
  if (!period) return null;
  const rows = await client.schoolReturn.findMany({
    where: { AND: [{ periodId: period.id }, schoolReturnScopeWhere(user)] },
    orderBy: [{ school: { county: { sortOrder: "asc" } } }, { school: { code: "asc" } }],
    select: {
      id: true,
      state: true,
      isLate: true,
      submittedAt: true,
      lastActivityAt: true,
      returnReason: true,
      school: {
        select: {
          id: true,
          name: true,
          level: true,
          county: { select: { id: true, name: true, nameEn: true } },
        },
      },
    },
  });
  // The county's own report of the period, for a county officer: where the computed figures go.
  const report =
    bounds.countyId === null
      ? null
      : await client.submission.findUnique({
          where: { periodId_countyId: { periodId: period.id, countyId: bounds.countyId } },
          select: { id: true, state: true },
        });
  return { period, rows, summary: boardSummary(rows), report };
}
