import "server-only";
import { assertCan } from "@/lib/auth/permissions";
import { countyScopeWhere, scopeOf, ownCityId } from "@/lib/auth/scope";
import type { SessionUser } from "@/lib/data/auth/session-user";
import { db } from "@/lib/db";
import { forbiddenError, notFoundError } from "@/lib/errors";
import { splitDecimalsOf } from "@/lib/indicators/target-cascade";
import type { SplitTargetInput } from "@/lib/schemas/indicators";
import { unsafeLoadCountyBases } from "./load-county-bases";
import { splitRefusal, unsafeResolveSplitParts } from "./resolve-split-parts";
import { unsafeWriteTarget } from "./write-target";

/**
 * Splits a city target of a count or an amount among the city's counties (decision 0035), in proportion to a base
 * or as typed in by hand, and sets each county's target with the same deadline: all of them in one transaction, each
 * write audited, or none when anything is refused.
 */
export async function splitTarget(user: SessionUser, input: SplitTargetInput, asOf: Date = new Date()) {
  assertCan(user, "targets:edit");
  // A split shares the city's target among all its counties: only a city-level user holds the whole city.
  if (scopeOf(user)?.level !== "city") throw forbiddenError();
  return db().$transaction(async (tx) => {
    const indicator = await tx.indicatorDefinition.findUnique({
      where: { key: input.indicatorKey },
      select: { key: true, valueType: true, cityRollUp: true },
    });
    if (!indicator) throw notFoundError();
    const decimals = splitDecimalsOf(indicator);
    if (decimals === null) throw splitRefusal(null, "notSplittable");
    const cityTarget = await tx.target.findFirst({
      where: {
        indicatorKey: indicator.key,
        cityId: ownCityId(user),
        countyId: null,
        deadlineYear: input.deadlineYear,
      },
      select: { value: true },
    });
    if (!cityTarget) throw splitRefusal("deadlineYear", "noCityTarget");
    const total = cityTarget.value.toNumber();
    const counties = await tx.county.findMany({
      where: countyScopeWhere(user),
      orderBy: [{ sortOrder: "asc" }, { id: "asc" }],
      select: { id: true, code: true },
    });
    // Security: a part for a county outside the user's city looks missing, as any other out-of-scope id.
    const ownCounties = new Set(counties.map((county) => county.id));
    if (input.parts.some((part) => !ownCounties.has(part.countyId))) throw notFoundError();

    const parts = await unsafeResolveSplitParts(total, decimals, input.method, input.parts, async (base) =>
      (await unsafeLoadCountyBases(tx, [...ownCounties], asOf)).map((county) => ({
        countyId: county.countyId,
        code: county.code,
        base: county.bases[base],
      })),
    );
    for (const part of parts)
      await unsafeWriteTarget(tx, user, {
        cityId: ownCityId(user),
        indicatorKey: indicator.key,
        countyId: part.countyId,
        deadlineYear: input.deadlineYear,
        value: part.value,
        note: input.note,
      });
    return { written: parts.length, parts };
  });
}
