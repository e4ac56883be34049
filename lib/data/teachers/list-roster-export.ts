import "server-only";
import { assertCan } from "@/lib/auth/permissions";
import { inScope, teacherScopeWhere } from "@/lib/auth/scope";
import type { SessionUser } from "@/lib/data/auth/session-user";
import { loadScopedPlace } from "@/lib/data/geography/load-scoped-place";
import { db } from "@/lib/db";
import type { RosterExportRow } from "@/lib/imports/specs/roster";
import type { PlaceTarget } from "@/lib/schemas/places";
import { TEACHER_WORKFLOW } from "@/lib/workflows/teachers";
import { TEACHER_VALUE_FIELDS, teachersOf } from "./teacher-access";

/** The current roster (in post or on leave) of a school or a county, in the export's row shape. */
export async function listRosterExport(
  user: SessionUser,
  target: PlaceTarget,
): Promise<{ label: string; rows: RosterExportRow[] }> {
  assertCan(user, "teachers:view");
  const place = await loadScopedPlace(db(), user, target);
  const teachers = await db().teacher.findMany({
    where: inScope(
      { ...teachersOf(place), status: { in: [...TEACHER_WORKFLOW.sets.current] } },
      teacherScopeWhere(user),
    ),
    orderBy: [{ schoolId: "asc" }, { staffNo: "asc" }],
    select: {
      ...TEACHER_VALUE_FIELDS,
      status: true,
      leftOn: true,
      school: { select: { code: true, name: true } },
    },
  });
  return {
    label: place.label,
    rows: teachers.map(({ school, ...teacher }) => ({
      ...teacher,
      schoolCode: school.code,
      schoolName: school.name,
    })),
  };
}
