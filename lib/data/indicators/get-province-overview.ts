import "server-only";
import { cache } from "react";
import { assertCan } from "@/lib/auth/permissions";
import { cityScopeWhere, scopeOf, type Viewer } from "@/lib/auth/scope";
import { db } from "@/lib/db";
import {
  buildIndicatorRows,
  type IndicatorDefinitionView,
  type IndicatorRow,
} from "@/lib/indicators/indicator-rows";
import { provinceDefinitions, rollUpCities } from "@/lib/indicators/province";
import { TREND_QUARTERS } from "@/lib/indicators/status";
import { businessDay, quarterOf, recentQuarters, type Quarter } from "@/lib/utils/periods";
import { unsafeCachedComputation } from "./cached-computation";
import type { IndicatorComputation } from "./compute-indicators";
import type { OrgIndicators } from "./get-indicator-overview";

/** A city of the province with its figures, as the province dashboard lists it. */
export interface ProvinceCity extends OrgIndicators {
  /** Its division code: the city dashboard's `city` parameter */
  code: string;
}

export interface ProvinceOverview {
  asOf: Date;
  currentQuarter: Quarter;
  definitions: IndicatorDefinitionView[];
  province: { id: number; code: string; name: string; nameEn: string };
  /** Every city's standard values (the briefing's notes say which are sample values or not configured) */
  thresholds: IndicatorComputation["thresholds"];
  /** The province's rows: each indicator rolled up over its cities */
  rows: IndicatorRow[];
  /** One level down: the province's cities, each against its own targets */
  children: ProvinceCity[];
}

/** City computations run a few at a time: each opens several queries of its own on a small pool. */
const CITIES_AT_ONCE = 4;

/**
 * Every indicator of the user's province, rolled up over its cities, and every city's figures against its own
 * targets; null unless the user's scope is a province. Each city's figures are its own city computation, shared
 * with its city dashboard (and cached under its data version), so the province adds no query over schools.
 */
export const getProvinceOverview = cache(
  async (user: Viewer, asOf: Date = businessDay(new Date())): Promise<ProvinceOverview | null> => {
    assertCan(user, "indicators:view");
    const scope = scopeOf(user);
    if (!scope || scope.level !== "province") return null;
    const client = db();
    const [province, cities, provinceTargets] = await Promise.all([
      client.province.findUniqueOrThrow({
        where: { id: scope.provinceId },
        select: { id: true, code: true, name: true, nameEn: true },
      }),
      client.city.findMany({
        // Security: the province's own cities only.
        where: cityScopeWhere(user),
        orderBy: { code: "asc" },
        select: {
          id: true,
          code: true,
          name: true,
          nameEn: true,
          counties: { orderBy: { sortOrder: "asc" }, select: { id: true } },
        },
      }),
      // The province's own targets (decision 0041): its figures are judged against them as a city's against its own.
      client.provinceTarget.findMany({
        where: { provinceId: scope.provinceId },
        select: { indicatorKey: true, value: true, deadlineYear: true },
      }),
    ]);

    const computations: IndicatorComputation[] = [];
    for (let start = 0; start < cities.length; start += CITIES_AT_ONCE) {
      computations.push(
        ...(await Promise.all(
          cities.slice(start, start + CITIES_AT_ONCE).map((city) =>
            unsafeCachedComputation(client, {
              cityId: city.id,
              countyIds: city.counties.map((county) => county.id),
              includeCity: true,
              asOf,
            }),
          ),
        )),
      );
    }

    const currentQuarter = quarterOf(asOf);
    const definitions = computations[0]?.definitions ?? [];
    const children = cities.map((city, index): ProvinceCity => {
      const computation = computations[index]!;
      const cityData = computation.city!;
      return {
        level: "city",
        id: city.id,
        code: city.code,
        name: city.name,
        nameEn: city.nameEn,
        computation: cityData.computation,
        rows: buildIndicatorRows(computation.definitions, {
          level: "city",
          countyId: null,
          asOf,
          currentQuarter,
          values: cityData.values,
          history: cityData.history,
          targets: computation.targets,
          isAwaitingApproval: computation.awaitingApproval.size > 0,
        }),
      };
    });
    const rolledUp = rollUpCities(
      definitions,
      computations.map((computation) => computation.city!.history),
      recentQuarters(currentQuarter, TREND_QUARTERS),
    );
    return {
      asOf,
      currentQuarter,
      definitions,
      province,
      thresholds: computations.flatMap((computation) => computation.thresholds),
      rows: buildIndicatorRows(provinceDefinitions(definitions), {
        level: "city",
        countyId: null,
        asOf,
        currentQuarter,
        ...rolledUp,
        targets: provinceTargets.map((target) => ({
          ...target,
          countyId: null,
          value: target.value.toNumber(),
        })),
        isAwaitingApproval: children.some((city) => city.rows.some((row) => row.isAwaitingApproval)),
      }),
      children,
    };
  },
);
