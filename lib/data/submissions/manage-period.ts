import "server-only";
import { ownCityId } from "@/lib/auth/scope";
import { assertCan } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/data/audit/record-audit";
import type { SessionUser } from "@/lib/data/auth/session-user";
import { unsafeFreezeQuarter } from "@/lib/data/indicators/freeze-quarter";
import { db, type DbClient } from "@/lib/db";
import { notFoundError } from "@/lib/errors";
import type { PeriodDeadlineInput } from "@/lib/schemas/submissions";
import { quarterEnd } from "@/lib/utils/periods";
import { quarterOfPeriod } from "@/lib/utils/reporting-periods";
import { PERIOD_WORKFLOW, type PeriodAction } from "@/lib/workflows/submissions";

/** The period of the user's city that `action` moves, and the state it moves to (lib/workflows/submissions.ts). */
async function loadForPeriodTransition(
  client: DbClient,
  user: SessionUser,
  periodId: number,
  action: PeriodAction,
) {
  assertCan(user, PERIOD_WORKFLOW.permissionOf(action));
  // Periods belong to a city: staff of another city find nothing.
  const period = await client.reportingPeriod.findFirst({
    where: { id: periodId, cityId: ownCityId(user) },
    select: { id: true, cityId: true, year: true, quarter: true, state: true, deadline: true },
  });
  if (!period) throw notFoundError();
  return { period, toState: PERIOD_WORKFLOW.transition(action, period) };
}

/** Moves the deadline of a quarter that is not closed; reports already filed keep their on-time or late mark. */
export async function setPeriodDeadline(user: SessionUser, input: PeriodDeadlineInput) {
  return db().$transaction(async (tx) => {
    const { period } = await loadForPeriodTransition(tx, user, input.periodId, "setDeadline");
    await tx.reportingPeriod.update({ where: { id: period.id }, data: { deadline: input.deadline } });
    await recordAudit(tx, user, {
      action: "set_deadline",
      entity: "reporting_period",
      entityId: period.id,
      before: { deadline: period.deadline },
      after: { deadline: input.deadline },
    });
  });
}

/**
 * Closes an open quarter: counties can no longer write (city staff may reopen single reports), and the computed
 * indicators are frozen into the quarter's snapshots in the same transaction, as of the quarter's last day at the
 * latest so that a late close does not freeze the next quarter's state.
 */
export async function closePeriod(user: SessionUser, periodId: number) {
  return db().$transaction(
    async (tx) => {
      const { period, toState } = await loadForPeriodTransition(tx, user, periodId, "close");
      const now = new Date();
      await tx.reportingPeriod.update({
        where: { id: period.id },
        data: { state: toState, closedAt: now, closedById: user.id },
      });
      // Only the quarterly report's quarters freeze the catalogue's computed figures (decision 0044).
      if (period.quarter !== null) {
        const quarter = quarterOfPeriod(period);
        const lastDay = quarterEnd(quarter);
        await unsafeFreezeQuarter(tx, period.cityId, quarter, now < lastDay ? now : lastDay);
      }
      await recordAudit(tx, user, {
        action: "close",
        entity: "reporting_period",
        entityId: period.id,
        before: { state: period.state },
        after: { state: toState },
      });
    },
    { timeout: 60_000 },
  );
}
