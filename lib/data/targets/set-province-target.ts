import "server-only";
import { assertCan } from "@/lib/auth/permissions";
import { scopeOf } from "@/lib/auth/scope";
import { writeAudited } from "@/lib/data/audit/write-audited";
import type { SessionUser } from "@/lib/data/auth/session-user";
import { db } from "@/lib/db";
import { AppError, forbiddenError, notFoundError } from "@/lib/errors";
import { PERCENT_RANGE } from "@/lib/indicators/result";
import type { SetProvinceTargetInput } from "@/lib/schemas/indicators";

const AUDITED_FIELDS = {
  id: true,
  indicatorKey: true,
  provinceId: true,
  value: true,
  deadlineYear: true,
  note: true,
} as const;

/**
 * Sets a target of the user's own province for one deadline (decision 0041), replacing the one there is, audited.
 * A province total of a count or an amount is the figure the cities' targets must add up to; a share or a ratio is
 * the figure passed down to each city. Only province staff; the province comes from the user, never from input.
 */
export async function setProvinceTarget(user: SessionUser, input: SetProvinceTargetInput) {
  assertCan(user, "province-targets:edit");
  const scope = scopeOf(user);
  // Security: the province is the user's own; a city account (or a city view) holds none.
  if (scope?.level !== "province") throw forbiddenError();
  const provinceId = scope.provinceId;
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
    const where = { indicatorKey: indicator.key, provinceId, deadlineYear: input.deadlineYear };
    const before = await tx.provinceTarget.findFirst({ where, select: AUDITED_FIELDS });
    const data = { value: input.value, note: input.note || null, setById: user.id, setAt: new Date() };
    return writeAudited(tx, user, "province_target", before, {
      update: (id) => tx.provinceTarget.update({ where: { id }, data, select: AUDITED_FIELDS }),
      create: () => tx.provinceTarget.create({ data: { ...data, ...where }, select: AUDITED_FIELDS }),
    });
  });
}
