import "server-only";
import type { DbClient } from "@/lib/db";
import type { OrgLevel } from "@/lib/generated/prisma/enums";
import type { IndicatorResult } from "@/lib/indicators/result";
import type { Quarter } from "@/lib/utils/periods";

export interface SnapshotPoint extends Quarter {
  orgId: number;
  indicatorKey: string;
  value: number;
}

/** Frozen quarterly values of computed indicators for org units of one level. Unscoped: callers pass checked ids. */
export async function unsafeLoadSnapshots(
  client: DbClient,
  orgLevel: OrgLevel,
  orgIds: number[],
  quarters: readonly Quarter[],
): Promise<SnapshotPoint[]> {
  if (orgIds.length === 0 || quarters.length === 0) return [];
  const rows = await client.indicatorSnapshot.findMany({
    where: {
      orgLevel,
      orgId: { in: orgIds },
      periodKind: "QUARTER",
      value: { not: null },
      OR: quarters.map((q) => ({ year: q.year, quarter: q.quarter })),
    },
    select: { orgId: true, indicatorKey: true, year: true, quarter: true, value: true },
  });
  return rows.map((row) => ({
    ...row,
    quarter: row.quarter as Quarter["quarter"],
    value: row.value!.toNumber(),
  }));
}

/** Writes (or replaces) the frozen values of one quarter. */
export async function unsafeWriteSnapshots(
  client: DbClient,
  quarter: Quarter,
  entries: readonly { orgLevel: OrgLevel; orgId: number; indicatorKey: string; result: IndicatorResult }[],
): Promise<void> {
  if (entries.length === 0) return;
  await client.indicatorSnapshot.deleteMany({
    where: {
      periodKind: "QUARTER",
      year: quarter.year,
      quarter: quarter.quarter,
      OR: [...new Set(entries.map((e) => `${e.orgLevel}:${e.orgId}`))].map((key) => {
        const [orgLevel, orgId] = key.split(":");
        return { orgLevel: orgLevel as OrgLevel, orgId: Number(orgId) };
      }),
    },
  });
  await client.indicatorSnapshot.createMany({
    data: entries.map(({ orgLevel, orgId, indicatorKey, result }) => ({
      indicatorKey,
      orgLevel,
      orgId,
      periodKind: "QUARTER" as const,
      year: quarter.year,
      quarter: quarter.quarter,
      value: result.computable ? result.value : null,
      numerator: result.computable ? (result.numerator ?? null) : null,
      denominator: result.computable ? (result.denominator ?? null) : null,
      notComputableReason: result.computable ? null : result.reason,
    })),
  });
}
