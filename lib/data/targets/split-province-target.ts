import "server-only";
import { assertCan } from "@/lib/auth/permissions";
import { cityScopeWhere, scopeOf } from "@/lib/auth/scope";
import type { SessionUser } from "@/lib/data/auth/session-user";
import { db } from "@/lib/db";
import { AppError, forbiddenError, notFoundError } from "@/lib/errors";
import {
  checkManualSplit,
  splitByBase,
  splitDecimalsOf,
  type SplitPart,
} from "@/lib/indicators/target-cascade";
import type { SplitProvinceTargetInput } from "@/lib/schemas/indicators";
import { unsafeLoadCityBases } from "./load-city-bases";
import { unsafeWriteTarget } from "./write-target";

/** A refusal of the split as a whole (field null) or of one field, as the city split words it. */
const refused = (field: string | null, key: string, messageKey: string, params?: Record<string, number>) =>
  new AppError("VALIDATION", {
    messageKey,
    params,
    details: field ? { fieldErrors: { [field]: [{ key, params }] } } : undefined,
  });

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
    if (decimals === null) throw refused(null, "notSplittable", "targetCascade.notSplittable");
    const provinceTarget = await tx.provinceTarget.findFirst({
      where: { indicatorKey: indicator.key, provinceId: scope.provinceId, deadlineYear: input.deadlineYear },
      select: { value: true },
    });
    if (!provinceTarget)
      throw refused("deadlineYear", "noProvinceTarget", "provinceTargets.noProvinceTarget");
    const total = provinceTarget.value.toNumber();
    // Security: the province's own cities; a part for any other city looks missing.
    const cities = await tx.city.findMany({ where: cityScopeWhere(user), select: { id: true } });
    const ownCities = new Set(cities.map((city) => city.id));
    if (input.parts.some((part) => !ownCities.has(part.cityId))) throw notFoundError();

    let parts: SplitPart[];
    if (input.method === "manual") {
      const typed = input.parts.map((part) => ({ countyId: part.cityId, value: part.value }));
      const check = checkManualSplit(total, typed, decimals);
      if (check.notInUnits.length > 0)
        throw new AppError("VALIDATION", {
          messageKey: "targetCascade.partsNotInUnits",
          details: {
            fieldErrors: Object.fromEntries(
              check.notInUnits.map((id) => [
                `part.${id}`,
                [{ key: decimals === 0 ? "wholeNumber" : "twoDecimals" }],
              ]),
            ),
          },
        });
      if (!check.isExact) {
        const key = check.gap > 0 ? "splitShort" : "splitOver";
        throw refused(null, key, `targetCascade.${key}`, { sum: check.sum, total, gap: Math.abs(check.gap) });
      }
      parts = typed;
    } else {
      const method = input.method;
      const bases = await unsafeLoadCityBases(tx, [...ownCities], asOf);
      const split = splitByBase(
        total,
        bases.map((city) => ({ countyId: city.cityId, code: city.code, base: city.bases[method] })),
        decimals,
      );
      if (!split.ok) throw refused("method", split.reason, `targetCascade.${split.reason}`);
      // The user confirmed a preview: when the bases moved since, the parts would not be the ones confirmed.
      const confirmed = new Map(input.parts.map((part) => [part.cityId, part.value]));
      if (
        input.parts.length > 0 &&
        (confirmed.size !== split.parts.length ||
          split.parts.some((part) => confirmed.get(part.countyId) !== part.value))
      )
        throw new AppError("CONFLICT", { messageKey: "targetCascade.previewChanged" });
      parts = split.parts;
    }

    // SplitPart's unit id is the city's here: the largest-remainder split is the same one level up.
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
