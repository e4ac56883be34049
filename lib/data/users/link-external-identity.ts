import "server-only";
import { oidcSettings } from "@/lib/auth/oidc";
import { recordAudit } from "@/lib/data/audit/record-audit";
import type { SessionUser } from "@/lib/data/auth/session-user";
import { db } from "@/lib/db";
import { AppError, isUniqueViolation, notFoundError } from "@/lib/errors";
import { loadManagedUser } from "./user-access";

/**
 * Links a person at the configured OpenID Connect provider (by the value of its link claim) to an account the
 * manager may manage: from then on that person signs in as the account, with the account's role and scope. Linking
 * is the only way in by single sign-on (docs/decisions/0029), so it is a manager's write, audited like a password
 * reset.
 */
export async function linkExternalIdentity(
  manager: SessionUser,
  input: { id: number; subject: string },
): Promise<void> {
  await db()
    .$transaction(async (tx) => {
      const user = await loadManagedUser(tx, manager, input.id);
      const settings = oidcSettings();
      if (!settings) throw new AppError("INVALID_STATE", { messageKey: "users.ssoNotConfigured" });
      const taken = await tx.externalIdentity.findUnique({
        where: { issuer_subject: { issuer: settings.issuer, subject: input.subject } },
        select: { userId: true },
      });
      if (taken?.userId === user.id) return;
      // Another account has it, possibly in another city: the message does not say whose.
      if (taken) throw identityTaken();
      await tx.externalIdentity.create({
        data: { issuer: settings.issuer, subject: input.subject, userId: user.id, linkedById: manager.id },
      });
      await recordAudit(tx, manager, {
        action: "link_identity",
        entity: "user",
        entityId: user.id,
        after: { issuer: settings.issuer, subject: input.subject },
      });
    })
    .catch((error: unknown) => {
      // Two managers linking the same person at the same moment: the unique index refuses one.
      throw isUniqueViolation(error) ? identityTaken() : error;
    });
}

/** Removes a link: the person can no longer sign in as the account by single sign-on. */
export async function unlinkExternalIdentity(
  manager: SessionUser,
  input: { id: number; identityId: number },
): Promise<void> {
  await db().$transaction(async (tx) => {
    const user = await loadManagedUser(tx, manager, input.id);
    const identity = await tx.externalIdentity.findFirst({
      where: { id: input.identityId, userId: user.id },
      select: { id: true, issuer: true, subject: true },
    });
    if (!identity) throw notFoundError();
    await tx.externalIdentity.delete({ where: { id: identity.id } });
    await recordAudit(tx, manager, {
      action: "unlink_identity",
      entity: "user",
      entityId: user.id,
      before: { issuer: identity.issuer, subject: identity.subject },
    });
  });
}

const identityTaken = () =>
  new AppError("CONFLICT", {
    messageKey: "users.identityTaken",
    details: { fieldErrors: { subject: [{ key: "identityTaken" }] } },
  });
