import "server-only";
import { ownCityId } from "@/lib/auth/scope";
import { assertCan } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/data/audit/record-audit";
import type { SessionUser } from "@/lib/data/auth/session-user";
import { db } from "@/lib/db";
import type { OpenPeriodInput } from "@/lib/schemas/submissions";
import { PERIOD_WORKFLOW } from "@/lib/workflows/submissions";

/**
 * Opens a quarter for the user's city: creates (or opens) its reporting period and a submission task for every
 * county of the city, functional zones included. A closed quarter is not reopened as a whole; single reports are.
 */
export async function openPeriod(user: SessionUser, input: OpenPeriodInput) {
  assertCan(user, PERIOD_WORKFLOW.permissionOf("open"));
  return db().$transaction(async (tx) => {
    const existing = await tx.reportingPeriod.findUnique({
      where: { cityId_year_quarter: { cityId: ownCityId(user), year: input.year, quarter: input.quarter } },
      select: { id: true, state: true },
    });
    // A quarter without a row is one the city never opened.
    const state = PERIOD_WORKFLOW.transition("open", existing ?? { state: PERIOD_WORKFLOW.initial });
    const opened = {
      state,
      deadline: input.deadline,
      openedAt: new Date(),
      openedById: user.id,
    };
    const period = existing
      ? await tx.reportingPeriod.update({ where: { id: existing.id }, data: opened, select: { id: true } })
      : await tx.reportingPeriod.create({
          data: { cityId: ownCityId(user), year: input.year, quarter: input.quarter, ...opened },
          select: { id: true },
        });
    const counties = await tx.county.findMany({ where: { cityId: ownCityId(user) }, select: { id: true } });
    await tx.submission.createMany({
      data: counties.map((county) => ({ periodId: period.id, countyId: county.id })),
      skipDuplicates: true,
    });
    await recordAudit(tx, user, {
      action: "open",
      entity: "reporting_period",
      entityId: period.id,
      before: existing ?? undefined,
      after: { ...input, state, counties: counties.length },
    });
    return period;
  });
}
