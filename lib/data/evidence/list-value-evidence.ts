import "server-only";
import { assertCan } from "@/lib/auth/permissions";
import { inScope, submissionScopeWhere } from "@/lib/auth/scope";
import type { SessionUser } from "@/lib/data/auth/session-user";
import { db } from "@/lib/db";
import { EVIDENCE_LIST_SELECT } from "./evidence-access";

/**
 * The saved values of a report with their 佐证材料, in catalogue order, for the report page (the county, its
 * reviewers and readers). Null when the report is outside the user's scope.
 */
export async function listValueEvidence(actor: SessionUser, submissionId: number) {
  assertCan(actor, "submissions:view");
  const report = await db().submission.findFirst({
    where: inScope({ id: submissionId }, submissionScopeWhere(actor)),
    select: {
      values: {
        orderBy: [{ indicator: { sortOrder: "asc" } }, { indicatorKey: "asc" }],
        select: {
          id: true,
          indicatorKey: true,
          indicator: { select: { nameZh: true, nameEn: true } },
          evidenceFiles: { select: EVIDENCE_LIST_SELECT, orderBy: { id: "asc" } },
        },
      },
    },
  });
  if (!report) return null;
  return report.values.map((value) => ({
    valueId: value.id,
    indicatorKey: value.indicatorKey,
    nameZh: value.indicator.nameZh,
    nameEn: value.indicator.nameEn,
    files: value.evidenceFiles,
  }));
}
