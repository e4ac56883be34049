import "server-only";
import { cache } from "react";
import { assertCan } from "@/lib/auth/permissions";
import { countyScopeWhere, scopeOf, type Viewer } from "@/lib/auth/scope";
import { db } from "@/lib/db";
import type { UnitBases } from "@/lib/indicators/fair-rankings";
import { businessDay } from "@/lib/utils/periods";
import { unsafeLoadCountyBases } from "@/lib/data/targets/load-county-bases";

/**
 * The bases of the counties the viewer may see (a city user: every county of the city; a county user: its own), on
 * `asOf`: what fair rankings divide counts by and group counties by (decision 0039). Two queries whatever the
 * number of counties; null for a school or province user, who compares no counties of its own.
 */
export const getCountyBases = cache(
  async (user: Viewer, asOf: Date = businessDay(new Date())): Promise<Map<number, UnitBases> | null> => {
    assertCan(user, "indicators:view");
    const scope = scopeOf(user);
    // A province user compares counties only inside one city's view (getCityView binds it to that city).
    if (!scope || scope.level === "school" || scope.level === "province") return null;
    const client = db();
    const counties = await client.county.findMany({ where: countyScopeWhere(user), select: { id: true } });
    const rows = await unsafeLoadCountyBases(
      client,
      counties.map((county) => county.id),
      asOf,
    );
    return new Map(rows.map((row) => [row.countyId, { ...row.bases, ruralSchools: row.ruralSchools }]));
  },
);
