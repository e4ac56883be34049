import "server-only";
import { ownCityId } from "@/lib/auth/scope";
import { assertCan } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/data/auth/session-user";
import { db } from "@/lib/db";

/** The counties and schools of the manager's city, to bind an account to. */
export async function listCityPlaces(actor: SessionUser) {
  assertCan(actor, "users:manage");
  const [counties, schools] = await Promise.all([
    db().county.findMany({
      where: { cityId: ownCityId(actor) },
      orderBy: { sortOrder: "asc" },
      select: { id: true, name: true, nameEn: true },
    }),
    db().school.findMany({
      where: { cityId: ownCityId(actor), isActive: true },
      orderBy: [{ countyId: "asc" }, { name: "asc" }],
      select: { id: true, name: true, countyId: true },
    }),
  ]);
  return { counties, schools };
}
