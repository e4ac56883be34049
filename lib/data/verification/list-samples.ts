import "server-only";
import { quarterOfPeriod } from "@/lib/utils/reporting-periods";
import { assertCan } from "@/lib/auth/permissions";
import { cityRowsWhere } from "@/lib/auth/scope";
import type { SessionUser } from "@/lib/data/auth/session-user";
import { db } from "@/lib/db";
import { summariseFindingCounts, type FindingsSummary } from "@/lib/workflows/verification";

export const VERIFICATION_PAGE_SIZE = 20;

/** Counts of each finding of the given samples, in one grouped query. */
async function findingCounts(sampleIds: number[]): Promise<Map<number, FindingsSummary>> {
  const groups = await db().verificationItem.groupBy({
    by: ["sampleId", "finding"],
    where: { sampleId: { in: sampleIds } },
    _count: { _all: true },
  });
  return new Map(
    sampleIds.map((id) => [
      id,
      summariseFindingCounts(
        groups
          .filter((group) => group.sampleId === id)
          .map((group) => ({ finding: group.finding, count: group._count._all })),
      ),
    ]),
  );
}

/** The city's verification samples, newest first, each with its findings counted; and the periods to draw from. */
export async function listVerificationSamples(actor: SessionUser, { page }: { page: number }) {
  assertCan(actor, "verification:manage");
  const where = cityRowsWhere(actor);
  const [rows, total, periods] = await Promise.all([
    db().verificationSample.findMany({
      where,
      orderBy: [{ drawnAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * VERIFICATION_PAGE_SIZE,
      take: VERIFICATION_PAGE_SIZE,
      select: {
        id: true,
        seed: true,
        population: true,
        drawnAt: true,
        period: { select: { year: true, quarter: true } },
        drawnBy: { select: { displayName: true } },
      },
    }),
    db().verificationSample.count({ where }),
    db().reportingPeriod.findMany({
      // Samples are drawn from the quarterly report's periods (decision 0044).
      where: { ...where, state: { not: "NOT_OPEN" }, quarter: { not: null } },
      orderBy: [{ year: "desc" }, { quarter: "desc" }],
      select: { id: true, year: true, quarter: true },
    }),
  ]);
  const counts = await findingCounts(rows.map((row) => row.id));
  return {
    rows: rows.map((row) => ({
      ...row,
      period: quarterOfPeriod(row.period),
      findings: counts.get(row.id)!,
    })),
    total,
    periods: periods.map((period) => ({ id: period.id, ...quarterOfPeriod(period) })),
  };
}
