import "server-only";
import { groupScopeWhere, inScope } from "@/lib/auth/scope";
import type { SessionUser } from "@/lib/data/auth/session-user";
import { AppError, notFoundError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { GroupDayProblem } from "@/lib/indicators/education-groups";

type Tx = Prisma.TransactionClient;

/** What an audit record of a group write holds, before and after. */
export const AUDITED_GROUP_FIELDS = {
  id: true,
  countyId: true,
  name: true,
  kind: true,
  isUrbanRural: true,
  coreSchoolId: true,
  foundedOn: true,
  dissolvedOn: true,
} as const satisfies Prisma.EducationGroupSelect;

/** What an audit record of a membership write holds. */
export const AUDITED_MEMBERSHIP_FIELDS = {
  id: true,
  groupId: true,
  schoolId: true,
  joinedOn: true,
  leftOn: true,
} as const satisfies Prisma.EducationGroupMemberSelect;

/**
 * A membership current on `day` (a calendar day at UTC midnight): joined on or before it, not yet left. The same
 * rule as isMemberOn (lib/indicators/education-groups.ts) and the coverage SQL (load-school-profiles.ts).
 */
export function currentMembershipWhere(day: Date) {
  return {
    joinedOn: { lte: day },
    OR: [{ leftOn: null }, { leftOn: { gt: day } }],
  } satisfies Prisma.EducationGroupMemberWhereInput;
}

/** A current membership of a group that counts for the coverage target. */
export function currentUrbanRuralMembershipWhere(day: Date) {
  return {
    ...currentMembershipWhere(day),
    group: { isUrbanRural: true },
  } satisfies Prisma.EducationGroupMemberWhereInput;
}

/**
 * A group of the user's scope inside the caller's transaction, its row locked so that writes to one group (members
 * joining, leaving, a dissolution) run one after another; NOT_FOUND otherwise. Security: another county's group
 * reads as a missing one, so a forged id changes nothing and tells nothing.
 */
export async function loadScopedGroup(tx: Tx, user: SessionUser, groupId: number) {
  const group = await tx.educationGroup.findFirst({
    where: inScope({ id: groupId }, groupScopeWhere(user)),
    select: AUDITED_GROUP_FIELDS,
  });
  if (!group) throw notFoundError();
  await tx.$executeRaw`SELECT 1 FROM education_groups WHERE id = ${group.id} FOR UPDATE`;
  return group;
}

/** A dissolved group keeps its history and takes no more writes. */
export function assertNotDissolved(group: { dissolvedOn: Date | null }) {
  if (group.dissolvedOn) throw new AppError("INVALID_STATE", { messageKey: "groups.dissolved" });
}

export function fieldError(
  field: string,
  key: string,
  code: "VALIDATION" | "CONFLICT" = "VALIDATION",
): AppError {
  return new AppError(code, {
    messageKey: `groups.${key}`,
    details: { fieldErrors: { [field]: [{ key }] } },
  });
}

const DAY_PROBLEM_KEYS: Record<GroupDayProblem, string> = {
  inFuture: "groupDayInFuture",
  beforeFounding: "groupDayBeforeFounding",
  beforeJoining: "groupDayBeforeJoining",
  afterFirstJoin: "groupDayAfterFirstJoin",
  beforeLastJoin: "groupDayBeforeLastJoin",
};

/** Refuses a day a rule of lib/indicators/education-groups.ts found a problem with, as a field error. */
export function assertDay(field: string, problem: GroupDayProblem | null) {
  if (problem) throw fieldError(field, DAY_PROBLEM_KEYS[problem]);
}

/**
 * An active school of the county, its row locked so that two requests adding one school to groups run one after
 * the other (the second then sees the first's membership); a field error otherwise, since the form offered only
 * the county's active schools.
 */
export async function lockCountySchool(tx: Tx, countyId: number, schoolId: number, field: string) {
  // Locked before it is read: a closing of the school (closeSchool) that commits first is then seen as closed.
  await tx.$executeRaw`SELECT 1 FROM schools WHERE id = ${schoolId} AND county_id = ${countyId} FOR UPDATE`;
  const school = await tx.school.findFirst({
    where: { id: schoolId, countyId, isActive: true },
    select: { id: true, name: true },
  });
  if (!school) throw fieldError(field, "schoolNotInCounty");
  return school;
}

/**
 * A school is a current member of one urban-rural group at most (decision 0020): its coverage, its core school and
 * its bundled evaluation are then one group's. Refuses when any of the schools is a current member of another.
 */
export async function assertInNoOtherUrbanRuralGroup(
  tx: Tx,
  schoolIds: number[],
  exceptGroupId: number | null,
  day: Date,
  field: string,
) {
  const other = await tx.educationGroupMember.findFirst({
    where: {
      schoolId: { in: schoolIds },
      ...currentUrbanRuralMembershipWhere(day),
      ...(exceptGroupId !== null && { NOT: { groupId: exceptGroupId } }),
    },
    select: { group: { select: { name: true } } },
  });
  if (other)
    throw new AppError("CONFLICT", {
      messageKey: "groups.inOtherUrbanRuralGroup",
      params: { group: other.group.name },
      details: { fieldErrors: { [field]: [{ key: "inOtherUrbanRuralGroup" }] } },
    });
}
