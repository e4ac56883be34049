import "server-only";
import { assertCan } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/data/audit/record-audit";
import type { SessionUser } from "@/lib/data/auth/session-user";
import { db } from "@/lib/db";
import { isUniqueViolation } from "@/lib/errors";
import { joiningDayProblem } from "@/lib/indicators/education-groups";
import type { AddGroupMemberInput } from "@/lib/schemas/groups";
import { businessDay } from "@/lib/utils/periods";
import {
  assertDay,
  assertInNoOtherUrbanRuralGroup,
  assertNotDissolved,
  AUDITED_MEMBERSHIP_FIELDS,
  fieldError,
  loadScopedGroup,
  lockCountySchool,
} from "./group-access";

const alreadyMember = () => fieldError("schoolId", "alreadyMember", "CONFLICT");

/**
 * An active school of the group's county joins a group of the user's scope on a day (not before the founding, not
 * in the future). A school is a current member of one urban-rural group at most (decision 0020); the coverage
 * figure counts it from its joining day.
 */
export async function addGroupMember(actor: SessionUser, input: AddGroupMemberInput) {
  assertCan(actor, "groups:manage");
  const today = businessDay(new Date());
  try {
    return await db().$transaction(async (tx) => {
      const group = await loadScopedGroup(tx, actor, input.groupId);
      assertNotDissolved(group);
      const school = await lockCountySchool(tx, group.countyId, input.schoolId, "schoolId");
      assertDay(
        "joinedOn",
        joiningDayProblem({ joinedOn: input.joinedOn, foundedOn: group.foundedOn, today }),
      );
      const held = await tx.educationGroupMember.findFirst({
        where: { groupId: group.id, schoolId: school.id, leftOn: null },
        select: { id: true },
      });
      if (held) throw alreadyMember();
      if (group.isUrbanRural)
        await assertInNoOtherUrbanRuralGroup(tx, [school.id], group.id, today, "schoolId");
      const membership = await tx.educationGroupMember.create({
        data: { groupId: group.id, schoolId: school.id, joinedOn: input.joinedOn },
        select: AUDITED_MEMBERSHIP_FIELDS,
      });
      await recordAudit(tx, actor, {
        action: "add_member",
        entity: "education_group",
        entityId: group.id,
        after: membership,
      });
      return { group, school, membership };
    });
  } catch (error) {
    // The partial unique index (one current membership of a school per group) settles a race the check lost.
    throw isUniqueViolation(error) ? alreadyMember() : error;
  }
}
