import "server-only";
import { ownCityId } from "@/lib/auth/scope";
import { assertCan } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/data/audit/record-audit";
import type { SessionUser } from "@/lib/data/auth/session-user";
import { db } from "@/lib/db";
import { AppError, notFoundError } from "@/lib/errors";
import type { CreateFunctionalZoneInput } from "@/lib/schemas/divisions";
import { lockCity } from "./lock-city";

/**
 * Adds a functional zone (开发区/高新区) that the division list does not carry as a county-level row of the admin's
 * city, and moves the towns it manages to it (decision 0018). Towns of another city look missing. A town that
 * already has schools is refused: its schools' principals, groups and projects would have to move with it.
 */
export async function createFunctionalZone(actor: SessionUser, input: CreateFunctionalZoneInput) {
  assertCan(actor, "divisions:manage");
  return db().$transaction(async (tx) => {
    await lockCity(tx, ownCityId(actor));
    const townIds = [...new Set(input.townIds)];
    const towns = await tx.town.findMany({
      where: { id: { in: townIds }, county: { cityId: ownCityId(actor) } },
      orderBy: { code: "asc" },
      select: { id: true, code: true, name: true, countyId: true, _count: { select: { schools: true } } },
    });
    if (towns.length !== townIds.length) throw notFoundError();
    const withSchools = towns.find((town) => town._count.schools > 0);
    if (withSchools)
      throw new AppError("INVALID_STATE", {
        messageKey: "divisions.townHasSchools",
        params: { town: withSchools.name },
      });
    const taken = await tx.county.findFirst({
      where: {
        OR: [{ cityId: ownCityId(actor), name: input.name }, ...(input.code ? [{ code: input.code }] : [])],
      },
      select: { id: true },
    });
    if (taken) throw new AppError("CONFLICT", { messageKey: "divisions.zoneTaken" });

    const last = await tx.county.aggregate({
      where: { cityId: ownCityId(actor) },
      _max: { sortOrder: true },
    });
    const zone = await tx.county.create({
      data: {
        cityId: ownCityId(actor),
        code: input.code ?? null,
        name: input.name,
        nameEn: input.nameEn || input.name,
        kind: "FUNCTIONAL_ZONE",
        sortOrder: (last._max.sortOrder ?? -1) + 1,
      },
      select: { id: true, code: true, name: true, nameEn: true },
    });
    await tx.town.updateMany({ where: { id: { in: townIds } }, data: { countyId: zone.id } });
    await recordAudit(tx, actor, {
      action: "create",
      entity: "county",
      entityId: zone.id,
      after: {
        ...zone,
        kind: "FUNCTIONAL_ZONE",
        towns: towns.map(({ id, code, countyId }) => ({ id, code, fromCountyId: countyId })),
      },
    });
    return zone;
  });
}
