import "server-only";
import { ownCityId } from "@/lib/auth/scope";
import { assertCan } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/data/audit/record-audit";
import type { SessionUser } from "@/lib/data/auth/session-user";
import { db } from "@/lib/db";
import { DIVISIONS_SOURCE, officialCity } from "@/lib/divisions/shandong";
import { AppError } from "@/lib/errors";
import type { SetUpCityDivisionsInput } from "@/lib/schemas/divisions";
import { lockCity } from "./lock-city";

/**
 * Creates the chosen official counties of the admin's city, with all their towns, under their official names and
 * codes (decision 0018). Idempotent: counties and towns are matched by code, and what exists is left as it is (a
 * town an admin moved to a functional zone stays there). One transaction, one audit record when anything was added.
 */
export async function setUpCityDivisions(actor: SessionUser, { countyCodes }: SetUpCityDivisionsInput) {
  assertCan(actor, "divisions:manage");
  return db().$transaction(async (tx) => {
    const official = officialCity(await lockCity(tx, ownCityId(actor)));
    if (!official) throw new AppError("INVALID_STATE", { messageKey: "divisions.cityNotListed" });
    const chosen = official.counties.filter((county) => countyCodes.includes(county.code));
    if (chosen.length !== new Set(countyCodes).size)
      throw new AppError("VALIDATION", { messageKey: "divisions.notInCity" });

    const existingCounties = await tx.county.findMany({
      where: { code: { in: chosen.map((county) => county.code) } },
      select: { id: true, code: true, cityId: true },
    });
    const townCodes = chosen.flatMap((county) => county.towns.map((town) => town.code));
    const existingTowns = await tx.town.findMany({
      where: { code: { in: townCodes } },
      select: { code: true, county: { select: { cityId: true } } },
    });
    // Codes are unique across cities: one held by another city means that city was set up with this one's code.
    if (
      [...existingCounties, ...existingTowns.map((town) => town.county)].some(
        (row) => row.cityId !== ownCityId(actor),
      )
    )
      throw new AppError("CONFLICT", { messageKey: "divisions.codeInOtherCity" });

    const countyIdByCode = new Map(existingCounties.map((county) => [county.code, county.id]));
    const newCounties = chosen.filter((county) => !countyIdByCode.has(county.code));
    const created = await tx.county.createManyAndReturn({
      data: newCounties.map((county) => ({
        cityId: ownCityId(actor),
        code: county.code,
        name: county.name,
        nameEn: county.nameEn,
        kind: county.kind,
        sortOrder: official.counties.indexOf(county),
      })),
      select: { id: true, code: true },
    });
    for (const county of created) countyIdByCode.set(county.code!, county.id);

    const heldTownCodes = new Set(existingTowns.map((town) => town.code));
    const newTowns = chosen.flatMap((county) =>
      county.towns
        .filter((town) => !heldTownCodes.has(town.code))
        .map((town) => ({ countyId: countyIdByCode.get(county.code)!, ...town })),
    );
    await tx.town.createMany({ data: newTowns });

    const result = { countiesCreated: created.length, townsCreated: newTowns.length };
    if (result.countiesCreated + result.townsCreated > 0)
      await recordAudit(tx, actor, {
        action: "set_up_from_divisions",
        entity: "county",
        after: {
          source: DIVISIONS_SOURCE,
          cityCode: official.code,
          counties: created.map((county) => county.code),
          towns: result.townsCreated,
        },
      });
    return result;
  });
}
