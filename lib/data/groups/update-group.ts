import "server-only";
import { assertCan } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/data/audit/record-audit";
import type { SessionUser } from "@/lib/data/auth/session-user";
import { db } from "@/lib/db";
import { foundingDayProblem, isUrbanRuralKind } from "@/lib/indicators/education-groups";
import type { UpdateGroupInput } from "@/lib/schemas/groups";
import { businessDay } from "@/lib/utils/periods";
import {
  assertDay,
  assertInNoOtherUrbanRuralGroup,
  assertNotDissolved,
  AUDITED_GROUP_FIELDS,
  currentMembershipWhere,
  fieldError,
  loadScopedGroup,
} from "./group-access";

/**
 * Corrects a group of the user's scope: name, kind, founding day and core school. It stays in its county; the core
 * school is one of its current members; the founding day is not after any member's joining day; and a group that
 * becomes urban-rural may not take a school that is a current member of another urban-rural group.
 */
export async function updateGroup(actor: SessionUser, { id, ...input }: UpdateGroupInput) {
  assertCan(actor, "groups:manage");
  const today = businessDay(new Date());
  return db().$transaction(async (tx) => {
    const before = await loadScopedGroup(tx, actor, id);
    assertNotDissolved(before);
    const [first, current] = await Promise.all([
      tx.educationGroupMember.aggregate({ where: { groupId: id }, _min: { joinedOn: true } }),
      tx.educationGroupMember.findMany({
        where: { groupId: id, ...currentMembershipWhere(today) },
        select: { schoolId: true },
      }),
    ]);
    assertDay(
      "foundedOn",
      foundingDayProblem({ foundedOn: input.foundedOn, today, firstJoinedOn: first._min.joinedOn }),
    );
    if (!current.some((member) => member.schoolId === input.coreSchoolId))
      throw fieldError("coreSchoolId", "coreNotMember");
    const isUrbanRural = isUrbanRuralKind(input.kind);
    if (isUrbanRural && !before.isUrbanRural)
      await assertInNoOtherUrbanRuralGroup(
        tx,
        current.map((member) => member.schoolId),
        id,
        today,
        "kind",
      );
    const after = await tx.educationGroup.update({
      where: { id },
      data: { ...input, isUrbanRural },
      select: AUDITED_GROUP_FIELDS,
    });
    await recordAudit(tx, actor, {
      action: "update",
      entity: "education_group",
      entityId: id,
      before,
      after,
    });
    return after;
  });
}
