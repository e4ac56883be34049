import "server-only";
import { ownCityId } from "@/lib/auth/scope";
import { assertCan } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/data/audit/record-audit";
import type { SessionUser } from "@/lib/data/auth/session-user";
import { db } from "@/lib/db";
import { AppError, notFoundError } from "@/lib/errors";
import type { RenameCountyInput, RenameTownInput } from "@/lib/schemas/divisions";
import { lockCity } from "./lock-city";

const nameTaken = () =>
  new AppError("CONFLICT", {
    messageKey: "divisions.nameTaken",
    details: { fieldErrors: { name: [{ key: "nameTaken" }] } },
  });

/**
 * Renames a county of the actor's city (a county that became a district, a zone's official name). Its code and kind
 * stay; a county of another city looks missing. Two counties of a city never share a name.
 */
export async function renameCounty(actor: SessionUser, { id, name, nameEn }: RenameCountyInput) {
  assertCan(actor, "divisions:manage");
  return db().$transaction(async (tx) => {
    await lockCity(tx, ownCityId(actor));
    const before = await tx.county.findFirst({
      where: { id, cityId: ownCityId(actor) },
      select: { id: true, name: true, nameEn: true },
    });
    if (!before) throw notFoundError();
    const taken = await tx.county.findFirst({
      where: { cityId: ownCityId(actor), name, id: { not: id } },
      select: { id: true },
    });
    if (taken) throw nameTaken();
    const after = await tx.county.update({
      where: { id },
      data: { name, nameEn: nameEn || name },
      select: { id: true, name: true, nameEn: true },
    });
    await recordAudit(tx, actor, { action: "update", entity: "county", entityId: id, before, after });
    return after;
  });
}

/** Renames a town of the actor's city; its code and county stay. A town of another city looks missing. */
export async function renameTown(actor: SessionUser, { id, name }: RenameTownInput) {
  assertCan(actor, "divisions:manage");
  return db().$transaction(async (tx) => {
    await lockCity(tx, ownCityId(actor));
    const before = await tx.town.findFirst({
      where: { id, county: { cityId: ownCityId(actor) } },
      select: { id: true, name: true, countyId: true },
    });
    if (!before) throw notFoundError();
    const taken = await tx.town.findFirst({
      where: { countyId: before.countyId, name, id: { not: id } },
      select: { id: true },
    });
    if (taken) throw nameTaken();
    const after = await tx.town.update({ where: { id }, data: { name }, select: { id: true, name: true } });
    await recordAudit(tx, actor, {
      action: "update",
      entity: "town",
      entityId: id,
      before: { id, name: before.name },
      after,
    });
    return after;
  });
}
