import "server-only";
import { usesSampleStandards } from "@/lib/indicators/effective-standards";
import { assertCan } from "@/lib/auth/permissions";
import { groupScopeWhere, inScope } from "@/lib/auth/scope";
import type { SessionUser } from "@/lib/data/auth/session-user";
import { unsafeLoadSchoolProfiles } from "@/lib/data/indicators/load-school-profiles";
import { unsafeLoadCitySettings } from "@/lib/data/settings/load-city-settings";
import { unsafeLoadThresholdsInForce } from "@/lib/data/standards/load-thresholds";
import { db } from "@/lib/db";
import { isMemberOn, memberFigures } from "@/lib/indicators/education-groups";
import { toEffectiveStandards } from "@/lib/indicators/effective-standards";
import { schoolCompliance } from "@/lib/indicators/school-compliance";
import { businessDay } from "@/lib/utils/periods";
import { AUDITED_GROUP_FIELDS } from "./group-access";

/**
 * A group of the user's scope with every membership, current ones first, and its current members' figures side by
 * side (捆绑评价): the same profile statement and compliance rules as the school dashboard, for all members in one
 * query. Null when the group is not in the scope.
 */
export async function getGroup(actor: SessionUser, groupId: number, asOf: Date = businessDay(new Date())) {
  assertCan(actor, "groups:view");
  const client = db();
  const group = await client.educationGroup.findFirst({
    where: inScope({ id: groupId }, groupScopeWhere(actor)),
    select: {
      ...AUDITED_GROUP_FIELDS,
      county: { select: { id: true, name: true, nameEn: true, cityId: true } },
      coreSchool: { select: { id: true, name: true } },
      members: {
        orderBy: [{ leftOn: { sort: "desc", nulls: "first" } }, { joinedOn: "asc" }, { id: "asc" }],
        select: {
          id: true,
          joinedOn: true,
          leftOn: true,
          school: { select: { id: true, code: true, name: true, level: true, locationClass: true } },
        },
      },
    },
  });
  if (!group) return null;
  const currentIds = group.members
    .filter((member) => isMemberOn(member, asOf))
    .map((member) => member.school.id);
  const [settings, thresholds] = await Promise.all([
    unsafeLoadCitySettings(client, group.county.cityId),
    unsafeLoadThresholdsInForce(client, group.county.cityId, asOf),
  ]);
  // The scope was checked on the group; its members are schools of its county.
  const profiles =
    currentIds.length === 0
      ? []
      : await unsafeLoadSchoolProfiles(client, {
          countyIds: [group.countyId],
          schoolIds: currentIds,
          asOf,
          principalTermYears: settings.principal_term_years,
        });
  const standards = toEffectiveStandards(thresholds);
  const figures = new Map(
    profiles.map((profile) => [
      profile.schoolId,
      memberFigures(profile, schoolCompliance(profile, standards)),
    ]),
  );
  return {
    group,
    usesSampleStandards: usesSampleStandards(thresholds),
    members: group.members.map((member) => {
      const isCurrent = isMemberOn(member, asOf);
      return {
        ...member,
        isCurrent,
        isCore: member.school.id === group.coreSchoolId,
        figures: isCurrent ? (figures.get(member.school.id) ?? null) : null,
      };
    }),
  };
}
