import "server-only";
import { quarterOfPeriod } from "@/lib/utils/reporting-periods";
import { randomInt } from "node:crypto";
import { assertCan } from "@/lib/auth/permissions";
import { cityRowsWhere } from "@/lib/auth/scope";
import { recordAudit } from "@/lib/data/audit/record-audit";
import type { SessionUser } from "@/lib/data/auth/session-user";
import { db } from "@/lib/db";
import { AppError, notFoundError } from "@/lib/errors";
import type { SubmissionState } from "@/lib/generated/prisma/enums";
import type { DrawSampleInput } from "@/lib/schemas/verification";
import { freshSeed } from "@/lib/workflows/verification";

/** Only values the city has approved are verified: a draft or a returned report is still the county's to change. */
const SAMPLED_STATE: SubmissionState = "APPROVED";

/**
 * 抽取核查样本: draws `size` of the quarter's approved county values in the order of md5(seed || ':' || value id)
 * and records them with the value as approved now, in one transaction with its audit record. The same seed over
 * the same approved values gives the same sample (decision 0040); a blank seed gets a fresh one, shown with the
 * sample so that the draw can be repeated.
 */
export async function drawVerificationSample(actor: SessionUser, input: DrawSampleInput) {
  assertCan(actor, "verification:manage");
  return db().$transaction(async (tx) => {
    // Security: a period of another city reads as missing.
    const period = await tx.reportingPeriod.findFirst({
      // Samples are drawn from the quarterly report's periods (decision 0044).
      where: { id: input.periodId, quarter: { not: null }, ...cityRowsWhere(actor) },
      select: { id: true, cityId: true, year: true, quarter: true },
    });
    if (!period) throw notFoundError();
    const { quarter } = quarterOfPeriod(period);
    const seed = input.seed ?? freshSeed({ ...period, quarter }, (below) => randomInt(below));
    const population = await tx.submissionValue.count({
      where: { value: { not: null }, submission: { periodId: period.id, state: SAMPLED_STATE } },
    });
    if (population === 0) throw new AppError("INVALID_STATE", { messageKey: "verification.nothingApproved" });
    const sample = await tx.verificationSample.create({
      data: { cityId: period.cityId, periodId: period.id, seed, population, drawnById: actor.id },
      select: { id: true },
    });
    const size = await tx.$executeRaw`
      INSERT INTO verification_items (sample_id, submission_value_id, sampled_value)
      SELECT ${sample.id}, sv.id, sv.value
        FROM submission_values sv JOIN submissions s ON s.id = sv.submission_id
       WHERE s.period_id = ${period.id} AND s.state = ${SAMPLED_STATE}::submission_state AND sv.value IS NOT NULL
       ORDER BY md5(${seed} || ':' || sv.id), sv.id
       LIMIT ${input.size}`;
    const drawn = { id: sample.id, periodId: period.id, seed, size, population };
    await recordAudit(tx, actor, {
      action: "draw_sample",
      entity: "verification_sample",
      entityId: sample.id,
      after: drawn,
    });
    return drawn;
  });
}
