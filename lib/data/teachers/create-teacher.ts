import "server-only";
import { assertCan } from "@/lib/auth/permissions";
import { inScope, schoolScopeWhere } from "@/lib/auth/scope";
import { recordAudit } from "@/lib/data/audit/record-audit";
import type { SessionUser } from "@/lib/data/auth/session-user";
import { db } from "@/lib/db";
import { notFoundError } from "@/lib/errors";
import type { CreateTeacherInput } from "@/lib/schemas/teachers";
import { assertStaffNoFree, AUDITED_TEACHER_FIELDS, staffNoRaceLost } from "./teacher-access";

/** Adds a teacher to a school of the user's scope. */
export async function createTeacher(user: SessionUser, input: CreateTeacherInput) {
  assertCan(user, "teachers:edit");
  const { schoolId, ...values } = input;
  return db()
    .$transaction(async (tx) => {
      const school = await tx.school.findFirst({
        where: inScope({ id: schoolId, isActive: true }, schoolScopeWhere(user)),
        select: { id: true, countyId: true },
      });
      if (!school) throw notFoundError();
      await assertStaffNoFree(tx, values.staffNo);
      const created = await tx.teacher.create({
        data: { ...values, schoolId: school.id, hiredOn: values.hiredOn ?? null },
        select: AUDITED_TEACHER_FIELDS,
      });
      await recordAudit(tx, user, {
        action: "create",
        entity: "teacher",
        entityId: created.id,
        after: created,
        countyId: school.countyId,
      });
      return created;
    })
    .catch(staffNoRaceLost);
}
