import "server-only";
import { assertCan, canManageRole } from "@/lib/auth/permissions";
import { bindsTo, cityRowsWhere, inScope, ownCityId } from "@/lib/auth/scope";
import type { SessionUser } from "@/lib/data/auth/session-user";
import { AppError, forbiddenError, notFoundError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/generated/prisma/enums";

type Tx = Prisma.TransactionClient;

export const AUDITED_USER_FIELDS = {
  id: true,
  loginName: true,
  displayName: true,
  email: true,
  role: true,
  cityId: true,
  countyId: true,
  schoolId: true,
  isActive: true,
  mustChangePassword: true,
  lockedUntil: true,
} as const;

/**
 * The account `manager` is about to change: it must exist in the manager's city (else it is "not found"), its role
 * must be one the manager may manage, and it must not be the manager's own account (nobody changes their own role,
 * scope or status).
 */
export async function loadManagedUser(tx: Tx, manager: SessionUser, userId: number) {
  assertCan(manager, "users:manage");
  const user = await tx.user.findFirst({
    // An API token's account is not a person's: nobody gives it a password or another role (it would sign in).
    where: inScope({ id: userId, apiToken: { is: null } }, cityRowsWhere(manager)),
    select: AUDITED_USER_FIELDS,
  });
  if (!user) throw notFoundError();
  if (user.id === manager.id) throw new AppError("FORBIDDEN", { messageKey: "users.ownAccount" });
  if (!canManageRole(manager.role, user.role)) throw forbiddenError();
  return user;
}

/**
 * The county and school a role is bound to (`ROLE_SCOPE_LEVELS`), checked against the manager's city. A principal's
 * county follows from the school; a role that may also be city-wide (leaders) is so without a county.
 */
export async function resolveRoleScope(
  tx: Tx,
  manager: SessionUser,
  input: { role: Role; countyId?: number; schoolId?: number },
): Promise<{ countyId: number | null; schoolId: number | null }> {
  if (!canManageRole(manager.role, input.role)) {
    throw new AppError("FORBIDDEN", { messageKey: "users.roleNotAssignable" });
  }
  const invalid = (field: "countyId" | "schoolId", key: string) =>
    new AppError("VALIDATION", { details: { fieldErrors: { [field]: [{ key }] } } });

  if (bindsTo(input.role, "school")) {
    if (input.schoolId === undefined) throw invalid("schoolId", "required");
    const school = await tx.school.findFirst({
      where: { id: input.schoolId, cityId: ownCityId(manager) },
      select: { id: true, countyId: true },
    });
    if (!school) throw invalid("schoolId", "invalid");
    return { countyId: school.countyId, schoolId: school.id };
  }
  if (bindsTo(input.role, "county") && input.countyId !== undefined) {
    const county = await tx.county.findFirst({
      where: { id: input.countyId, cityId: ownCityId(manager) },
      select: { id: true },
    });
    if (!county) throw invalid("countyId", "invalid");
    return { countyId: county.id, schoolId: null };
  }
  if (bindsTo(input.role, "city")) return { countyId: null, schoolId: null };
  throw invalid("countyId", "required");
}
