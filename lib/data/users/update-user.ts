import "server-only";
import { recordAudit } from "@/lib/data/audit/record-audit";
import type { SessionUser } from "@/lib/data/auth/session-user";
import { db } from "@/lib/db";
import type { UpdateUserInput } from "@/lib/schemas/users";
import { AUDITED_USER_FIELDS, loadManagedUser, resolveRoleScope } from "./user-access";

/** Changes another account's name, role and scope. The change applies at that user's next request. */
export async function updateUser(manager: SessionUser, input: UpdateUserInput) {
  return db().$transaction(async (tx) => {
    const before = await loadManagedUser(tx, manager, input.id);
    const scope = await resolveRoleScope(tx, manager, input);
    const after = await tx.user.update({
      where: { id: before.id },
      data: { displayName: input.displayName, email: input.email, role: input.role, ...scope },
      select: AUDITED_USER_FIELDS,
    });
    await recordAudit(tx, manager, { action: "update", entity: "user", entityId: after.id, before, after });
    return after;
  });
}
