import "server-only";
import { assertCan } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/data/audit/record-audit";
import type { SessionUser } from "@/lib/data/auth/session-user";
import { db } from "@/lib/db";
import type { AssignSchoolPostInput } from "@/lib/schemas/teachers";
import { TEACHER_WORKFLOW } from "@/lib/workflows/teachers";
import { loadScopedTeacher } from "./teacher-access";

/**
 * Makes a teacher principal or vice-principal of their school with the dates of the post and of the current term.
 * A school has one principal: the previous one's post ends the day the new one starts. Whoever already holds a post
 * has it replaced (a vice-principal promoted to principal).
 */
export async function assignSchoolPost(user: SessionUser, input: AssignSchoolPostInput) {
  assertCan(user, "teachers:edit");
  return db().$transaction(async (tx) => {
    const teacher = await loadScopedTeacher(tx, user, input.id);
    TEACHER_WORKFLOW.transition("assignPost", { state: teacher.status });
    const ended = await tx.schoolPost.findMany({
      where: {
        schoolId: teacher.schoolId,
        endedOn: null,
        OR: [{ teacherId: teacher.id }, ...(input.kind === "PRINCIPAL" ? [{ kind: input.kind }] : [])],
      },
      select: { id: true, teacherId: true, kind: true },
    });
    await tx.schoolPost.updateMany({
      where: { id: { in: ended.map((post) => post.id) } },
      data: { endedOn: input.startedOn },
    });
    const post = await tx.schoolPost.create({
      data: {
        teacherId: teacher.id,
        schoolId: teacher.schoolId,
        kind: input.kind,
        startedOn: input.startedOn,
        currentTermStartedOn: input.currentTermStartedOn,
      },
      select: { id: true, kind: true, startedOn: true, currentTermStartedOn: true },
    });
    await recordAudit(tx, user, {
      action: "assign_post",
      entity: "teacher",
      entityId: teacher.id,
      before: { endedPosts: ended },
      after: post,
    });
    return post;
  });
}
