import "server-only";
import { assertCan } from "@/lib/auth/permissions";
import { inScope, teacherScopeWhere } from "@/lib/auth/scope";
import type { SessionUser } from "@/lib/data/auth/session-user";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { loadScopedPlace } from "@/lib/data/geography/load-scoped-place";
import { birthDateRange, ROSTER_AGE_RANGES } from "@/lib/indicators/age-bands";
import type { PlaceTarget } from "@/lib/schemas/places";
import type { TeacherListFilter } from "@/lib/schemas/teachers";
import { ageOn, businessDay, utcDay } from "@/lib/utils/periods";
import { TEACHER_WORKFLOW } from "@/lib/workflows/teachers";
import { TEACHER_VALUE_FIELDS, teachersOf } from "./teacher-access";

export const TEACHERS_PAGE_SIZE = 50;

const ORDER: Record<
  TeacherListFilter["sort"],
  (dir: "asc" | "desc") => Prisma.TeacherOrderByWithRelationInput
> = {
  name: (dir) => ({ name: dir }),
  staffNo: (dir) => ({ staffNo: dir }),
  // Older first when ascending by age.
  age: (dir) => ({ birthDate: dir === "asc" ? "desc" : "asc" }),
  title: (dir) => ({ title: dir }),
  degree: (dir) => ({ highestDegree: dir }),
};

/**
 * One page of a school's or a county's roster with search, filters and sorting done in SQL (a county of 6,000
 * teachers never leaves the database), ages computed on `filter.on` (default today).
 */
export async function listTeachers(
  user: SessionUser,
  target: PlaceTarget,
  filter: TeacherListFilter & { page: number },
) {
  assertCan(user, "teachers:view");
  const roster = await loadScopedPlace(db(), user, target);
  const on = filter.on ? utcDay(filter.on) : businessDay(new Date());
  const where: Prisma.TeacherWhereInput = inScope(
    {
      ...teachersOf(roster),
      ...(filter.school ? { schoolId: filter.school } : {}),
      ...(filter.town ? { AND: [{ school: { townId: filter.town } }] } : {}),
      ...(filter.status === "current" ? { status: { in: [...TEACHER_WORKFLOW.sets.current] } } : {}),
      ...(filter.status === "left" ? { status: { in: [...TEACHER_WORKFLOW.sets.departed] } } : {}),
      ...(filter.q ? { OR: [{ name: { contains: filter.q } }, { staffNo: { startsWith: filter.q } }] } : {}),
      ...(filter.subject ? { subject: filter.subject } : {}),
      ...(filter.degree ? { highestDegree: filter.degree } : {}),
      ...(filter.title ? { title: filter.title } : {}),
      ...(filter.fullTime ? { isFullTime: filter.fullTime === "yes" } : {}),
      ...(filter.ageBand ? { birthDate: birthDateRange(ROSTER_AGE_RANGES[filter.ageBand], on) } : {}),
    },
    teacherScopeWhere(user),
  );
  const [rows, total, choices] = await Promise.all([
    db().teacher.findMany({
      where,
      orderBy: [ORDER[filter.sort](filter.dir), { id: "asc" }],
      skip: (filter.page - 1) * TEACHERS_PAGE_SIZE,
      take: TEACHERS_PAGE_SIZE,
      select: {
        id: true,
        ...TEACHER_VALUE_FIELDS,
        status: true,
        school: { select: { id: true, name: true } },
        posts: { where: { endedOn: null }, select: { kind: true } },
      },
    }),
    db().teacher.count({ where }),
    roster.kind === "county" ? rosterChoices(roster.id) : { schools: [], towns: [] },
  ]);
  return {
    total,
    referenceDate: on,
    roster: { kind: roster.kind, id: roster.id, countyId: roster.countyId, label: roster.label },
    choices,
    rows: rows.map(({ posts, ...row }) => ({
      ...row,
      age: ageOn(row.birthDate, on),
      post: posts[0]?.kind ?? null,
    })),
  };
}

/** The schools and towns a county roster can be narrowed to (the county was checked against the scope already). */
async function rosterChoices(countyId: number) {
  const [schools, towns] = await Promise.all([
    db().school.findMany({
      where: { countyId },
      orderBy: [{ isActive: "desc" }, { name: "asc" }, { id: "asc" }],
      select: { id: true, name: true },
    }),
    db().town.findMany({
      where: { countyId },
      orderBy: [{ name: "asc" }, { id: "asc" }],
      select: { id: true, name: true },
    }),
  ]);
  return { schools, towns };
}
