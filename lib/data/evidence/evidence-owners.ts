import "server-only";
import { can } from "@/lib/auth/permissions";
import { inScope, problemScopeWhere, schoolScopeWhere, submissionScopeWhere } from "@/lib/auth/scope";
import type { SessionUser } from "@/lib/data/auth/session-user";
import type { DbClient } from "@/lib/db";
import { AppError, notFoundError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { reportSubject, SUBMISSION_WORKFLOW } from "@/lib/workflows/submissions";

/**
 * The files `user` may read: those whose owner the user may read — a problem in the ledger's scope, a value of a
 * report in the submissions' scope, a facility record of a school in the school scope (docs/decisions/0043). An
 * owner kind the role may not read at all adds nothing, so a user who may read none matches no file.
 */
export function readableEvidenceWhere(user: SessionUser): Prisma.EvidenceFileWhereInput {
  const owners: Prisma.EvidenceFileWhereInput[] = [];
  if (can(user.role, "problems:view")) owners.push({ problem: inScope({}, problemScopeWhere(user)) });
  if (can(user.role, "submissions:view"))
    owners.push({ submissionValue: { submission: inScope({}, submissionScopeWhere(user)) } });
  if (can(user.role, "schools:view"))
    owners.push({ facilityRecord: { school: inScope({}, schoolScopeWhere(user)) } });
  return { OR: owners.length > 0 ? owners : [{ id: -1 }] };
}

/**
 * The report a value belongs to, locked for the rest of the transaction and checked open for the county's changes:
 * the value must be of a report in the user's scope (else NOT_FOUND, like a missing one), the user must be its
 * writer, and the workflow must allow a save now (a submitted or approved report refuses with its reason). The row
 * lock makes a submit or an approval that races an upload wait for it, and the upload re-reads the state after.
 */
export async function unsafeLockEditableValue(
  tx: Prisma.TransactionClient,
  user: SessionUser,
  valueId: number,
) {
  const value = await tx.submissionValue.findFirst({
    where: { id: valueId, submission: inScope({}, submissionScopeWhere(user)) },
    select: { submissionId: true },
  });
  if (!value) throw notFoundError();
  if (!can(user.role, "submissions:edit")) throw new AppError("FORBIDDEN");
  await tx.$queryRaw`SELECT id FROM submissions WHERE id = ${value.submissionId} FOR UPDATE`;
  const report = await tx.submission.findUniqueOrThrow({
    where: { id: value.submissionId },
    select: {
      id: true,
      state: true,
      reopenReason: true,
      countyId: true,
      period: { select: { state: true, cityId: true } },
    },
  });
  SUBMISSION_WORKFLOW.transition("save", reportSubject(report));
  return { submissionId: report.id, countyId: report.countyId, cityId: report.period.cityId };
}

/**
 * A facility record of an active school in the user's school scope (else NOT_FOUND), for its writers (the county
 * officer, the school's principal): records of a closed school are kept as they are.
 */
export async function unsafeLoadEditableFacilityRecord(
  client: DbClient,
  user: SessionUser,
  recordId: number,
) {
  const record = await client.facilityRecord.findFirst({
    where: { id: recordId, school: inScope({ isActive: true }, schoolScopeWhere(user)) },
    select: { id: true, schoolId: true, school: { select: { countyId: true, cityId: true } } },
  });
  if (!record) throw notFoundError();
  if (!can(user.role, "facilities:edit")) throw new AppError("FORBIDDEN");
  return { recordId: record.id, schoolId: record.schoolId, ...record.school };
}
