import "server-only";
import { assertCan } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/data/audit/record-audit";
import type { SessionUser } from "@/lib/data/auth/session-user";
import { db } from "@/lib/db";
import { dissolutionDayProblem } from "@/lib/indicators/education-groups";
import type { DissolveGroupInput } from "@/lib/schemas/groups";
import { businessDay } from "@/lib/utils/periods";
import { assertDay, assertNotDissolved, AUDITED_GROUP_FIELDS, loadScopedGroup } from "./group-access";

/**
 * 解散: a group of the user's scope ends on a day, and every membership current then ends on the same day, in one
 * transaction, so that no school stays counted in a group that no longer exists. The group and its memberships
 * stay, with their days, for the quarters before.
 */
export async function dissolveGroup(actor: SessionUser, input: DissolveGroupInput) {
  assertCan(actor, "groups:manage");
  const today = businessDay(new Date());
  return db().$transaction(async (tx) => {
    const before = await loadScopedGroup(tx, actor, input.id);
    assertNotDissolved(before);
    const last = await tx.educationGroupMember.aggregate({
      where: { groupId: before.id, leftOn: null },
      _max: { joinedOn: true },
    });
    assertDay(
      "dissolvedOn",
      dissolutionDayProblem({
        dissolvedOn: input.dissolvedOn,
        foundedOn: before.foundedOn,
        lastJoinedOn: last._max.joinedOn,
        today,
      }),
    );
    const ended = await tx.educationGroupMember.updateMany({
      where: { groupId: before.id, leftOn: null },
      data: { leftOn: input.dissolvedOn },
    });
    const after = await tx.educationGroup.update({
      where: { id: before.id },
      data: { dissolvedOn: input.dissolvedOn },
      select: AUDITED_GROUP_FIELDS,
    });
    await recordAudit(tx, actor, {
      action: "dissolve",
      entity: "education_group",
      entityId: before.id,
      before,
      after: { ...after, endedMemberships: ended.count },
    });
    return after;
  });
}
