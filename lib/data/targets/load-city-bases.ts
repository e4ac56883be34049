import "server-only";
import type { DbClient } from "@/lib/db";
import type { UnitBases } from "@/lib/indicators/fair-rankings";
import { sumBasesByCity } from "@/lib/indicators/province";
import { unsafeLoadCountyBases } from "./load-county-bases";

export interface CityBases {
  cityId: number;
  code: string;
  name: string;
  nameEn: string;
  bases: UnitBases;
}

/**
 * Each city's bases on `asOf`, the sums of its counties' (unsafeLoadCountyBases): what a province target is split
 * in proportion to, a province share's cities are weighted by, and the cities' size bands (decisions 0039, 0041).
 * In the cities' code order. Unscoped: callers pass the cities they have already checked.
 */
export async function unsafeLoadCityBases(
  client: DbClient,
  cityIds: readonly number[],
  asOf: Date,
): Promise<CityBases[]> {
  if (cityIds.length === 0) return [];
  const ids = [...cityIds];
  const [cities, counties] = await Promise.all([
    client.city.findMany({
      where: { id: { in: ids } },
      orderBy: { code: "asc" },
      select: { id: true, code: true, name: true, nameEn: true },
    }),
    client.county.findMany({ where: { cityId: { in: ids } }, select: { id: true, cityId: true } }),
  ]);
  const cityOf = new Map(counties.map((county) => [county.id, county.cityId]));
  const countyBases = await unsafeLoadCountyBases(
    client,
    counties.map((county) => county.id),
    asOf,
  );
  return sumBasesByCity(
    cities,
    countyBases.map((county) => ({
      cityId: cityOf.get(county.countyId)!,
      bases: { ...county.bases, ruralSchools: county.ruralSchools },
    })),
  ).map(({ id, bases, ...city }) => ({ cityId: id, ...city, bases }));
}
