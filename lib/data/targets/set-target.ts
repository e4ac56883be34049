import "server-only";
import { assertCan } from "@/lib/auth/permissions";
import { countyScopeWhere, inScope, ownCityId } from "@/lib/auth/scope";
import type { SessionUser } from "@/lib/data/auth/session-user";
import { db } from "@/lib/db";
import { AppError, notFoundError } from "@/lib/errors";
import { PERCENT_RANGE } from "@/lib/indicators/result";
import type { SetTargetInput } from "@/lib/schemas/indicators";
import { unsafeWriteTarget } from "./write-target";

/**
 * Sets a target of the user's city (no county: the default every county inherits) or of one of its counties,
 * replacing the one with the same deadline.
 */
export async function setTarget(user: SessionUser, input: SetTargetInput) {
  assertCan(user, "targets:edit");
  return db().$transaction(async (tx) => {
    const indicator = await tx.indicatorDefinition.findUnique({
      where: { key: input.indicatorKey },
      select: { key: true, valueType: true },
    });
    if (!indicator) throw notFoundError();
    if (indicator.valueType === "PERCENT" && input.value > PERCENT_RANGE.max)
      throw new AppError("VALIDATION", {
        details: { fieldErrors: { value: [{ key: "percentRange" }] } },
      });
    const countyId = input.countyId ?? null;
    // Security: a county target only for a county of the user's own city.
    if (countyId !== null) {
      const county = await tx.county.findFirst({
        where: inScope({ id: countyId }, countyScopeWhere(user)),
        select: { id: true },
      });
      if (!county) throw notFoundError();
    }
    return unsafeWriteTarget(tx, user, {
      cityId: ownCityId(user),
      indicatorKey: indicator.key,
      countyId,
      deadlineYear: input.deadlineYear,
      value: input.value,
      note: input.note,
    });
  });
}
