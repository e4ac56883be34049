import "server-only";
import { quarterOfPeriod } from "@/lib/utils/reporting-periods";
import { assertCan } from "@/lib/auth/permissions";
import { cityRowsWhere } from "@/lib/auth/scope";
import type { SessionUser } from "@/lib/data/auth/session-user";
import { db } from "@/lib/db";
import { EVIDENCE_LIST_SELECT } from "@/lib/data/evidence/evidence-access";
import { summariseFindings } from "@/lib/workflows/verification";

/**
 * One sample of the user's city with its items: the county and indicator of each value, the value as sampled and as
 * it stands now (a reopened report may have changed it since), and the finding. Null outside the city.
 */
export async function getVerificationSample(actor: SessionUser, sampleId: number) {
  assertCan(actor, "verification:manage");
  const sample = await db().verificationSample.findFirst({
    where: { id: sampleId, ...cityRowsWhere(actor) },
    select: {
      id: true,
      seed: true,
      population: true,
      drawnAt: true,
      period: { select: { id: true, year: true, quarter: true } },
      drawnBy: { select: { displayName: true } },
      items: {
        orderBy: [{ submissionValue: { submission: { county: { code: "asc" } } } }, { id: "asc" }],
        select: {
          id: true,
          sampledValue: true,
          finding: true,
          checkedValue: true,
          note: true,
          verifiedAt: true,
          verifiedBy: { select: { displayName: true } },
          submissionValue: {
            select: {
              value: true,
              note: true,
              // The county's 佐证材料 for the value, which the verifier checks it against.
              evidenceFiles: { select: EVIDENCE_LIST_SELECT, orderBy: { id: "asc" } },
              submission: { select: { id: true, county: { select: { name: true, nameEn: true } } } },
              indicator: {
                select: { key: true, nameZh: true, nameEn: true, unit: true, unitEn: true, valueType: true },
              },
            },
          },
        },
      },
    },
  });
  if (!sample) return null;
  return {
    ...sample,
    period: { id: sample.period.id, ...quarterOfPeriod(sample.period) },
    findings: summariseFindings(sample.items),
  };
}
