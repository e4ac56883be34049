import "server-only";
import { assertCan } from "@/lib/auth/permissions";
import { groupScopeWhere, inScope } from "@/lib/auth/scope";
import type { SessionUser } from "@/lib/data/auth/session-user";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { GroupListQuery } from "@/lib/schemas/groups";
import { businessDay } from "@/lib/utils/periods";
import { currentMembershipWhere } from "./group-access";

/** Groups per page of the list. */
export const GROUP_LIST_PAGE_SIZE = 30;

/**
 * The education groups of the user's scope (city: every county's; county: its own; a principal: its school's),
 * filtered, ordered and paged by the database, each with its current members counted there, and the total of the
 * matches. A county filter outside the scope matches nothing.
 */
export async function listGroups(actor: SessionUser, query: GroupListQuery) {
  assertCan(actor, "groups:view");
  const where = inScope(listFilterWhere(query), groupScopeWhere(actor));
  const today = businessDay(new Date());
  const [rows, total] = await Promise.all([
    db().educationGroup.findMany({
      where,
      orderBy: LIST_ORDER[query.sort],
      skip: (query.page - 1) * GROUP_LIST_PAGE_SIZE,
      take: GROUP_LIST_PAGE_SIZE,
      select: {
        id: true,
        name: true,
        kind: true,
        isUrbanRural: true,
        foundedOn: true,
        dissolvedOn: true,
        county: { select: { name: true, nameEn: true } },
        coreSchool: { select: { id: true, name: true } },
        _count: { select: { members: { where: currentMembershipWhere(today) } } },
      },
    }),
    db().educationGroup.count({ where }),
  ]);
  return {
    rows: rows.map(({ _count, ...group }) => ({ ...group, currentMembers: _count.members })),
    total,
  };
}

function listFilterWhere(query: GroupListQuery): Prisma.EducationGroupWhereInput {
  const { q, county, kind, status } = query;
  return {
    ...(q && { name: { contains: q, mode: "insensitive" } }),
    ...(county && { countyId: county }),
    ...(kind && { kind }),
    ...(status && { dissolvedOn: status === "active" ? null : { not: null } }),
  };
}

/** Every order ends on the id, so that pages neither repeat nor skip a group between two with the same key. */
const LIST_ORDER = {
  name: [{ name: "asc" }, { id: "asc" }],
  founded: [{ foundedOn: "desc" }, { id: "asc" }],
  county: [{ county: { sortOrder: "asc" } }, { countyId: "asc" }, { name: "asc" }, { id: "asc" }],
} as const satisfies Record<GroupListQuery["sort"], Prisma.EducationGroupOrderByWithRelationInput[]>;
