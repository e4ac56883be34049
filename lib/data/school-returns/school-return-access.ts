import "server-only";
import { assertCan, type Permission } from "@/lib/auth/permissions";
import { inScope, schoolReturnScopeWhere } from "@/lib/auth/scope";
import { recordAudit } from "@/lib/data/audit/record-audit";
import type { SessionUser } from "@/lib/data/auth/session-user";
import {
  CURRENT_REPORT_FIELDS,
  PERIOD_NAME_FIELDS,
  staleReportError,
} from "@/lib/data/submissions/submission-access";
import type { DbClient } from "@/lib/db";
import { notFoundError, type AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { SubmissionState } from "@/lib/generated/prisma/enums";
import {
  SCHOOL_RETURN_PERMISSIONS,
  SUBMISSION_WORKFLOW,
  type ReportSubject,
  type SchoolReturnAction,
} from "@/lib/workflows/submissions";

type Tx = Prisma.TransactionClient;

const SCHOOL_RETURN_FIELDS = {
  id: true,
  state: true,
  version: true,
  submittedById: true,
  school: { select: { id: true, name: true, countyId: true, cityId: true } },
  period: {
    select: {
      id: true,
      cityId: true,
      collectionId: true,
      quarter: true,
      state: true,
      deadline: true,
      ...PERIOD_NAME_FIELDS,
    },
  },
} as const;

/**
 * The school's return `user` is about to act on with `permission`, in the user's scope (a principal's own school, a
 * county officer's county's schools, a city role's city), else "not found": a forged id of another school or county
 * cannot be told from a missing one.
 */
export async function loadScopedSchoolReturn(
  client: DbClient,
  user: SessionUser,
  returnId: number,
  permission: Permission,
) {
  assertCan(user, permission);
  const found = await client.schoolReturn.findFirst({
    where: inScope({ id: returnId }, schoolReturnScopeWhere(user)),
    select: SCHOOL_RETURN_FIELDS,
  });
  if (!found) throw notFoundError();
  return found;
}

export type ScopedSchoolReturn = Awaited<ReturnType<typeof loadScopedSchoolReturn>>;

/** A school's return as the report workflow sees it: nobody reopens one, so it is never "reopened". */
export function schoolReturnSubject(found: {
  state: SubmissionState;
  period: { state: ReportSubject["periodState"] };
}): ReportSubject {
  return { state: found.state, periodState: found.period.state, isReopened: false };
}

/**
 * The return `user` is about to move with `action` and the state the report workflow moves it to: the school
 * return's permission for the action, then the scope, then the workflow's own transition (never a copy of it).
 */
export async function loadSchoolReturnForTransition(
  tx: Tx,
  user: SessionUser,
  returnId: number,
  action: SchoolReturnAction,
): Promise<{ found: ScopedSchoolReturn; toState: SubmissionState }> {
  const found = await loadScopedSchoolReturn(tx, user, returnId, SCHOOL_RETURN_PERMISSIONS[action]);
  return { found, toState: SUBMISSION_WORKFLOW.transition(action, schoolReturnSubject(found)) };
}

/**
 * Claims the next version of a return (decision 0023): of two writers of one version exactly one matches; the other
 * is refused with the current version, state and values, and its transaction writes nothing.
 */
export async function claimSchoolReturnVersion(
  tx: Tx,
  returnId: number,
  readVersion: number,
  data: Prisma.SchoolReturnUncheckedUpdateManyInput,
): Promise<number> {
  const { count } = await tx.schoolReturn.updateMany({
    where: { id: returnId, version: readVersion },
    data: { ...data, version: { increment: 1 }, lastActivityAt: new Date() },
  });
  if (count === 0) throw await staleSchoolReturnError(tx, returnId);
  return readVersion + 1;
}

export async function staleSchoolReturnError(tx: Tx, returnId: number): Promise<AppError> {
  return staleReportError(
    await tx.schoolReturn.findUniqueOrThrow({ where: { id: returnId }, select: CURRENT_REPORT_FIELDS }),
  );
}

/** The audit record of a step of a return, in the caller's transaction, named after the workflow action. */
export async function unsafeRecordSchoolReturnStep(
  tx: Tx,
  user: SessionUser,
  found: ScopedSchoolReturn,
  step: {
    action: SchoolReturnAction;
    toState: SubmissionState;
    readVersion: number;
    version: number;
    details?: Record<string, unknown>;
  },
) {
  await recordAudit(tx, user, {
    action: step.action,
    entity: "school_return",
    entityId: found.id,
    before: { state: found.state, version: step.readVersion },
    after: { state: step.toState, version: step.version, schoolId: found.school.id, ...step.details },
    cityId: found.period.cityId,
    countyId: found.school.countyId,
  });
}
