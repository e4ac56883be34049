import "server-only";
import { assertCan } from "@/lib/auth/permissions";
import { inScope, submissionScopeWhere } from "@/lib/auth/scope";
import type { SessionUser } from "@/lib/data/auth/session-user";
import { db } from "@/lib/db";

/**
 * The recorded findings on the values of a report of the user's scope, discrepancies first: shown on the report to
 * the county and the city. A report outside the scope has none.
 */
export async function listReportFindings(user: SessionUser, submissionId: number) {
  assertCan(user, "submissions:view");
  return db().verificationItem.findMany({
    where: {
      finding: { not: "PENDING" },
      submissionValue: { submission: inScope({ id: submissionId }, submissionScopeWhere(user)) },
    },
    orderBy: [{ finding: "desc" }, { verifiedAt: "desc" }, { id: "desc" }],
    select: {
      id: true,
      finding: true,
      sampledValue: true,
      checkedValue: true,
      note: true,
      verifiedAt: true,
      submissionValue: {
        select: {
          indicator: { select: { nameZh: true, nameEn: true, unit: true, unitEn: true, valueType: true } },
        },
      },
    },
  });
}
