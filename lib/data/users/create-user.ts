import "server-only";
import { assertCan } from "@/lib/auth/permissions";
import { hashPassword } from "@/lib/auth/password";
import { generateTemporaryPassword } from "@/lib/auth/temporary-password";
import { recordAudit } from "@/lib/data/audit/record-audit";
import type { SessionUser } from "@/lib/data/auth/session-user";
import { db } from "@/lib/db";
import { AppError, isUniqueViolation } from "@/lib/errors";
import type { CreateUserInput } from "@/lib/schemas/users";
import { AUDITED_USER_FIELDS, resolveRoleScope } from "./user-access";

/** Creates an account in the manager's city with a temporary password that must be changed at first sign-in. */
export async function createUser(manager: SessionUser, input: CreateUserInput) {
  assertCan(manager, "users:manage");
  const temporaryPassword = generateTemporaryPassword();
  const passwordHash = await hashPassword(temporaryPassword);
  const user = await db()
    .$transaction(async (tx) => {
      const scope = await resolveRoleScope(tx, manager, input);
      const taken = await tx.user.findUnique({ where: { loginName: input.loginName }, select: { id: true } });
      if (taken) throw loginTaken();
      const created = await tx.user.create({
        data: {
          loginName: input.loginName,
          displayName: input.displayName,
          email: input.email,
          role: input.role,
          cityId: manager.cityId,
          ...scope,
          passwordHash,
          mustChangePassword: true,
        },
        select: AUDITED_USER_FIELDS,
      });
      await recordAudit(tx, manager, {
        action: "create",
        entity: "user",
        entityId: created.id,
        after: created,
      });
      return created;
    })
    .catch((error: unknown) => {
      // Two managers creating the same login at the same moment: both pass the check, the unique index refuses one.
      throw isUniqueViolation(error) ? loginTaken() : error;
    });
  return { user, temporaryPassword };
}

const loginTaken = () =>
  new AppError("CONFLICT", {
    messageKey: "users.loginTaken",
    details: { fieldErrors: { loginName: [{ key: "loginTaken" }] } },
  });
