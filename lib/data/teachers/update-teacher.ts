import "server-only";
import { assertCan } from "@/lib/auth/permissions";
import { updateVersioned } from "@/lib/data/audit/versioned-write";
import type { SessionUser } from "@/lib/data/auth/session-user";
import { db } from "@/lib/db";
import type { UpdateTeacherInput } from "@/lib/schemas/teachers";
import {
  assertStaffNoFree,
  AUDITED_TEACHER_FIELDS,
  loadScopedTeacher,
  staffNoRaceLost,
} from "./teacher-access";

/**
 * Corrects a teacher's record (the school changes only through a rotation or an import), if it is still at the
 * version the editor read (decision 0023).
 */
export async function updateTeacher(user: SessionUser, input: UpdateTeacherInput) {
  assertCan(user, "teachers:edit");
  const { id, version: readVersion, ...edited } = input;
  const values = { ...edited, hiredOn: edited.hiredOn ?? null };
  return db()
    .$transaction(async (tx) => {
      const { school, ...before } = await loadScopedTeacher(tx, user, id);
      if (values.staffNo !== before.staffNo) await assertStaffNoFree(tx, values.staffNo, id);
      return updateVersioned(tx, user, {
        entity: "teacher",
        before,
        readVersion,
        values,
        update: () =>
          tx.teacher.updateMany({
            where: { id, version: readVersion },
            data: { ...values, version: { increment: 1 } },
          }),
        reload: () => tx.teacher.findUniqueOrThrow({ where: { id }, select: AUDITED_TEACHER_FIELDS }),
        countyId: school.countyId,
      });
    })
    .catch(staffNoRaceLost);
}
