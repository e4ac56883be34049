import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * Locks the city's row for the rest of the transaction and returns its code, so that two admins changing its
 * divisions at once run one after the other (county and town codes are unique: the second would otherwise fail on
 * a duplicate instead of finding the first one's rows).
 */
export async function lockCity(tx: Prisma.TransactionClient, cityId: number): Promise<string> {
  const [city] = await tx.$queryRaw<
    { code: string }[]
  >`SELECT code FROM cities WHERE id = ${cityId} FOR UPDATE`;
  if (!city) throw new Error(`City ${cityId} of a signed-in user does not exist`);
  return city.code;
}
