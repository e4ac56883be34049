import "server-only";
import { assertCan } from "@/lib/auth/permissions";
import { groupScopeWhere } from "@/lib/auth/scope";
import { recordAudit } from "@/lib/data/audit/record-audit";
import type { SessionUser } from "@/lib/data/auth/session-user";
import { db } from "@/lib/db";
import { AppError, notFoundError } from "@/lib/errors";
import { leavingDayProblem } from "@/lib/indicators/education-groups";
import type { EndGroupMembershipInput } from "@/lib/schemas/groups";
import { businessDay } from "@/lib/utils/periods";
import { assertDay, assertNotDissolved, AUDITED_MEMBERSHIP_FIELDS, loadScopedGroup } from "./group-access";

/**
 * A member school leaves a group of the user's scope: the membership keeps its days, with `leftOn` the first day
 * the school is no longer a member (on or after its joining day, not in the future). The core school stays while
 * the group does: another core is chosen first, or the group is dissolved.
 */
export async function endGroupMembership(actor: SessionUser, input: EndGroupMembershipInput) {
  assertCan(actor, "groups:manage");
  const today = businessDay(new Date());
  return db().$transaction(async (tx) => {
    // Security: a membership of another county's group reads as missing.
    const found = await tx.educationGroupMember.findFirst({
      where: { id: input.id, group: groupScopeWhere(actor) },
      select: { groupId: true },
    });
    if (!found) throw notFoundError();
    const group = await loadScopedGroup(tx, actor, found.groupId);
    assertNotDissolved(group);
    // Read again under the group's lock: a concurrent leave of the same membership is seen here.
    const before = await tx.educationGroupMember.findUniqueOrThrow({
      where: { id: input.id },
      select: AUDITED_MEMBERSHIP_FIELDS,
    });
    if (before.leftOn) throw new AppError("INVALID_STATE", { messageKey: "groups.alreadyLeft" });
    if (before.schoolId === group.coreSchoolId)
      throw new AppError("INVALID_STATE", { messageKey: "groups.coreCannotLeave" });
    assertDay("leftOn", leavingDayProblem({ leftOn: input.leftOn, joinedOn: before.joinedOn, today }));
    const after = await tx.educationGroupMember.update({
      where: { id: before.id },
      data: { leftOn: input.leftOn },
      select: AUDITED_MEMBERSHIP_FIELDS,
    });
    await recordAudit(tx, actor, {
      action: "remove_member",
      entity: "education_group",
      entityId: group.id,
      before,
      after,
    });
    return after;
  });
}
