import "server-only";
import { recordAudit } from "@/lib/data/audit/record-audit";
import type { SessionUser } from "@/lib/data/auth/session-user";
import { db } from "@/lib/db";
import type { Locale } from "@/lib/i18n/locales";

/**
 * The signed-in user's language, as chosen with the language switcher: their e-mails are written in it (a message
 * is composed in the recipient's language, not the sender's). Audited when it changes.
 */
export async function updateOwnLocale(actor: SessionUser, locale: Locale): Promise<void> {
  await db().$transaction(async (tx) => {
    const before = await tx.user.findUniqueOrThrow({ where: { id: actor.id }, select: { locale: true } });
    if (before.locale === locale) return;
    await tx.user.update({ where: { id: actor.id }, data: { locale } });
    await recordAudit(tx, actor, {
      action: "update",
      entity: "user",
      entityId: actor.id,
      before,
      after: { locale },
    });
  });
}
