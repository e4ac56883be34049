import "server-only";
import { cache } from "react";
import { cityScopeWhere, inScope, scopeOf, type ScopedUser } from "@/lib/auth/scope";
import { db } from "@/lib/db";

/** A 6-digit division code as the city dashboard's `city` parameter takes it. */
const CITY_CODE = /^\d{6}$/;

/**
 * The user as the viewer of one city's dashboard, or null when the city is not theirs to see (it then looks missing).
 * A city user sees their own city: no code, or their city's own code; any other code finds nothing. A province user
 * names a city of their province by its code and gets a read-only view of it: their role (which may write nothing)
 * bound to that city for this request, so that every city data function scopes it to that city and nothing else.
 * The view is never stored; the account itself stays bound to the province (docs/decisions/0038).
 */
export const getCityView = cache(
  async <User extends ScopedUser>(user: User, cityCode: string | undefined): Promise<User | null> => {
    const scope = scopeOf(user);
    if (!scope) return null;
    if (scope.level === "city") {
      if (cityCode === undefined) return user;
      // Security: a forged code of another city finds nothing here, as a missing city would.
      const own = await db().city.findFirst({
        where: inScope({ code: cityCode }, cityScopeWhere(user)),
        select: { id: true },
      });
      return own ? user : null;
    }
    if (scope.level !== "province" || cityCode === undefined || !CITY_CODE.test(cityCode)) return null;
    // Security: only a city of the user's own province; another province's city finds nothing.
    const city = await db().city.findFirst({
      where: inScope({ code: cityCode }, cityScopeWhere(user)),
      select: { id: true },
    });
    return city ? { ...user, cityId: city.id, countyId: null, schoolId: null } : null;
  },
);
