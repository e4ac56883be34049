import "server-only";
import { assertCan } from "@/lib/auth/permissions";
import { inScope, schoolScopeWhere, scopeOf } from "@/lib/auth/scope";
import type { SessionUser } from "@/lib/data/auth/session-user";
import { getIndicatorOverview } from "@/lib/data/indicators/get-indicator-overview";
import { db } from "@/lib/db";
import type { LocationClass, SchoolLevel } from "@/lib/generated/prisma/enums";
import {
  CLASS_TWO_KEYS,
  type ClassTwoKey,
  type FacilityCheck,
} from "@/lib/indicators/formulas/facility-checks";
import {
  type ExclusionReason,
  RESOURCE_INDICATOR_KEYS,
  type ResourceIndicatorKey,
} from "@/lib/indicators/formulas/quality-balanced";
import type { Verdict } from "@/lib/indicators/judgement";
import { schoolCompliance } from "@/lib/indicators/school-compliance";
import type { NotComputableReason } from "@/lib/indicators/result";

/** One item of a standard for one school: met, not met, or null when its threshold is not configured. */
export interface ComplianceItem<Key extends string> {
  key: Key;
  met: boolean | null;
  /** What the school must add to meet it (in the item's unit), 0 when met, null when not configured */
  shortfall: number | null;
}

export type ClassTwoCompliance =
  | { applies: false }
  | { applies: true; computable: false; reason: NotComputableReason }
  | { applies: true; computable: true; verdict: Verdict; items: ComplianceItem<ClassTwoKey>[] };

export type QualityBalancedCompliance =
  | { evaluated: false; reason: ExclusionReason }
  | { evaluated: true; verdict: Verdict; items: ComplianceItem<ResourceIndicatorKey>[] };

export interface SchoolComplianceRow {
  schoolId: number;
  code: string;
  name: string;
  townName: string;
  level: SchoolLevel;
  locationClass: LocationClass;
  isTownSeat: boolean;
  /** School year of the facility record judged; null when the school has none (then nothing is judged) */
  facilitySchoolYear: number | null;
  classTwo: ClassTwoCompliance | null;
  qualityBalanced: QualityBalancedCompliance | null;
  classesOverStandardSize: number | null;
}

export interface ComplianceItemDefinition {
  key: string;
  nameZh: string;
  nameEn: string;
  unit: string;
  unitEn: string;
}

export interface SchoolCompliance {
  county: { id: number; name: string; nameEn: string };
  asOf: Date;
  /** The Class Ⅱ items and the seven quality-balance items, in the order of the rows' items */
  classTwoItems: ComplianceItemDefinition[];
  qualityBalancedItems: ComplianceItemDefinition[];
  rows: SchoolComplianceRow[];
}

/**
 * Each active school of a county in the user's scope against the Class Ⅱ standard and the seven quality-balance
 * resource indicators, with its oversized classes, as of `asOf`. The same profiles and checks as the indicators,
 * so a school's marks add up to its county's figures. Null when the county is not in the user's scope.
 */
export async function listSchoolCompliance(
  user: SessionUser,
  countyId: number,
  asOf: Date,
): Promise<SchoolCompliance | null> {
  assertCan(user, "briefings:export");
  const scope = scopeOf(user);
  if (!scope || scope.level === "school") return null;
  // Security: the overview applies the user's scope; another scope's county id reads as a missing county. It also
  // holds the very profiles and standards the county's figures were computed from, so the marks add up to them.
  const [overview, schools] = await Promise.all([
    getIndicatorOverview(user, countyId, asOf),
    db().school.findMany({
      where: inScope({ countyId, isActive: true }, schoolScopeWhere(user)),
      select: { id: true, code: true, name: true, town: { select: { name: true } } },
    }),
  ]);
  if (!overview || overview.org.level !== "county") return null;
  const itemsOf = (keys: readonly string[]) =>
    keys.map((key) => {
      const definition = overview.definitions.find((candidate) => candidate.key === key);
      return {
        key,
        nameZh: definition?.nameZh ?? key,
        nameEn: definition?.nameEn ?? key,
        unit: definition?.unit ?? "",
        unitEn: definition?.unitEn ?? "",
      };
    });
  const names = new Map(schools.map((school) => [school.id, school]));
  const rows = overview.schools.map((profile): SchoolComplianceRow => {
    const school = names.get(profile.schoolId)!;
    const base = {
      schoolId: profile.schoolId,
      code: school.code,
      name: school.name,
      townName: school.town.name,
      level: profile.level,
      locationClass: profile.locationClass,
      isTownSeat: profile.isTownSeat,
      facilitySchoolYear: profile.facilitySchoolYear,
    };
    // Without a facility record nothing is judged (schoolCompliance gives no check) rather than everything failed.
    const { facility, classesOverStandardSize } = schoolCompliance(profile, overview.standards);
    if (facility === null)
      return { ...base, classTwo: null, qualityBalanced: null, classesOverStandardSize: null };
    return {
      ...base,
      classTwo: classTwoCompliance(facility.classTwo),
      qualityBalanced: qualityBalancedCompliance(facility.qualityBalanced),
      classesOverStandardSize,
    };
  });
  return {
    county: { id: overview.org.id, name: overview.org.name, nameEn: overview.org.nameEn },
    asOf,
    classTwoItems: itemsOf(CLASS_TWO_KEYS),
    qualityBalancedItems: itemsOf(RESOURCE_INDICATOR_KEYS),
    rows,
  };
}

function classTwoCompliance(check: FacilityCheck["classTwo"]): ClassTwoCompliance {
  if (!check.applies) return { applies: false };
  if (!check.computable) return { applies: true, computable: false, reason: check.reason };
  return {
    applies: true,
    computable: true,
    verdict: check.verdict,
    items: check.items.map(({ key, met, shortfall }) => ({ key, met, shortfall })),
  };
}

/** Per item over the school's stages: met only when met in every stage; the shortfalls add up. */
function qualityBalancedCompliance(check: FacilityCheck["qualityBalanced"]): QualityBalancedCompliance {
  if (!check.evaluated) return { evaluated: false, reason: check.reason };
  const items = RESOURCE_INDICATOR_KEYS.map((key): ComplianceItem<ResourceIndicatorKey> => {
    const stageItems = check.stages.flatMap((stage) => stage.items.filter((item) => item.key === key));
    if (stageItems.some((item) => item.met === null)) return { key, met: null, shortfall: null };
    return {
      key,
      met: stageItems.every((item) => item.met === true),
      shortfall: stageItems.reduce((total, item) => total + (item.shortfall ?? 0), 0),
    };
  });
  return { evaluated: true, verdict: check.verdict, items };
}
