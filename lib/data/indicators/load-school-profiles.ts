import "server-only";
import type { DbClient } from "@/lib/db";
import type { SchoolProfile, TownRef } from "@/lib/indicators/computed-indicators";
import { rotationDueSince, youngPrincipalBornAfter } from "@/lib/indicators/formulas/principals";
import {
  COUNTED_TEACHER_STATUSES,
  COUNTY_OR_ABOVE_BACKBONE_LEVELS,
  PE_ART_SUBJECTS,
  REQUIRED_TRAINING_HOURS,
  rotationWindowStart,
} from "@/lib/indicators/formulas/teachers";
import { sportsAreaOf } from "@/lib/indicators/formulas/quality-balanced";
import { ASSOCIATE_OR_ABOVE_DEGREES, BACHELOR_OR_ABOVE_DEGREES } from "@/lib/indicators/urban-rural";
import { businessDay, isoDay, schoolYearOf } from "@/lib/utils/periods";
import { schoolsAsOf } from "@/lib/data/schools/schools-as-of";

// The areas and the equipment value are numeric columns. They are read as float8 (PostgreSQL rounds a numeric to the
// nearest double, as Decimal.toNumber() did), because a Prisma Decimal per cell was a measurable share of computing
// a city's figures (docs/decisions/0045). A school without a facility record counts 0, as before.
interface ProfileRow extends Omit<SchoolProfile, "sportsArea"> {
  sportsAreaIndoor: number;
  sportsAreaOutdoor: number;
}

/**
 * One row per school of the counties open on `asOf`, as it stood that day (schoolsAsOf): its latest facility record up to the school year of `asOf`, and its
 * staff, principals, rotations and group membership on that day counted in SQL (one statement; teacher rows never leave the
 * database). Every rule's constant comes from lib/indicators as a parameter (the day a principal stops counting as
 * 45 or under, the day two terms end, the rotation window, the counted statuses and degrees); no rule is written
 * here (tests/unit/rule-constants-guard.test.ts). Unscoped: callers pass county ids they have already checked.
 */
