import "server-only";
import type { SessionUser } from "@/lib/data/auth/session-user";
import { unsafeNotifySchoolReturnReviewed } from "@/lib/data/notifications/notify-submitters";
import { db } from "@/lib/db";
import { dispatchSoon } from "@/lib/jobs/dispatch-now";
import type { ReturnSchoolReturnInput } from "@/lib/schemas/school-returns";
import {
  claimSchoolReturnVersion,
  loadSchoolReturnForTransition,
  unsafeRecordSchoolReturnStep,
} from "./school-return-access";

/**
 * The county approves a school's submitted return: it is locked, and its values count in the county's figure of
 * every item that rolls up from then on; the principal who submitted it is told.
 */
export async function approveSchoolReturn(user: SessionUser, input: { returnId: number; version: number }) {
  const reviewed = await db().$transaction(async (tx) => {
    const { found, toState } = await loadSchoolReturnForTransition(tx, user, input.returnId, "approve");
    const version = await claimSchoolReturnVersion(tx, found.id, input.version, {
      state: toState,
      approvedAt: new Date(),
      approvedById: user.id,
    });
    const notified = await unsafeNotifySchoolReturnReviewed(tx, found, "REPORT_APPROVED", null);
    await unsafeRecordSchoolReturnStep(tx, user, found, {
      action: "approve",
      toState,
      readVersion: input.version,
      version,
      details: { notified },
    });
    return { version };
  });
  // The principal's e-mail leaves now, after the commit (decision 0048).
  dispatchSoon();
  return reviewed;
}

/** The county returns a school's submitted return with a reason; it counts nowhere until approved. */
export async function returnSchoolReturn(user: SessionUser, input: ReturnSchoolReturnInput) {
  const reviewed = await db().$transaction(async (tx) => {
    const { found, toState } = await loadSchoolReturnForTransition(tx, user, input.returnId, "return");
    const version = await claimSchoolReturnVersion(tx, found.id, input.version, {
      state: toState,
      returnedAt: new Date(),
      returnedById: user.id,
      returnReason: input.reason,
    });
    const notified = await unsafeNotifySchoolReturnReviewed(tx, found, "REPORT_RETURNED", input.reason);
    await unsafeRecordSchoolReturnStep(tx, user, found, {
      action: "return",
      toState,
      readVersion: input.version,
      version,
      details: { reason: input.reason, notified },
    });
    return { version };
  });
  // The principal's e-mail leaves now, after the commit (decision 0048).
  dispatchSoon();
  return reviewed;
}
