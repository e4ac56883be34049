import "server-only";
import { assertCan } from "@/lib/auth/permissions";
import { inScope, schoolScopeWhere } from "@/lib/auth/scope";
import type { SessionUser } from "@/lib/data/auth/session-user";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { PROGRAMME_SCHOOL_LEVELS, RURAL_LOCATION_CLASSES } from "@/lib/indicators/urban-rural";
import type { GroupWorklistQuery } from "@/lib/schemas/groups";
import { businessDay } from "@/lib/utils/periods";
import { openOn } from "@/lib/data/schools/schools-as-of";
import { currentUrbanRuralMembershipWhere } from "./group-access";

/** Schools per page of the worklist. */
export const GROUP_WORKLIST_PAGE_SIZE = 30;

/**
 * The county worklist: the open rural schools (镇区 + 乡村, of the levels the coverage target counts) of the user's
 * scope that are a current member of no urban-rural group, that is the schools the group-coverage figure counts
 * as missing, paged by the database; with the open urban-rural groups of their counties to add them to.
 */
export async function listGroupWorklist(actor: SessionUser, query: GroupWorklistQuery) {
  assertCan(actor, "groups:manage");
  const today = businessDay(new Date());
  const filters: Prisma.SchoolWhereInput[] = [
    // Open today, as the figure counts schools (a closed school counts until its closing day).
    openOn(today),
    {
      level: { in: [...PROGRAMME_SCHOOL_LEVELS] },
      locationClass: { in: [...RURAL_LOCATION_CLASSES] },
      groupMemberships: { none: currentUrbanRuralMembershipWhere(today) },
      ...(query.county && { countyId: query.county }),
    },
  ];
  if (query.q)
    filters.push({
      OR: [{ name: { contains: query.q, mode: "insensitive" } }, { code: { startsWith: query.q } }],
    });
  const where = inScope({ AND: filters }, schoolScopeWhere(actor));
  const [rows, total] = await Promise.all([
    db().school.findMany({
      where,
      orderBy: [{ countyId: "asc" }, { townId: "asc" }, { name: "asc" }, { id: "asc" }],
      skip: (query.page - 1) * GROUP_WORKLIST_PAGE_SIZE,
      take: GROUP_WORKLIST_PAGE_SIZE,
      select: {
        id: true,
        code: true,
        name: true,
        level: true,
        locationClass: true,
        countyId: true,
        town: { select: { name: true } },
        county: { select: { name: true, nameEn: true } },
      },
    }),
    db().school.count({ where }),
  ]);
  const countyIds = [...new Set(rows.map((row) => row.countyId))];
  const groups = await db().educationGroup.findMany({
    where: { countyId: { in: countyIds }, isUrbanRural: true, dissolvedOn: null },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    select: { id: true, name: true, countyId: true },
  });
  return { rows, total, groups };
}
