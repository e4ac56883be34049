import "server-only";
import { assertCan } from "@/lib/auth/permissions";
import { cityRowsWhere, countyScopeWhere, scopeOf } from "@/lib/auth/scope";
import type { SessionUser } from "@/lib/data/auth/session-user";
import { db } from "@/lib/db";
import {
  cascadeRuleOf,
  checkRollUp,
  rollUpRuleOf,
  SHARE_WEIGHT_BASE,
  splitDecimalsOf,
} from "@/lib/indicators/target-cascade";
import { resolveTarget } from "@/lib/indicators/targets";
import { unsafeLoadCountyBases } from "./load-county-bases";

/**
 * For a city user, whether the counties' targets of an indicator reach the city's (decision 0035): one check per
 * city target (each deadline it is set for, else the policy's), against the counties' own targets with the same
 * deadline; with the counties' bases, which the split form previews with. A county user sees only its own county,
 * so never the whole city's roll-up: null.
 */
export async function getTargetRollUp(user: SessionUser, indicatorKey: string, asOf: Date = new Date()) {
  assertCan(user, "indicators:view");
  if (scopeOf(user)?.level !== "city") return null;
  const client = db();
  const [indicator, counties, targets] = await Promise.all([
    client.indicatorDefinition.findUnique({
      where: { key: indicatorKey },
      select: {
        key: true,
        valueType: true,
        direction: true,
        cityRollUp: true,
        defaultTarget: true,
        defaultDeadlineYear: true,
      },
    }),
    client.county.findMany({ where: countyScopeWhere(user), select: { id: true } }),
    client.target.findMany({
      where: { AND: [{ indicatorKey }, cityRowsWhere(user)] },
      select: { countyId: true, value: true, deadlineYear: true },
    }),
  ]);
  if (!indicator) return null;
  const bases = await unsafeLoadCountyBases(
    client,
    counties.map((county) => county.id),
    asOf,
  );
  const rows = targets.map((row) => ({ ...row, indicatorKey, value: row.value.toNumber() }));
  const parents: { deadlineYear: number | null; value: number; source: "city" | "policy" }[] = rows
    .filter((row) => row.countyId === null)
    .map((row) => ({ deadlineYear: row.deadlineYear, value: row.value, source: "city" as const }));
  const defaultTarget = indicator.defaultTarget?.toNumber() ?? null;
  if (
    defaultTarget !== null &&
    !parents.some((parent) => parent.deadlineYear === indicator.defaultDeadlineYear)
  )
    parents.push({ deadlineYear: indicator.defaultDeadlineYear, value: defaultTarget, source: "policy" });
  parents.sort((a, b) => (a.deadlineYear ?? Infinity) - (b.deadlineYear ?? Infinity));

  const year = asOf.getUTCFullYear();
  // A county's own target for the parent's deadline; a policy target without one is compared with the county's
  // own target that applies now (resolveTarget, the SUM rule: the county's own or none).
  const ownTargetOf = (countyId: number, deadlineYear: number | null) => {
    if (deadlineYear !== null)
      return (
        rows.find((row) => row.countyId === countyId && row.deadlineYear === deadlineYear)?.value ?? null
      );
    const own = resolveTarget(
      { key: indicatorKey, defaultTarget: null, defaultDeadlineYear: null, cityRollUp: "SUM" },
      rows.filter((row) => row.countyId !== null),
      countyId,
      year,
    );
    return own?.value ?? null;
  };
  return {
    cascade: cascadeRuleOf(indicator),
    rule: rollUpRuleOf(indicator),
    decimals: splitDecimalsOf(indicator),
    weightBase: SHARE_WEIGHT_BASE,
    counties: bases,
    checks: parents.map((parent) => ({
      ...parent,
      check: checkRollUp(
        indicator,
        parent.value,
        bases.map((county) => ({
          countyId: county.countyId,
          target: ownTargetOf(county.countyId, parent.deadlineYear),
          weight: county.bases[SHARE_WEIGHT_BASE],
        })),
      ),
    })),
  };
}
export type TargetRollUp = NonNullable<Awaited<ReturnType<typeof getTargetRollUp>>>;
