import "server-only";
import { assertCan } from "@/lib/auth/permissions";
import { cityScopeWhere, scopeOf } from "@/lib/auth/scope";
import type { SessionUser } from "@/lib/data/auth/session-user";
import { db } from "@/lib/db";
import { forbiddenError, notFoundError } from "@/lib/errors";
import { splitDecimalsOf } from "@/lib/indicators/target-cascade";
import type { SplitProvinceTargetInput } from "@/lib/schemas/indicators";
import { unsafeLoadCityBases } from "./load-city-bases";
import { splitRefusal, unsafeResolveSplitParts } from "./resolve-split-parts";
import { unsafeWriteTarget } from "./write-target";

/**
 * Splits a province target of a count or an amount among the province's cities (decision 0041), by the city→county
 * rule one level up (decision 0035): in proportion to the cities' bases by the largest remainder, or as typed in by
 * hand adding up exactly. Each part is written as that city's own target with the same deadline (the target the
 * city then splits among its counties), in one transaction, each write audited in the city's log, or none at all.
 */
export async function splitProvinceTarget(
  user: SessionUser,
  input: SplitProvinceTargetInput,
  asOf: Date = new Date(),
) {
  assertCan(user, "province-targets:edit");
  const scope = scopeOf(user);
  if (scope?.level !== "province") throw forbiddenError();
  return db().$transaction(async (tx) => {
    const indicator = await tx.indicatorDefinition.findUnique({
      where: { key: input.indicatorKey },
      select: { key: true, valueType: true, cityRollUp: true },
    });
    if (!indicator) throw notFoundError();
    const decimals = splitDecimalsOf(indicator);
    if (decimals === null) throw splitRefusal(null, "notSplittable");
    const provinceTarget = await tx.provinceTarget.findFirst({
      where: { indicatorKey: indicator.key, provinceId: scope.provinceId, deadlineYear: input.deadlineYear },
      select: { value: true },
    });
    if (!provinceTarget)
      throw splitRefusal("deadlineYear", "noProvinceTarget", undefined, "provinceTargets.noProvinceTarget");
    const total = provinceTarget.value.toNumber();
    // Security: the province's own cities; a part for any other city looks missing.
    const cities = await tx.city.findMany({ where: cityScopeWhere(user), select: { id: true } });
    const ownCities = new Set(cities.map((city) => city.id));
    if (input.parts.some((part) => !ownCities.has(part.cityId))) throw notFoundError();

    // SplitPart's unit id is the city's here: the largest-remainder split is the same one level up.
    const typed = input.parts.map((part) => ({ countyId: part.cityId, value: part.value }));
    const parts = await unsafeResolveSplitParts(total, decimals, input.method, typed, async (base) =>
      (await unsafeLoadCityBases(tx, [...ownCities], asOf)).map((city) => ({
        countyId: city.cityId,
        code: city.code,
        base: city.bases[base],
      })),
    );

    for (const part of parts)
      await unsafeWriteTarget(tx, user, {
        cityId: part.countyId,
        indicatorKey: indicator.key,
        countyId: null,
        deadlineYear: input.deadlineYear,
        value: part.value,
        note: input.note,
      });
    return {
      written: parts.length,
      parts: parts.map((part) => ({ cityId: part.countyId, value: part.value })),
    };
  });
}
