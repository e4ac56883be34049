import "server-only";
import type { DbClient } from "@/lib/db";

/**
 * The city's data version: moved on by every audited write of figures in the city (lib/data/audit/record-audit.ts),
 * so anything derived from the city's data can be kept until it changes. Unscoped: callers pass their own city.
 */
export async function unsafeDataVersion(client: DbClient, cityId: number): Promise<string> {
  const row = await client.dataVersion.findUnique({ where: { cityId }, select: { version: true } });
  return String(row?.version ?? 0);
}
