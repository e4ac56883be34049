import "server-only";
import { assertCan } from "@/lib/auth/permissions";
import { inScope, schoolScopeWhere } from "@/lib/auth/scope";
import type { SessionUser } from "@/lib/data/auth/session-user";
import { db } from "@/lib/db";
import { FACILITY_FIELD_NAMES, type FacilityField } from "@/lib/schemas/facilities";

/** Facility records of the schools in the user's scope, with the version a correction must name, in id order. */
export async function listFacilityRecords(
  user: SessionUser,
  filter: { countyId?: number; schoolId?: number; schoolYear?: number },
  page: { afterId?: number; take: number },
) {
  assertCan(user, "schools:view");
  const rows = await db().facilityRecord.findMany({
    where: {
      ...(page.afterId === undefined ? {} : { id: { gt: page.afterId } }),
      ...(filter.schoolYear ? { schoolYear: filter.schoolYear } : {}),
      school: inScope(
        {
          ...(filter.countyId ? { countyId: filter.countyId } : {}),
          ...(filter.schoolId ? { id: filter.schoolId } : {}),
        },
        schoolScopeWhere(user),
      ),
    },
    orderBy: { id: "asc" },
    take: page.take,
    select: {
      id: true,
      schoolId: true,
      schoolYear: true,
      version: true,
      updatedAt: true,
      ...(Object.fromEntries(FACILITY_FIELD_NAMES.map((field) => [field, true])) as Record<
        FacilityField,
        true
      >),
    },
  });
  return rows.map((row) =>
    Object.fromEntries(
      Object.entries(row).map(([field, value]) => [
        field,
        typeof value === "object" && value !== null && "toNumber" in value ? value.toNumber() : value,
      ]),
    ),
  ) as ({ id: number; schoolId: number; schoolYear: number; version: number; updatedAt: Date } & Record<
    FacilityField,
    number | boolean
  >)[];
}
