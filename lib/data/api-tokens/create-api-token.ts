import "server-only";
import { ownCityId } from "@/lib/auth/scope";
import { assertCan } from "@/lib/auth/permissions";
import { apiTokenLoginName, generateApiToken } from "@/lib/api/token";
import { addDays } from "@/lib/utils/periods";
import { recordAudit } from "@/lib/data/audit/record-audit";
import type { SessionUser } from "@/lib/data/auth/session-user";
import { resolveRoleScope } from "@/lib/data/users/user-access";
import { db } from "@/lib/db";
import type { CreateApiTokenInput } from "@/lib/schemas/api-tokens";

/** A stored password hash that no password verifies (argon2 refuses it as malformed): token accounts never sign in. */
const NO_PASSWORD = "!api-token";

/**
 * Creates a token bound to a role and a scope of the admin's city, with its own account (see ApiToken in
 * schema.prisma), and answers the token itself exactly once: only its SHA-256 is stored.
 */
export async function createApiToken(manager: SessionUser, input: CreateApiTokenInput) {
  assertCan(manager, "api-tokens:manage");
  const { token, prefix, hash } = generateApiToken();
  const expiresAt = addDays(new Date(), input.expiresInDays);
  const created = await db().$transaction(async (tx) => {
    // The same checks as an account of that role: the county or school must be one of the admin's city.
    const scope = await resolveRoleScope(tx, manager, input);
    const account = await tx.user.create({
      data: {
        loginName: apiTokenLoginName(hash),
        displayName: input.name,
        passwordHash: NO_PASSWORD,
        role: input.role,
        cityId: ownCityId(manager),
        ...scope,
      },
      select: { id: true },
    });
    const row = await tx.apiToken.create({
      data: {
        name: input.name,
        prefix,
        tokenHash: hash,
        userId: account.id,
        cityId: ownCityId(manager),
        createdById: manager.id,
        expiresAt,
      },
      select: { id: true, name: true, prefix: true, expiresAt: true },
    });
    await recordAudit(tx, manager, {
      action: "create",
      entity: "api_token",
      entityId: row.id,
      after: { ...row, role: input.role, ...scope },
    });
    return row;
  });
  return { ...created, token };
}
