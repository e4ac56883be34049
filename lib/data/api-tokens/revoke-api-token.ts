import "server-only";
import { assertCan } from "@/lib/auth/permissions";
import { cityRowsWhere, inScope } from "@/lib/auth/scope";
import { recordAudit } from "@/lib/data/audit/record-audit";
import type { SessionUser } from "@/lib/data/auth/session-user";
import { db } from "@/lib/db";
import { AppError, notFoundError } from "@/lib/errors";

/** Revokes a token of the admin's city at once: its next call is refused, and its account is deactivated. */
export async function revokeApiToken(manager: SessionUser, tokenId: number) {
  assertCan(manager, "api-tokens:manage");
  return db().$transaction(async (tx) => {
    const token = await tx.apiToken.findFirst({
      where: inScope({ id: tokenId }, cityRowsWhere(manager)),
      select: { id: true, name: true, prefix: true, userId: true, revokedAt: true },
    });
    if (!token) throw notFoundError();
    if (token.revokedAt) throw new AppError("INVALID_STATE", { messageKey: "apiTokens.alreadyRevoked" });
    const revokedAt = new Date();
    await tx.apiToken.update({ where: { id: token.id }, data: { revokedAt } });
    await tx.user.update({ where: { id: token.userId }, data: { isActive: false } });
    await recordAudit(tx, manager, {
      action: "revoke",
      entity: "api_token",
      entityId: token.id,
      before: { name: token.name, prefix: token.prefix, revokedAt: null },
      after: { name: token.name, prefix: token.prefix, revokedAt },
    });
    return { id: token.id };
  });
}
