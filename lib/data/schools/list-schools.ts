import "server-only";
import { assertCan } from "@/lib/auth/permissions";
import { inScope, schoolScopeWhere } from "@/lib/auth/scope";
import type { SessionUser } from "@/lib/data/auth/session-user";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { SchoolListQuery } from "@/lib/schemas/schools";
import { businessDay } from "@/lib/utils/periods";
import { currentUrbanRuralMembershipWhere } from "@/lib/data/groups/group-access";

/** Schools per page of the register. */
export const SCHOOL_LIST_PAGE_SIZE = 30;

/**
 * The school register of the user's scope (city staff: the city; a county officer: its county), filtered, ordered
 * and paged by the database, with the total of the matches. A county filter outside the scope matches nothing.
 */
export async function listSchools(actor: SessionUser, query: SchoolListQuery) {
  assertCan(actor, "schools:manage");
  const where = inScope(listFilterWhere(query), schoolScopeWhere(actor));
  const [rows, total] = await Promise.all([
    db().school.findMany({
      where,
      orderBy: LIST_ORDER[query.sort],
      skip: (query.page - 1) * SCHOOL_LIST_PAGE_SIZE,
      take: SCHOOL_LIST_PAGE_SIZE,
      select: {
        id: true,
        code: true,
        name: true,
        level: true,
        ownership: true,
        urbanRuralCode: true,
        locationClass: true,
        isTownSeat: true,
        isBoarding: true,
        isActive: true,
        closedOn: true,
        town: { select: { name: true } },
        county: { select: { name: true, nameEn: true } },
      },
    }),
    db().school.count({ where }),
  ]);
  return { rows, total };
}

/** The register's filters as a where clause; the export applies the same. */
export function listFilterWhere(query: SchoolListQuery): Prisma.SchoolWhereInput {
  const { q, county, town, level, ownership, location, townSeat, boarding, group, status } = query;
  const inGroup = { groupMemberships: { some: currentUrbanRuralMembershipWhere(businessDay(new Date())) } };
  return {
    ...(q && { OR: [{ name: { contains: q, mode: "insensitive" } }, { code: { startsWith: q } }] }),
    ...(county && { countyId: county }),
    ...(town && { townId: town }),
    ...(level && { level }),
    ...(ownership && { ownership }),
    ...(location && { locationClass: location }),
    ...(townSeat && { isTownSeat: townSeat === "yes" }),
    ...(boarding && { isBoarding: boarding === "yes" }),
    ...(group && (group === "yes" ? inGroup : { NOT: inGroup })),
    ...(status && { isActive: status === "active" }),
  };
}

/** Every order ends on the id, so that pages neither repeat nor skip a school between two with the same key. */
export const LIST_ORDER = {
  town: [{ townId: "asc" }, { id: "asc" }],
  name: [{ name: "asc" }, { id: "asc" }],
  code: [{ code: "asc" }, { id: "asc" }],
} as const satisfies Record<SchoolListQuery["sort"], Prisma.SchoolOrderByWithRelationInput[]>;
