import "server-only";
import { usesSampleStandards } from "@/lib/indicators/effective-standards";
import { assertCan } from "@/lib/auth/permissions";
import { inScope, schoolScopeWhere, scopeOf, type Viewer } from "@/lib/auth/scope";
import { getIndicatorOverview } from "@/lib/data/indicators/get-indicator-overview";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
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
import type { EffectiveStandards, SchoolProfile } from "@/lib/indicators/computed-indicators";
import type { Verdict } from "@/lib/indicators/judgement";
import { schoolCompliance } from "@/lib/indicators/school-compliance";
import type { NotComputableReason } from "@/lib/indicators/result";
import type { CompulsoryStage } from "@/lib/indicators/urban-rural";
import type { SchoolTableQuery } from "@/lib/schemas/dashboard";
import { openOn } from "@/lib/data/schools/schools-as-of";

/**
 * Schools per page of the county dashboard's table (a county at the benchmark scale has well over a hundred). Its
 * rows were half of the page's first screen to send and to hydrate on a phone: the rest is a page, a filter or the
 * Excel export away (decision 0052).
 */
export const SCHOOLS_PAGE_SIZE = 15;

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

/** A quality-balance item with the school's value in each of its evaluated stages (a nine-year school has two). */
export interface ResourceComplianceItem extends ComplianceItem<ResourceIndicatorKey> {
  values: { stage: CompulsoryStage; value: number }[];
}

export type QualityBalancedCompliance =
  | { evaluated: false; reason: ExclusionReason }
  | {
      evaluated: true;
      verdict: Verdict;
      items: ResourceComplianceItem[];
      /** Each compulsory stage's own verdict and count of items met */
      stages: { stage: CompulsoryStage; verdict: Verdict; metCount: number; itemCount: number }[];
    };

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
  isAboveSizeLimit: boolean | null;
  isShortOfMusicArtRooms: boolean | null;
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
  /** Schools that match the table's filters, over all pages */
  total: number;
  /** The Class Ⅱ values judged against are a demo sample (示例（非官方）) */
  usesSampleStandards: boolean;
}

/**
 * Each school of a county in the user's scope open on `asOf`, against the Class Ⅱ standard and the seven quality-balance
 * resource indicators, with its size and room checks, as of `asOf`. The same profiles and checks as the indicators,
 * so a school's marks add up to its county's figures. With a table query, the database filters, orders and pages
 * the schools (only the page's are judged); without one, every school in id order (the exports and the briefing).
 * Null when the county is not in the user's scope.
 */
export async function listSchoolCompliance(
  user: Viewer,
  countyId: number,
  asOf: Date,
  table?: SchoolTableQuery,
): Promise<SchoolCompliance | null> {
  assertCan(user, "dashboard:view");
  const scope = scopeOf(user);
  if (!scope || scope.level === "school") return null;
  const where = inScope(
    { countyId, AND: [openOn(asOf), table ? tableFilterWhere(table) : {}] },
    schoolScopeWhere(user),
  );
  // Security: the overview applies the user's scope; another scope's county id reads as a missing county. It also
  // holds the very profiles and standards the county's figures were computed from, so the marks add up to them.
  const [overview, schools, total] = await Promise.all([
    getIndicatorOverview(user, countyId, asOf),
    db().school.findMany({
      where,
      orderBy: table ? TABLE_ORDER[table.sort] : { id: "asc" },
      ...(table && { skip: (table.page - 1) * SCHOOLS_PAGE_SIZE, take: SCHOOLS_PAGE_SIZE }),
      select: { id: true, code: true, name: true, town: { select: { name: true } } },
    }),
    table ? db().school.count({ where }) : null,
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
  const profiles = new Map(overview.schools.map((profile) => [profile.schoolId, profile]));
  const rows = schools.flatMap((school): SchoolComplianceRow[] => {
    const profile = profiles.get(school.id);
    return profile ? [complianceRow(school, profile, overview.standards)] : [];
  });
  return {
    county: { id: overview.org.id, name: overview.org.name, nameEn: overview.org.nameEn },
    asOf,
    classTwoItems: itemsOf(CLASS_TWO_KEYS),
    qualityBalancedItems: itemsOf(RESOURCE_INDICATOR_KEYS),
    rows,
    total: total ?? rows.length,
    usesSampleStandards: usesSampleStandards(overview.thresholds),
  };
}

// The schools index on (county_id, level, location_class) serves these filters; a county has a few hundred schools
// at most, so ordering them and counting the matches needs no index of its own.
function tableFilterWhere({ q, town, level, location }: SchoolTableQuery): Prisma.SchoolWhereInput {
  return {
    ...(q && { OR: [{ name: { contains: q, mode: "insensitive" } }, { code: { startsWith: q } }] }),
    ...(town && { townId: town }),
    ...(level && { level }),
    ...(location && { locationClass: location }),
  };
}

/** Every order ends on the id, so that pages neither repeat nor skip a school between two with the same key. */
const TABLE_ORDER = {
  town: [{ townId: "asc" }, { id: "asc" }],
  name: [{ name: "asc" }, { id: "asc" }],
  code: [{ code: "asc" }, { id: "asc" }],
} as const satisfies Record<SchoolTableQuery["sort"], Prisma.SchoolOrderByWithRelationInput[]>;

function complianceRow(
  school: { id: number; code: string; name: string; town: { name: string } },
  profile: SchoolProfile,
  standards: EffectiveStandards,
): SchoolComplianceRow {
  const base = {
    schoolId: school.id,
    code: school.code,
    name: school.name,
    townName: school.town.name,
    level: profile.level,
    locationClass: profile.locationClass,
    isTownSeat: profile.isTownSeat,
    facilitySchoolYear: profile.facilitySchoolYear,
  };
  // Without a facility record nothing is judged (schoolCompliance gives no check) rather than everything failed.
  const { facility, classesOverStandardSize, isAboveSizeLimit, isShortOfMusicArtRooms } = schoolCompliance(
    profile,
    standards,
  );
  return {
    ...base,
    classTwo: facility && classTwoCompliance(facility.classTwo),
    qualityBalanced: facility && qualityBalancedCompliance(facility.qualityBalanced),
    classesOverStandardSize,
    isAboveSizeLimit,
    isShortOfMusicArtRooms,
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
  const items = RESOURCE_INDICATOR_KEYS.map((key): ResourceComplianceItem => {
    const stageItems = check.stages.flatMap((stage) =>
      stage.items.filter((item) => item.key === key).map((item) => ({ ...item, stage: stage.stage })),
    );
    const values = stageItems.map(({ stage, value }) => ({ stage, value }));
    if (stageItems.some((item) => item.met === null)) return { key, met: null, shortfall: null, values };
    return {
      key,
      met: stageItems.every((item) => item.met === true),
      shortfall: stageItems.reduce((total, item) => total + (item.shortfall ?? 0), 0),
      values,
    };
  });
  const stages = check.stages.map(({ stage, verdict, metCount, items }) => ({
    stage,
    verdict,
    metCount,
    itemCount: items.length,
  }));
  return { evaluated: true, verdict: check.verdict, items, stages };
}
