import "server-only";
import { ownCityId } from "@/lib/auth/scope";
import { assertCan } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/data/auth/session-user";
import { db } from "@/lib/db";
import { DIVISIONS_SOURCE, officialCity } from "@/lib/divisions/shandong";

/**
 * The admin's city as the division page shows it: its official counties (if the city is in the list) with how many
 * of their towns exist, and the counties it has, with their towns, to pick a functional zone's towns from.
 */
export async function getDivisionSetup(actor: SessionUser) {
  assertCan(actor, "divisions:manage");
  const city = await db().city.findUniqueOrThrow({
    where: { id: ownCityId(actor) },
    select: {
      code: true,
      name: true,
      nameEn: true,
      counties: {
        orderBy: [{ sortOrder: "asc" }, { id: "asc" }],
        select: {
          id: true,
          code: true,
          name: true,
          nameEn: true,
          kind: true,
          towns: { orderBy: { id: "asc" }, select: { id: true, code: true, name: true, kind: true } },
          _count: { select: { schools: true } },
        },
      },
    },
  });
  const official = officialCity(city.code);
  const heldCounties = new Set(city.counties.map((county) => county.code));
  const heldTowns = new Set(city.counties.flatMap((county) => county.towns.map((town) => town.code)));
  return {
    city: { code: city.code, name: city.name, nameEn: city.nameEn },
    source: DIVISIONS_SOURCE,
    official:
      official?.counties.map((county) => ({
        code: county.code,
        name: county.name,
        nameEn: county.nameEn,
        kind: county.kind,
        towns: county.towns.length,
        townsHeld: county.towns.filter((town) => heldTowns.has(town.code)).length,
        isHeld: heldCounties.has(county.code),
      })) ?? null,
    counties: city.counties.map(({ _count, ...county }) => ({ ...county, schools: _count.schools })),
  };
}
