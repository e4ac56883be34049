import "server-only";
import { assertCan } from "@/lib/auth/permissions";
import { countyScopeWhere, scopeOf, ownCityId } from "@/lib/auth/scope";
import type { SessionUser } from "@/lib/data/auth/session-user";
import { db } from "@/lib/db";
import { AppError, forbiddenError, notFoundError } from "@/lib/errors";
import {
  checkManualSplit,
  splitByBase,
  splitDecimalsOf,
  type SplitPart,
} from "@/lib/indicators/target-cascade";
import type { SplitTargetInput } from "@/lib/schemas/indicators";
import { unsafeLoadCountyBases } from "./load-county-bases";
import { unsafeWriteTarget } from "./write-target";

/** A refusal of the split as a whole (field null) or of one field, with the message under errors.targetCascade. */
const refused = (field: string | null, key: string, params?: Record<string, number>) =>
  new AppError("VALIDATION", {
    messageKey: `targetCascade.${key}`,
    params,
    details: field ? { fieldErrors: { [field]: [{ key, params }] } } : undefined,
  });

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
    if (decimals === null) throw refused(null, "notSplittable");
    const cityTarget = await tx.target.findFirst({
      where: {
        indicatorKey: indicator.key,
        cityId: ownCityId(user),
        countyId: null,
        deadlineYear: input.deadlineYear,
      },
      select: { value: true },
    });
    if (!cityTarget) throw refused("deadlineYear", "noCityTarget");
    const total = cityTarget.value.toNumber();
    const counties = await tx.county.findMany({
      where: countyScopeWhere(user),
      orderBy: [{ sortOrder: "asc" }, { id: "asc" }],
      select: { id: true, code: true },
    });
    // Security: a part for a county outside the user's city looks missing, as any other out-of-scope id.
    const ownCounties = new Set(counties.map((county) => county.id));
    if (input.parts.some((part) => !ownCounties.has(part.countyId))) throw notFoundError();

    let parts: SplitPart[];
    if (input.method === "manual") {
      const check = checkManualSplit(total, input.parts, decimals);
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
      if (!check.isExact)
        throw refused(null, check.gap > 0 ? "splitShort" : "splitOver", {
          sum: check.sum,
          total,
          gap: Math.abs(check.gap),
        });
      parts = input.parts;
    } else {
      const method = input.method;
      const bases = await unsafeLoadCountyBases(tx, [...ownCounties], asOf);
      const split = splitByBase(
        total,
        bases.map((county) => ({
          countyId: county.countyId,
          code: county.code,
          base: county.bases[method],
        })),
        decimals,
      );
      if (!split.ok) throw refused("method", split.reason);
      // The user confirmed a preview: when the bases moved since, the parts would not be the ones confirmed.
      const confirmed = new Map(input.parts.map((part) => [part.countyId, part.value]));
      if (
        input.parts.length > 0 &&
        (confirmed.size !== split.parts.length ||
          split.parts.some((part) => confirmed.get(part.countyId) !== part.value))
      )
        throw new AppError("CONFLICT", { messageKey: "targetCascade.previewChanged" });
      parts = split.parts;
    }

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
