import "server-only";
import { assertCan } from "@/lib/auth/permissions";
import { inScope, teacherScopeWhere } from "@/lib/auth/scope";
import type { SessionUser } from "@/lib/data/auth/session-user";
import { db } from "@/lib/db";
import { ageOn, businessDay } from "@/lib/utils/periods";
import { AUDITED_TEACHER_FIELDS } from "./teacher-access";

/** One teacher of the user's scope with posts and rotations, or null (also for other scopes' teachers). */
export async function getTeacher(user: SessionUser, teacherId: number) {
  assertCan(user, "teachers:view");
  const teacher = await db().teacher.findFirst({
    where: inScope({ id: teacherId }, teacherScopeWhere(user)),
    select: {
      ...AUDITED_TEACHER_FIELDS,
      school: { select: { id: true, name: true, countyId: true } },
      posts: {
        orderBy: { startedOn: "desc" },
        select: { id: true, kind: true, startedOn: true, currentTermStartedOn: true, endedOn: true },
      },
      rotations: {
        orderBy: { startedOn: "desc" },
        select: {
          id: true,
          startedOn: true,
          note: true,
          fromSchool: { select: { name: true } },
          toSchool: { select: { name: true } },
        },
      },
    },
  });
  if (!teacher) return null;
  return { ...teacher, age: ageOn(teacher.birthDate, businessDay(new Date())) };
}
