import "server-only";
import { assertCan } from "@/lib/auth/permissions";
import { inScope, schoolScopeWhere } from "@/lib/auth/scope";
import type { SessionUser } from "@/lib/data/auth/session-user";
import { resolveRosterTarget } from "@/lib/data/teachers/roster-target";
import { db } from "@/lib/db";
import type { FacilityExportRow } from "@/lib/excel/facility-sheet";
import { FACILITY_FIELD_NAMES, type FacilityField } from "@/lib/schemas/facilities";

/** Every facility record of a school or of a county's schools, in the export's row shape (re-importable). */
export async function listFacilityExport(
  user: SessionUser,
  target: { kind: "school" | "county"; id: number },
): Promise<{ label: string; rows: FacilityExportRow[] }> {
  assertCan(user, "schools:view");
  const roster = await resolveRosterTarget(db(), user, target);
  const records = await db().facilityRecord.findMany({
    where: {
      school: inScope(
        target.kind === "school" ? { id: roster.id } : { countyId: roster.countyId, isActive: true },
        schoolScopeWhere(user),
      ),
    },
    orderBy: [{ schoolId: "asc" }, { schoolYear: "asc" }],
    select: {
      schoolYear: true,
      school: { select: { code: true, name: true } },
      ...(Object.fromEntries(FACILITY_FIELD_NAMES.map((field) => [field, true])) as Record<
        FacilityField,
        true
      >),
    },
  });
  return {
    label: roster.label,
    rows: records.map(({ school, ...record }) => ({
      ...(Object.fromEntries(
        Object.entries(record).map(([field, value]) => [
          field,
          typeof value === "object" && value !== null ? value.toNumber() : value,
        ]),
      ) as Omit<FacilityExportRow, "schoolCode" | "schoolName">),
      schoolCode: school.code,
      schoolName: school.name,
    })),
  };
}
