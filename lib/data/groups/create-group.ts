import "server-only";
import { assertCan } from "@/lib/auth/permissions";
import { countyScopeWhere, inScope } from "@/lib/auth/scope";
import { recordAudit } from "@/lib/data/audit/record-audit";
import type { SessionUser } from "@/lib/data/auth/session-user";
import { db } from "@/lib/db";
import { notFoundError } from "@/lib/errors";
import { foundingDayProblem, isUrbanRuralKind } from "@/lib/indicators/education-groups";
import type { CreateGroupInput } from "@/lib/schemas/groups";
import { businessDay } from "@/lib/utils/periods";
import {
  assertDay,
  assertInNoOtherUrbanRuralGroup,
  AUDITED_GROUP_FIELDS,
  AUDITED_MEMBERSHIP_FIELDS,
  lockCountySchool,
} from "./group-access";

/**
 * Founds a group in a county of the user's scope (a county officer: its own). Its core school (牵头学校), an active
 * school of that county, joins it on the founding day; whether it counts for the coverage target follows from the
 * kind (decision 0020).
 */
export async function createGroup(actor: SessionUser, input: CreateGroupInput) {
  assertCan(actor, "groups:manage");
  const today = businessDay(new Date());
  return db().$transaction(async (tx) => {
    // Security: another county reads as missing, before anything about the payload is judged.
    const county = await tx.county.findFirst({
      where: inScope({ id: input.countyId }, countyScopeWhere(actor)),
      select: { id: true },
    });
    if (!county) throw notFoundError();
    assertDay("foundedOn", foundingDayProblem({ foundedOn: input.foundedOn, today, firstJoinedOn: null }));
    const core = await lockCountySchool(tx, county.id, input.coreSchoolId, "coreSchoolId");
    const isUrbanRural = isUrbanRuralKind(input.kind);
    if (isUrbanRural) await assertInNoOtherUrbanRuralGroup(tx, [core.id], null, today, "coreSchoolId");
    const group = await tx.educationGroup.create({
      data: {
        countyId: county.id,
        name: input.name,
        kind: input.kind,
        isUrbanRural,
        coreSchoolId: core.id,
        foundedOn: input.foundedOn,
      },
      select: AUDITED_GROUP_FIELDS,
    });
    const coreMembership = await tx.educationGroupMember.create({
      data: { groupId: group.id, schoolId: core.id, joinedOn: input.foundedOn },
      select: AUDITED_MEMBERSHIP_FIELDS,
    });
    await recordAudit(tx, actor, {
      action: "create",
      entity: "education_group",
      entityId: group.id,
      after: { ...group, coreMembership },
    });
    return group;
  });
}