export async function unsafeLoadSchoolProfiles(
  client: DbClient,
  options: { countyIds: number[]; asOf: Date; principalTermYears: number; schoolIds?: number[] },
): Promise<SchoolProfile[]> {
  if (options.countyIds.length === 0) return [];
  // Memberships, posts and closings are kept by Beijing's calendar day, so "as of" an instant is that instant's day
  // there, not its UTC day (they differ from 16:00 UTC on). A day value passes through unchanged.
  const day = businessDay(options.asOf);
  const asOf = isoDay(day);
  const bornAfter = isoDay(youngPrincipalBornAfter(day));
  const dueSince = isoDay(rotationDueSince(day, options.principalTermYears));
  const rotatedAfter = isoDay(rotationWindowStart(day));
  const counted = COUNTED_TEACHER_STATUSES;
  const rows = await client.$queryRaw<ProfileRow[]>`
    WITH scoped AS (
      SELECT s.id, s.county_id, s.town_id, t.kind AS town_kind, s.level, s.location_class, s.ownership, s.is_town_seat,
             s.is_town_central_kindergarten, s.kindergarten_grade
      FROM ${schoolsAsOf(asOf, options.countyIds)} s JOIN towns t ON t.id = s.town_id
      WHERE s.county_id = ANY(${options.countyIds}::int[])
        AND (${options.schoolIds ?? null}::int[] IS NULL OR s.id = ANY(${options.schoolIds ?? null}::int[]))
    )
    -- Each part is an aggregate per school of the scope, a LATERAL of the outer query, looked up through that school's
    -- index entries: as joins, the planner hashed every teacher, rotation and post of the province, so a city's cost
    -- grew with the number of cities in the database although its own rows did not. And not as CTEs joined back by
    -- school id: the scope's row count is underestimated (its county comes from a CASE), so the planner joined them
    -- back by nested loops, n² lookups or comparisons (a county of 110 schools read 315,000 buffers; decision 0053).
    SELECT s.id AS "schoolId", s.county_id AS "countyId", s.town_id AS "townId", s.town_kind AS "townKind",
           s.level, s.location_class AS "locationClass", s.ownership, s.is_town_seat AS "isTownSeat",
           s.is_town_central_kindergarten AS "isTownCentralKindergarten", s.kindergarten_grade AS "kindergartenGrade",
           f.school_year AS "facilitySchoolYear",
           COALESCE(f.enrolment_preschool, 0) AS "enrolmentPreschool", COALESCE(f.enrolment_primary, 0) AS "enrolmentPrimary",
           COALESCE(f.enrolment_junior, 0) AS "enrolmentJunior", COALESCE(f.enrolment_senior, 0) AS "enrolmentSenior",
           COALESCE(f.classes, 0) AS classes, COALESCE(f.classes_over_standard_size, 0) AS "classesOverStandardSize",
           COALESCE(f.building_area, 0)::float8 AS "buildingArea",
           COALESCE(f.teaching_aux_area, 0)::float8 AS "teachingAuxArea", COALESCE(f.site_area, 0)::float8 AS "siteArea",
           COALESCE(f.sports_area_indoor, 0)::float8 AS "sportsAreaIndoor",
           COALESCE(f.sports_area_outdoor, 0)::float8 AS "sportsAreaOutdoor",
           COALESCE(f.equipment_value, 0)::float8 AS "equipmentValue",
           COALESCE(f.books, 0) AS books, COALESCE(f.multimedia_classrooms, 0) AS "multimediaClassrooms",
           COALESCE(f.music_rooms, 0) AS "musicRooms", COALESCE(f.art_rooms, 0) AS "artRooms",
           COALESCE(f.bandwidth_mbps, 0) AS "bandwidthMbps", COALESCE(f.min_classroom_bandwidth_mbps, 0) AS "minClassroomBandwidthMbps",
           COALESCE(f.has_studio, false) AS "hasStudio", COALESCE(f.has_labor_site, false) AS "hasLaborSite",
           COALESCE(f.has_special_ed_resource_room, false) AS "hasSpecialEdResourceRoom",
           st.full_time::int AS "fullTimeTeachers", st.bachelor::int AS "teachersBachelorOrAbove",
           st.associate::int AS "teachersAssociateOrAbove", st.certified::int AS "teachersCertified",
           st.trained::int AS "teachersTrained360", st.backbone::int AS "backboneTeachers",
           st.pe_art::int AS "peArtTeachers", st.staff::int AS staff,
           p.posts::int AS posts, p.young::int AS "postsAgedAtMost45", p.due::int AS "postsDueRotation",
           r.rotated::int AS "rotatedLast12Months", r.rotated_backbone::int AS "rotatedBackbone",
           EXISTS (
             SELECT 1 FROM education_group_members m JOIN education_groups g ON g.id = m.group_id
             WHERE m.school_id = s.id AND g.is_urban_rural AND m.joined_on <= ${asOf}::date
               AND (m.left_on IS NULL OR m.left_on > ${asOf}::date)
           ) AS "inUrbanRuralGroup"
    FROM scoped s
    LEFT JOIN LATERAL (
      SELECT * FROM facility_records f
      WHERE f.school_id = s.id AND f.school_year <= ${schoolYearOf(day)}
      ORDER BY f.school_year DESC LIMIT 1
    ) f ON true
    CROSS JOIN LATERAL (
      SELECT count(*) AS staff,
             count(*) FILTER (WHERE t.is_full_time) AS full_time,
             count(*) FILTER (WHERE t.is_full_time AND t.highest_degree = ANY(${BACHELOR_OR_ABOVE_DEGREES}::degree[])) AS bachelor,
             count(*) FILTER (WHERE t.is_full_time AND t.highest_degree = ANY(${ASSOCIATE_OR_ABOVE_DEGREES}::degree[])) AS associate,
             count(*) FILTER (WHERE t.is_full_time AND t.has_teaching_certificate) AS certified,
             count(*) FILTER (WHERE t.is_full_time AND t.training_hours_5y >= ${REQUIRED_TRAINING_HOURS}) AS trained,
             count(*) FILTER (WHERE t.is_full_time AND t.backbone_level = ANY(${COUNTY_OR_ABOVE_BACKBONE_LEVELS}::backbone_level[])) AS backbone,
             count(*) FILTER (WHERE t.is_full_time AND t.subject = ANY(${PE_ART_SUBJECTS}::subject[])) AS pe_art
      FROM teachers t WHERE t.school_id = s.id AND t.status = ANY(${counted}::teacher_status[])
    ) st
    CROSS JOIN LATERAL (
      SELECT count(*) AS posts,
             count(*) FILTER (WHERE t.birth_date > ${bornAfter}::date) AS young,
             count(*) FILTER (WHERE p.started_on <= ${dueSince}::date) AS due
      FROM school_posts p JOIN teachers t ON t.id = p.teacher_id
      WHERE p.school_id = s.id AND p.ended_on IS NULL AND p.started_on <= ${asOf}::date
    ) p
    CROSS JOIN LATERAL (
      SELECT count(*) AS rotated,
             count(*) FILTER (WHERE t.backbone_level = ANY(${COUNTY_OR_ABOVE_BACKBONE_LEVELS}::backbone_level[])) AS rotated_backbone
      FROM rotations r JOIN teachers t ON t.id = r.teacher_id
      WHERE r.to_school_id = s.id AND r.started_on > ${rotatedAfter}::date AND r.started_on <= ${asOf}::date
        AND t.status = ANY(${counted}::teacher_status[]) AND t.is_full_time
    ) r
    ORDER BY s.id`;
  return rows.map(({ sportsAreaIndoor, sportsAreaOutdoor, ...row }) => ({
    ...row,
    sportsArea: sportsAreaOf({ sportsAreaIndoor, sportsAreaOutdoor }),
  }));
}

/** Every town of the counties (a town without schools still counts for the special-education centre coverage). */
export async function unsafeLoadTowns(
  client: DbClient,
  countyIds: number[],
): Promise<(TownRef & { countyId: number })[]> {
  const towns = await client.town.findMany({
    where: { countyId: { in: countyIds } },
    select: { id: true, kind: true, countyId: true },
  });
  return towns.map((town) => ({ townId: town.id, kind: town.kind, countyId: town.countyId }));
}
