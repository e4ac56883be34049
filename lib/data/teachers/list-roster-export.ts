import "server-only";
import { assertCan } from "@/lib/auth/permissions";
import { inScope, teacherScopeWhere } from "@/lib/auth/scope";
import type { SessionUser } from "@/lib/data/auth/session-user";
import { db } from "@/lib/db";
import type { RosterExportRow } from "@/lib/excel/teacher-roster";
import type { RosterTarget } from "@/lib/schemas/teachers";
import { resolveRosterTarget } from "./roster-target";

/** The current roster (in post or on leave) of a school or a county, in the export's row shape. */
export async function listRosterExport(
  user: SessionUser,
  target: RosterTarget,
): Promise<{ label: string; rows: RosterExportRow[] }> {
  assertCan(user, "teachers:view");
  const roster = await resolveRosterTarget(db(), user, target);
  const teachers = await db().teacher.findMany({
    where: inScope(
      { ...roster.teacherWhere, status: { in: ["ACTIVE", "ON_LEAVE"] } },
      teacherScopeWhere(user),
    ),
    orderBy: [{ schoolId: "asc" }, { staffNo: "asc" }],
    select: {
      staffNo: true,
      name: true,
      gender: true,
      birthDate: true,
      highestDegree: true,
      isFullTime: true,
      subject: true,
      title: true,
      backboneLevel: true,
      hasTeachingCertificate: true,
      trainingHours5y: true,
      hiredOn: true,
      status: true,
      school: { select: { code: true, name: true } },
    },
  });
  return {
    label: roster.label,
    rows: teachers.map(({ school, ...teacher }) => ({
      ...teacher,
      schoolCode: school.code,
      schoolName: school.name,
    })),
  };
}
