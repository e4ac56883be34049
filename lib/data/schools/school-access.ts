import "server-only";
import { countyScopeWhere, inScope, schoolScopeWhere } from "@/lib/auth/scope";
import type { SessionUser } from "@/lib/data/auth/session-user";
import { AppError, isUniqueViolation, notFoundError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";

type Tx = Prisma.TransactionClient;

/** What an audit record of a school write holds, before and after. */
export const AUDITED_SCHOOL_FIELDS = {
  id: true,
  code: true,
  name: true,
  townId: true,
  countyId: true,
  level: true,
  ownership: true,
  urbanRuralCode: true,
  locationClass: true,
  isTownSeat: true,
  isTownCentralKindergarten: true,
  isBoarding: true,
  isActive: true,
  closedOn: true,
  mergedIntoId: true,
} as const satisfies Prisma.SchoolSelect;

/**
 * A school of the user's scope inside the caller's transaction, or NOT_FOUND. Security: another county's id reads
 * as a missing school, so a forged id changes nothing and tells nothing.
 */
export async function loadScopedSchool(tx: Tx, user: SessionUser, schoolId: number) {
  const school = await tx.school.findFirst({
    where: inScope({ id: schoolId }, schoolScopeWhere(user)),
    select: AUDITED_SCHOOL_FIELDS,
  });
  if (!school) throw notFoundError();
  return school;
}

/** A town of a county in the user's scope, with the county and city a school there is counted in, or NOT_FOUND. */
export async function loadScopedTown(tx: Tx, user: SessionUser, townId: number) {
  const town = await tx.town.findFirst({
    where: inScope({ id: townId }, { county: countyScopeWhere(user) }),
    select: { id: true, countyId: true, county: { select: { cityId: true } } },
  });
  if (!town) throw notFoundError();
  return { townId: town.id, countyId: town.countyId, cityId: town.county.cityId };
}

const codeTaken = () =>
  new AppError("CONFLICT", {
    messageKey: "schools.codeTaken",
    details: { fieldErrors: { code: [{ key: "schoolCodeTaken" }] } },
  });

/** 学校标识码 are unique across the deployment: a taken one is a field error, whoever holds it. */
export async function assertSchoolCodeFree(tx: Tx, code: string, exceptSchoolId?: number) {
  const holder = await tx.school.findUnique({ where: { code }, select: { id: true } });
  if (holder && holder.id !== exceptSchoolId) throw codeTaken();
}

/**
 * Runs a school write; two writers who both found a code free race to the unique index, and the loser gets the same
 * field error as a taken code instead of an unexpected failure.
 */
export async function withSchoolCodeRace<Result>(write: () => Promise<Result>): Promise<Result> {
  try {
    return await write();
  } catch (error) {
    throw isUniqueViolation(error) ? codeTaken() : error;
  }
}
