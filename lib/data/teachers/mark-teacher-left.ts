import "server-only";
import { assertCan } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/data/audit/record-audit";
import type { SessionUser } from "@/lib/data/auth/session-user";
import { db } from "@/lib/db";
import type { MarkTeacherLeftInput } from "@/lib/schemas/teachers";
import { departureAction, TEACHER_WORKFLOW } from "@/lib/workflows/teachers";
import { loadScopedTeacher } from "./teacher-access";

/** Marks a teacher as left or retired; a principal's or vice-principal's post ends the same day. */
export async function markTeacherLeft(user: SessionUser, input: MarkTeacherLeftInput) {
  assertCan(user, "teachers:edit");
  await db().$transaction(async (tx) => {
    const teacher = await loadScopedTeacher(tx, user, input.id);
    const status = TEACHER_WORKFLOW.transition(departureAction(input.status), { state: teacher.status });
    await tx.teacher.update({
      where: { id: teacher.id },
      data: { status, leftOn: input.leftOn, version: { increment: 1 } },
    });
    const endedPosts = await tx.schoolPost.updateMany({
      where: { teacherId: teacher.id, endedOn: null },
      data: { endedOn: input.leftOn },
    });
    await recordAudit(tx, user, {
      action: "mark_left",
      entity: "teacher",
      entityId: teacher.id,
      before: { status: teacher.status, leftOn: teacher.leftOn },
      after: { status, leftOn: input.leftOn, endedPosts: endedPosts.count },
      countyId: teacher.school.countyId,
    });
  });
}
