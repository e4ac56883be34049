import "server-only";
import { cache } from "react";
import { assertCan } from "@/lib/auth/permissions";
import { countyScopeWhere, inScope, scopeOf, type Viewer } from "@/lib/auth/scope";
import { db } from "@/lib/db";
import type { CountyKind } from "@/lib/generated/prisma/enums";
import type { EffectiveStandards, OrgComputation, SchoolProfile } from "@/lib/indicators/computed-indicators";
import type { ThresholdRow } from "@/lib/indicators/effective-standards";
import {
  buildIndicatorRows,
  type IndicatorDefinitionView,
  type IndicatorRow,
  type OrgRowInputs,
} from "@/lib/indicators/indicator-rows";
import { businessDay, type Quarter } from "@/lib/utils/periods";
import { unsafeCachedComputation } from "./cached-computation";
import type { IndicatorComputation } from "./compute-indicators";

export interface OrgIndicators {
  level: "city" | "county" | "town";
  id: number;
  /** Official division code (GB/T 2260) where the unit has one: the key of its square on the maps (decision 0036) */
  code?: string | null;
  name: string;
  nameEn: string;
  /** Counties only: district, county, county-level city or functional zone (the peer groups of rankings) */
  countyKind?: CountyKind;
  rows: IndicatorRow[];
  /** The computed indicators' inputs (quality-balance detail, schools without facility data) */
  computation: OrgComputation;
}

/** An org unit's rows from the computation: its values and history against the city's targets as of `asOf`. */
function orgRows(
  computation: IndicatorComputation,
  asOf: Date,
  org: Pick<OrgRowInputs, "level" | "countyId" | "values" | "history" | "isAwaitingApproval">,
  definitions: readonly IndicatorDefinitionView[] = computation.definitions,
): IndicatorRow[] {
  return buildIndicatorRows(definitions, {
    asOf,
    currentQuarter: computation.currentQuarter,
    targets: computation.targets,
    ...org,
  });
}

function countyIndicators(
  county: { id: number; code: string | null; name: string; nameEn: string; kind: CountyKind },
  computation: IndicatorComputation,
  asOf: Date,
): OrgIndicators {
  const data = computation.counties.get(county.id)!;
  return {
    level: "county",
    id: county.id,
    code: county.code,
    name: county.name,
    nameEn: county.nameEn,
    countyKind: county.kind,
    computation: data.computation,
    rows: orgRows(computation, asOf, {
      level: "county",
      countyId: county.id,
      values: data.values,
      history: data.history,
      isAwaitingApproval: computation.awaitingApproval.has(county.id),
    }),
  };
}

export interface IndicatorOverview {
  asOf: Date;
  currentQuarter: Quarter;
  definitions: IndicatorDefinitionView[];
  thresholds: ThresholdRow[];
  standards: EffectiveStandards;
  /** A county's active schools with the figures its indicators were computed from (empty for a city) */
  schools: SchoolProfile[];
  cityName: { name: string; nameEn: string };
  /** The org unit asked for: the user's city or county, or a county of a city user's city */
  org: OrgIndicators;
  /** One level down: a city's counties, a county's towns (towns carry computed indicators only) */
  children: OrgIndicators[];
}

/** What every overview carries of its computation. */
function computationParts(computation: IndicatorComputation, asOf: Date) {
  return {
    asOf,
    currentQuarter: computation.currentQuarter,
    definitions: computation.definitions,
    thresholds: computation.thresholds,
    standards: computation.standards,
  };
}

/**
 * Every indicator of the user's scope, or of one county in it, with value, target, status and history, and the
 * same one level down. Null when the county is not in the user's scope (it then looks missing) or the user's scope
 * is a school: a principal sees their school's figures on the school's pages, not the county's.
 */
export const getIndicatorOverview = cache(
  async (
    user: Viewer,
    countyId: number | null,
    // Figures are taken on a day (ages, 12-month windows), so one computation serves the whole day.
    asOf: Date = businessDay(new Date()),
  ): Promise<IndicatorOverview | null> => {
    assertCan(user, "indicators:view");
    const scope = scopeOf(user);
    // A province has its own overview (get-province-overview.ts), of its cities.
    if (!scope || scope.level === "school" || scope.level === "province") return null;
    const wantedCountyId = countyId ?? (scope.level === "county" ? scope.countyId : null);
    const client = db();
    const city = await client.city.findUniqueOrThrow({
      where: { id: scope.cityId },
      select: { code: true, name: true, nameEn: true },
    });

    if (wantedCountyId === null) {
      const counties = await client.county.findMany({
        where: countyScopeWhere(user),
        orderBy: { sortOrder: "asc" },
        select: { id: true, code: true, name: true, nameEn: true, kind: true },
      });
      const computation = await unsafeCachedComputation(client, {
        cityId: scope.cityId,
        countyIds: counties.map((county) => county.id),
        includeCity: true,
        asOf,
      });
      const cityData = computation.city!;
      return {
        ...computationParts(computation, asOf),
        schools: [],
        cityName: city,
        org: {
          level: "city",
          id: scope.cityId,
          ...city,
          computation: cityData.computation,
          rows: orgRows(computation, asOf, {
            level: "city",
            countyId: null,
            values: cityData.values,
            history: cityData.history,
            isAwaitingApproval: computation.awaitingApproval.size > 0,
          }),
        },
        children: counties.map((county) => countyIndicators(county, computation, asOf)),
      };
    }

    // Security: the county must be in the user's scope; another county's id finds nothing.
    const county = await client.county.findFirst({
      where: inScope({ id: wantedCountyId }, countyScopeWhere(user)),
      select: {
        id: true,
        code: true,
        name: true,
        nameEn: true,
        kind: true,
        towns: { orderBy: { id: "asc" }, select: { id: true, name: true } },
      },
    });
    if (!county) return null;
    const computation = await unsafeCachedComputation(client, {
      cityId: scope.cityId,
      countyIds: [county.id],
      includeCity: false,
      includeTowns: true,
      asOf,
    });
    return {
      ...computationParts(computation, asOf),
      schools: computation.profiles,
      cityName: city,
      org: countyIndicators(county, computation, asOf),
      // Towns are judged against their county's targets, on this quarter's values only (no town history is kept).
      children: county.towns.map((town) => {
        const townComputation = computation.towns.get(town.id)!;
        const values = new Map(
          Object.entries(townComputation.results).map(([key, result]) => [
            key,
            { result: result!, quarter: computation.currentQuarter },
          ]),
        );
        return {
          level: "town",
          id: town.id,
          code: null,
          name: town.name,
          nameEn: town.name,
          computation: townComputation,
          rows: orgRows(
            computation,
            asOf,
            { level: "county", countyId: county.id, values, history: new Map(), isAwaitingApproval: false },
            computation.definitions.filter((definition) => definition.kind === "COMPUTED"),
          ),
        };
      }),
    };
  },
);
