import "server-only";
import { usesSampleStandards } from "@/lib/indicators/effective-standards";
import { assertCan, can } from "@/lib/auth/permissions";
import { inScope, schoolScopeWhere } from "@/lib/auth/scope";
import type { SessionUser } from "@/lib/data/auth/session-user";
import { unsafeLoadSchoolProfiles } from "@/lib/data/indicators/load-school-profiles";
import { unsafeLoadCitySettings } from "@/lib/data/settings/load-city-settings";
import { unsafeLoadThresholdsInForce } from "@/lib/data/standards/load-thresholds";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { toEffectiveStandards } from "@/lib/indicators/effective-standards";
import { FACILITY_FIELD_NAMES, type FacilityField } from "@/lib/schemas/facilities";
import { businessDay, schoolYearOf } from "@/lib/utils/periods";

const FACILITY_SELECT = Object.fromEntries(FACILITY_FIELD_NAMES.map((field) => [field, true])) as Record<
  FacilityField,
  true
>;

export type FacilityRecordValues = Record<FacilityField, number | boolean>;

/** Decimal columns as numbers: the form and the checks work in plain numbers. */
function plainValues(record: Record<FacilityField, Prisma.Decimal | number | boolean>): FacilityRecordValues {
  return Object.fromEntries(
    Object.entries(record).map(([field, value]) => [
      field,
      typeof value === "object" ? value.toNumber() : value,
    ]),
  ) as FacilityRecordValues;
}

/**
 * Everything the facility page of one school needs for one school year: the school, the year's record or, when there
 * is none yet, last year's values to start from; the teacher counts and thresholds the live check uses; and every
 * year's record for the history. Null when the school is outside the user's scope.
 */
export async function getFacilityWorkspace(user: SessionUser, schoolId: number, schoolYear: number) {
  assertCan(user, "schools:view");
  const school = await db().school.findFirst({
    where: inScope({ id: schoolId, isActive: true }, schoolScopeWhere(user)),
    select: {
      id: true,
      code: true,
      name: true,
      level: true,
      isTownSeat: true,
      countyId: true,
      cityId: true,
      county: { select: { id: true, name: true, nameEn: true } },
    },
  });
  if (!school) return null;
  const asOf = businessDay(new Date());
  const [records, settings, thresholdRows] = await Promise.all([
    db().facilityRecord.findMany({
      where: { schoolId },
      orderBy: { schoolYear: "asc" },
      select: { schoolYear: true, updatedAt: true, version: true, ...FACILITY_SELECT },
    }),
    unsafeLoadCitySettings(db(), school.cityId),
    unsafeLoadThresholdsInForce(db(), school.cityId, asOf),
  ]);
  const [profile] = await unsafeLoadSchoolProfiles(db(), {
    countyIds: [school.countyId],
    schoolIds: [schoolId],
    asOf,
    principalTermYears: settings.principal_term_years,
  });
  const standards = toEffectiveStandards(thresholdRows);
  const history = records.map(({ schoolYear: year, updatedAt, version, ...values }) => ({
    schoolYear: year,
    updatedAt,
    version,
    values: plainValues(values),
  }));
  const current = history.find((entry) => entry.schoolYear === schoolYear) ?? null;
  const previous = history.filter((entry) => entry.schoolYear < schoolYear).at(-1) ?? null;
  return {
    school,
    schoolYear,
    usesSampleStandards: usesSampleStandards(thresholdRows),
    currentSchoolYear: schoolYearOf(asOf),
    record: current,
    /** Where the form starts: this year's record, else the latest earlier one (to be confirmed), else empty */
    prefill: current ?? previous,
    /** The latest earlier record, which a value far from asks for confirmation (largeFacilityChanges) */
    previous,
    staff: {
      teachersAssociateOrAbove: profile?.teachersAssociateOrAbove ?? 0,
      teachersBachelorOrAbove: profile?.teachersBachelorOrAbove ?? 0,
      backboneTeachers: profile?.backboneTeachers ?? 0,
      peArtTeachers: profile?.peArtTeachers ?? 0,
    },
    thresholds: {
      qualityBalanced: standards.resourceThresholds,
      classTwo: standards.classTwo[school.level] ?? [],
    },
    history,
    canEdit: can(user.role, "facilities:edit"),
  };
}
