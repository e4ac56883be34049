import "server-only";
import { assertCan } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/data/audit/record-audit";
import type { SessionUser } from "@/lib/data/auth/session-user";
import { db } from "@/lib/db";
import type { UpdateTeacherInput } from "@/lib/schemas/teachers";
import {
  assertStaffNoFree,
  AUDITED_TEACHER_FIELDS,
  loadScopedTeacher,
  staffNoRaceLost,
} from "./teacher-access";

/** Corrects a teacher's record (the school changes only through a rotation or an import). */
export async function updateTeacher(user: SessionUser, input: UpdateTeacherInput) {
  assertCan(user, "teachers:edit");
  const { id, ...values } = input;
  return db()
    .$transaction(async (tx) => {
      const { school: _school, ...before } = await loadScopedTeacher(tx, user, id);
      if (values.staffNo !== before.staffNo) await assertStaffNoFree(tx, values.staffNo, id);
      const after = await tx.teacher.update({
        where: { id },
        data: { ...values, hiredOn: values.hiredOn ?? null },
        select: AUDITED_TEACHER_FIELDS,
      });
      await recordAudit(tx, user, { action: "update", entity: "teacher", entityId: id, before, after });
      return after;
    })
    .catch(staffNoRaceLost);
}
