import "server-only";
import { assertCan } from "@/lib/auth/permissions";
import { cityRowsWhere, inScope, submissionScopeWhere } from "@/lib/auth/scope";
import type { SessionUser } from "@/lib/data/auth/session-user";
import { db } from "@/lib/db";
import type { Quarter } from "@/lib/utils/periods";
import { summariseFindingCounts } from "@/lib/workflows/verification";

/**
 * What verification found for a quarter of the user's city, or of one county of it: the briefing's count of
 * sampled, checked and discrepant values. A count only, so every briefing reader may have it.
 */
export async function getQuarterFindings(
  user: SessionUser,
  { quarter, countyId }: { quarter: Quarter; countyId: number | null },
) {
  assertCan(user, "briefings:export");
  const groups = await db().verificationItem.groupBy({
    by: ["finding"],
    where: {
      sample: { ...cityRowsWhere(user), period: { year: quarter.year, quarter: quarter.quarter } },
      // Security: only the values of reports the user may read count, whatever county is asked for.
      submissionValue: {
        submission: inScope(countyId === null ? {} : { countyId }, submissionScopeWhere(user)),
      },
    },
    _count: { _all: true },
  });
  return summariseFindingCounts(
    groups.map((group) => ({ finding: group.finding, count: group._count._all })),
  );
}
