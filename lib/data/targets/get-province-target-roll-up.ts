import "server-only";
import { assertCan } from "@/lib/auth/permissions";
import { cityScopeWhere, scopeOf } from "@/lib/auth/scope";
import type { SessionUser } from "@/lib/data/auth/session-user";
import { db } from "@/lib/db";
import {
  cascadeRuleOf,
  checkRollUp,
  rollUpRuleOf,
  SHARE_WEIGHT_BASE,
  splitDecimalsOf,
} from "@/lib/indicators/target-cascade";
import { unsafeLoadCityBases } from "./load-city-bases";

/**
 * For a province user, one indicator's province targets and whether the cities' targets reach each of them
 * (decision 0041, the city → county rule of decision 0035 one level up): per province target, the cities' own
 * targets with the same deadline summed (a count, an amount), weighted by pupils (a share) or each at least as
 * strict (a ratio); with the cities' bases, which the split form previews with, and each city's targets. A
 * province total is only ever compared with what the cities' targets add up to, never with one city's figure.
 * Null for anyone whose scope is not a province: a city user sees no province target.
 */
export async function getProvinceTargetRollUp(
  user: SessionUser,
  indicatorKey: string,
  asOf: Date = new Date(),
) {
  assertCan(user, "indicators:view");
  const scope = scopeOf(user);
  if (scope?.level !== "province") return null;
  const client = db();
  const [indicator, cities, provinceTargets] = await Promise.all([
    client.indicatorDefinition.findUnique({
      where: { key: indicatorKey },
      select: { key: true, valueType: true, direction: true, cityRollUp: true },
    }),
    // Security: the province's own cities, and the province's own targets.
    client.city.findMany({ where: cityScopeWhere(user), select: { id: true } }),
    client.provinceTarget.findMany({
      where: { indicatorKey, provinceId: scope.provinceId },
      orderBy: { deadlineYear: "asc" },
      select: {
        id: true,
        value: true,
        deadlineYear: true,
        note: true,
        setAt: true,
        setBy: { select: { displayName: true } },
      },
    }),
  ]);
  if (!indicator) return null;
  const cityIds = cities.map((city) => city.id);
  const [bases, cityTargets] = await Promise.all([
    unsafeLoadCityBases(client, cityIds, asOf),
    client.target.findMany({
      where: { indicatorKey, cityId: { in: cityIds }, countyId: null },
      orderBy: { deadlineYear: "asc" },
      select: { cityId: true, value: true, deadlineYear: true },
    }),
  ]);
  const targetsOfCities = cityTargets.map((row) => ({ ...row, value: row.value.toNumber() }));
  const targets = provinceTargets.map((row) => ({ ...row, value: row.value.toNumber() }));
  return {
    cascade: cascadeRuleOf(indicator),
    rule: rollUpRuleOf(indicator),
    decimals: splitDecimalsOf(indicator),
    weightBase: SHARE_WEIGHT_BASE,
    targets,
    cities: bases.map((city) => ({
      ...city,
      targets: targetsOfCities
        .filter((row) => row.cityId === city.cityId)
        .map(({ deadlineYear, value }) => ({ deadlineYear, value })),
    })),
    checks: targets.map((target) => ({
      deadlineYear: target.deadlineYear,
      value: target.value,
      check: checkRollUp(
        indicator,
        target.value,
        bases.map((city) => ({
          countyId: city.cityId,
          target:
            targetsOfCities.find(
              (row) => row.cityId === city.cityId && row.deadlineYear === target.deadlineYear,
            )?.value ?? null,
          weight: city.bases[SHARE_WEIGHT_BASE],
        })),
      ),
    })),
  };
}
export type ProvinceTargetRollUp = NonNullable<Awaited<ReturnType<typeof getProvinceTargetRollUp>>>;
