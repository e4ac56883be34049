import "server-only";
import { assertCan } from "@/lib/auth/permissions";
import { inScope, schoolScopeWhere } from "@/lib/auth/scope";
import type { SessionUser } from "@/lib/data/auth/session-user";
import { loadScopedPlace } from "@/lib/data/geography/load-scoped-place";
import { db } from "@/lib/db";
import type { FacilityExportRow } from "@/lib/imports/specs/facilities";
import { FACILITY_FIELD_NAMES, type FacilityField } from "@/lib/schemas/facilities";
import type { PlaceTarget } from "@/lib/schemas/places";

/** Every facility record of a school or of a county's schools, in the export's row shape (re-importable). */
export async function listFacilityExport(
  user: SessionUser,
  target: PlaceTarget,
): Promise<{ label: string; rows: FacilityExportRow[] }> {
  assertCan(user, "schools:view");
  const place = await loadScopedPlace(db(), user, target);
  const records = await db().facilityRecord.findMany({
    where: {
      school: inScope(
        place.kind === "school" ? { id: place.id } : { countyId: place.countyId, isActive: true },
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
    label: place.label,
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
