import "server-only";
import { assertCan } from "@/lib/auth/permissions";
import { inScope, schoolScopeWhere } from "@/lib/auth/scope";
import { recordAudit } from "@/lib/data/audit/record-audit";
import type { SessionUser } from "@/lib/data/auth/session-user";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { RotateTeacherInput } from "@/lib/schemas/teachers";
import { TEACHER_WORKFLOW } from "@/lib/workflows/teachers";
import { loadScopedTeacher } from "./teacher-access";

/**
 * 交流轮岗: the teacher moves to another active school of the same county and the rotation is recorded (the rotation
 * indicators count it at the receiving school). Posts held at the old school end on the first day at the new one.
 */
export async function rotateTeacher(user: SessionUser, input: RotateTeacherInput) {
  assertCan(user, "teachers:rotate");
  return db().$transaction(async (tx) => {
    const teacher = await loadScopedTeacher(tx, user, input.id);
    TEACHER_WORKFLOW.transition("rotate", { state: teacher.status });
    const toSchool = await tx.school.findFirst({
      where: inScope(
        { id: input.toSchoolId, isActive: true, countyId: teacher.school.countyId },
        schoolScopeWhere(user),
      ),
      select: { id: true },
    });
    if (!toSchool || toSchool.id === teacher.schoolId)
      throw new AppError("VALIDATION", {
        details: { fieldErrors: { toSchoolId: [{ key: "rotationSchool" }] } },
      });
    const rotation = await tx.rotation.create({
      data: {
        teacherId: teacher.id,
        fromSchoolId: teacher.schoolId,
        toSchoolId: toSchool.id,
        startedOn: input.startedOn,
        note: input.note || null,
        createdById: user.id,
      },
      select: { id: true },
    });
    await tx.teacher.update({
      where: { id: teacher.id },
      data: { schoolId: toSchool.id, version: { increment: 1 } },
    });
    await tx.schoolPost.updateMany({
      where: { teacherId: teacher.id, schoolId: teacher.schoolId, endedOn: null },
      data: { endedOn: input.startedOn },
    });
    await recordAudit(tx, user, {
      action: "rotate",
      entity: "teacher",
      entityId: teacher.id,
      before: { schoolId: teacher.schoolId },
      after: { schoolId: toSchool.id, rotationId: rotation.id, startedOn: input.startedOn },
    });
    return rotation;
  });
}
