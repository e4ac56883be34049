import "server-only";
import { db } from "@/lib/db";

export interface CityWithCounties {
  id: number;
  name: string;
  nameEn: string;
  counties: { id: number; name: string; nameEn: string; isFunctionalZone: boolean }[];
}

/** Every city with its county-level divisions, in official order. Public administrative names only. */
export async function listCitiesWithCounties(): Promise<CityWithCounties[]> {
  const cities = await db().city.findMany({
    orderBy: { code: "asc" },
    select: {
      id: true,
      name: true,
      nameEn: true,
      counties: { orderBy: { sortOrder: "asc" }, select: { id: true, name: true, nameEn: true, kind: true } },
    },
  });
  return cities.map((city) => ({
    ...city,
    counties: city.counties.map(({ kind, ...county }) => ({
      ...county,
      isFunctionalZone: kind === "FUNCTIONAL_ZONE",
    })),
  }));
}
