import "server-only";
import { ownCityId } from "@/lib/auth/scope";
import { assertCan } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/data/audit/record-audit";
import type { SessionUser } from "@/lib/data/auth/session-user";
import { db } from "@/lib/db";
import { planTownMove } from "@/lib/divisions/town-move";
import { AppError, notFoundError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { MoveTownsInput } from "@/lib/schemas/divisions";
import { businessDay, isoDay } from "@/lib/utils/periods";
import { lockCity } from "./lock-city";

export interface TownMove {
  countyId: number;
  townIds: readonly number[];
  effectiveOn: Date;
}

export interface TownMoveResult {
  county: string;
  towns: number;
  schools: number;
  membershipsEnded: number;
}

/**
 * Moves towns of the actor's city to another of its counties with their schools from `effectiveOn` (decision 0026),
 * inside the caller's transaction (which has locked the city). Each school keeps its state until that day with the
 * old county as a past state, so the quarters before still count it there (schoolsAsOf). Its principals' county
 * binding, projects and problems follow the school; its current memberships of groups of another county end on the
 * day (a group is its county's), and a school at the core of another county's open group is refused: the county
 * must first name another core school. Towns of another city, or a county of another city, look missing. One audit
 * record (move_towns, on the county they go to).
 */
export async function unsafeMoveTownsInTransaction(
  tx: Prisma.TransactionClient,
  actor: SessionUser,
  move: TownMove,
  today: Date,
): Promise<TownMoveResult> {
  const county = await tx.county.findFirst({
    where: { id: move.countyId, cityId: ownCityId(actor) },
    select: { id: true, name: true },
  });
  const townIds = [...new Set(move.townIds)];
  // FOR UPDATE: a school import of these towns (which locks them FOR SHARE) waits, and so does a second move.
  const towns = await tx.$queryRaw<{ id: number; code: string | null; name: string; countyId: number }[]>`
    SELECT t.id, t.code, t.name, t.county_id AS "countyId"
    FROM towns t JOIN counties c ON c.id = t.county_id
    WHERE t.id = ANY(${townIds}::int[]) AND c.city_id = ${ownCityId(actor)}
    ORDER BY t.id
    FOR UPDATE OF t`;
  if (!county || towns.length !== townIds.length) throw notFoundError();
  const moving = towns.filter((town) => town.countyId !== county.id);
  if (moving.length === 0)
    throw new AppError("VALIDATION", {
      messageKey: "divisions.alreadyInCounty",
      details: { fieldErrors: { townIds: [{ key: "alreadyInCounty" }] } },
    });
  const movingIds = moving.map((town) => town.id);

  const schools = await tx.$queryRaw<{ id: number; name: string; lastChangeOn: Date | null }[]>`
    SELECT s.id, s.name,
           (SELECT max(ps.valid_until) FROM school_past_states ps WHERE ps.school_id = s.id) AS "lastChangeOn"
    FROM schools s
    WHERE s.town_id = ANY(${movingIds}::int[])
    ORDER BY s.id
    FOR UPDATE OF s`;
  const plan = planTownMove(schools, move.effectiveOn, today);
  if (!plan.ok)
    throw new AppError("VALIDATION", {
      messageKey: `divisions.${plan.refusal}`,
      params: { school: schools.find((school) => school.id === plan.schoolId)?.name ?? "" },
      details: { fieldErrors: { effectiveOn: [{ key: plan.refusal }] } },
    });
  const schoolIds = schools.map((school) => school.id);

  const core = await tx.educationGroup.findFirst({
    where: { coreSchoolId: { in: schoolIds }, dissolvedOn: null, countyId: { not: county.id } },
    select: { name: true, coreSchool: { select: { name: true } } },
  });
  if (core)
    throw new AppError("INVALID_STATE", {
      messageKey: "divisions.coreOfGroup",
      params: { school: core.coreSchool.name, group: core.name },
    });
  const memberships = await tx.educationGroupMember.findMany({
    where: { schoolId: { in: schoolIds }, leftOn: null, group: { countyId: { not: county.id } } },
    select: { id: true, joinedOn: true, school: { select: { name: true } } },
  });
  const joinedLater = memberships.find((member) => member.joinedOn > move.effectiveOn);
  if (joinedLater)
    throw new AppError("VALIDATION", {
      messageKey: "divisions.joinedAfterMove",
      params: { school: joinedLater.school.name },
      details: { fieldErrors: { effectiveOn: [{ key: "joinedAfterMove" }] } },
    });

  const day = isoDay(move.effectiveOn);
  if (plan.pastStateSchoolIds.length > 0)
    await tx.$executeRaw`
      INSERT INTO school_past_states (school_id, valid_until, urban_rural_code, location_class, is_town_seat, county_id)
      SELECT s.id, ${day}::date, s.urban_rural_code, s.location_class, s.is_town_seat, s.county_id
      FROM schools s WHERE s.id = ANY(${plan.pastStateSchoolIds}::int[])`;
  await tx.educationGroupMember.updateMany({
    where: { id: { in: memberships.map((member) => member.id) } },
    data: { leftOn: move.effectiveOn },
  });
  // The schools follow through their (town_id, county_id) key, ON UPDATE CASCADE (decision 0004).
  await tx.town.updateMany({ where: { id: { in: movingIds } }, data: { countyId: county.id } });
  await tx.user.updateMany({ where: { schoolId: { in: schoolIds } }, data: { countyId: county.id } });
  await tx.project.updateMany({ where: { schoolId: { in: schoolIds } }, data: { countyId: county.id } });
  await tx.problem.updateMany({ where: { schoolId: { in: schoolIds } }, data: { countyId: county.id } });

  const result = {
    county: county.name,
    towns: moving.length,
    schools: schoolIds.length,
    membershipsEnded: memberships.length,
  };
  await recordAudit(tx, actor, {
    action: "move_towns",
    entity: "county",
    entityId: county.id,
    after: {
      effectiveOn: day,
      towns: moving.map(({ id, code, name, countyId }) => ({ id, code, name, fromCountyId: countyId })),
      schools: result.schools,
      membershipsEnded: result.membershipsEnded,
    },
  });
  return result;
}

/** moveTowns as a form submits it: one county, the towns it takes over, the day (default today). */
export async function moveTowns(actor: SessionUser, input: MoveTownsInput, now: Date = new Date()) {
  assertCan(actor, "divisions:manage");
  const today = businessDay(now);
  return db().$transaction(async (tx) => {
    await lockCity(tx, ownCityId(actor));
    return unsafeMoveTownsInTransaction(
      tx,
      actor,
      { countyId: input.countyId, townIds: input.townIds, effectiveOn: input.effectiveOn ?? today },
      today,
    );
  });
}
