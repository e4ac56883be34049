import "server-only";
import { usesSampleStandards } from "@/lib/indicators/effective-standards";
import type { SessionUser } from "@/lib/data/auth/session-user";
import { getSchoolWithPlace } from "@/lib/data/geography/get-places";
import { unsafeLoadSchoolProfiles } from "@/lib/data/indicators/load-school-profiles";
import { unsafeLoadCitySettings } from "@/lib/data/settings/load-city-settings";
import { unsafeLoadThresholdsInForce } from "@/lib/data/standards/load-thresholds";
import { db } from "@/lib/db";
import type { EffectiveStandards, SchoolProfile } from "@/lib/indicators/computed-indicators";
import { toEffectiveStandards } from "@/lib/indicators/effective-standards";
import { schoolCompliance, type SchoolCompliance } from "@/lib/indicators/school-compliance";
import { businessDay, schoolYearOf } from "@/lib/utils/periods";

export interface SchoolDashboard {
  school: {
    id: number;
    code: string;
    name: string;
    level: SchoolProfile["level"];
    ownership: SchoolProfile["ownership"];
    locationClass: SchoolProfile["locationClass"];
    isTownSeat: boolean;
    town: { id: number; name: string };
    county: { id: number; name: string; nameEn: string };
    city: { id: number; name: string; nameEn: string };
  };
  profile: SchoolProfile;
  standards: EffectiveStandards;
  /** The Class Ⅱ values judged against are a demo sample (示例（非官方）) */
  usesSampleStandards: boolean;
  compliance: SchoolCompliance;
  /** The school year the dashboard is for, and whether its facility record is older (or missing) */
  schoolYear: number;
  isFacilityDataOutdated: boolean;
  groups: {
    name: string;
    kind: string;
    isUrbanRural: boolean;
    coreSchoolName: string;
    joinedOn: Date;
    isCore: boolean;
  }[];
}

/**
 * One school in the user's scope with its facility values checked against every applicable standard, its group
 * and whether its data is current. Null when the school is not in the user's scope (it then looks missing).
 */
export async function getSchoolDashboard(
  user: SessionUser,
  schoolId: number,
  asOf: Date = businessDay(new Date()),
): Promise<SchoolDashboard | null> {
  const client = db();
  // Security: getSchoolWithPlace applies the user's scope; a school elsewhere is null like a missing one.
  const school = await getSchoolWithPlace(user, schoolId);
  if (!school) return null;
  const [settings, thresholds, memberships] = await Promise.all([
    unsafeLoadCitySettings(client, school.city.id),
    unsafeLoadThresholdsInForce(client, school.city.id, asOf),
    client.educationGroupMember.findMany({
      where: { schoolId: school.id, leftOn: null },
      select: {
        joinedOn: true,
        group: {
          select: {
            name: true,
            kind: true,
            isUrbanRural: true,
            coreSchool: { select: { id: true, name: true } },
          },
        },
      },
    }),
  ]);
  const [profile] = await unsafeLoadSchoolProfiles(client, {
    countyIds: [school.county.id],
    schoolIds: [school.id],
    asOf,
    principalTermYears: settings.principal_term_years,
  });
  if (!profile) return null;
  const standards = toEffectiveStandards(thresholds);
  const schoolYear = schoolYearOf(asOf);
  return {
    school,
    profile,
    standards,
    usesSampleStandards: usesSampleStandards(thresholds),
    compliance: schoolCompliance(profile, standards),
    schoolYear,
    isFacilityDataOutdated: profile.facilitySchoolYear === null || profile.facilitySchoolYear < schoolYear,
    groups: memberships.map(({ joinedOn, group }) => ({
      name: group.name,
      kind: group.kind,
      isUrbanRural: group.isUrbanRural,
      coreSchoolName: group.coreSchool.name,
      joinedOn,
      isCore: group.coreSchool.id === school.id,
    })),
  };
}
