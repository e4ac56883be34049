import "server-only";
import { assertCan } from "@/lib/auth/permissions";
import { cityRowsWhere, inScope } from "@/lib/auth/scope";
import type { SessionUser } from "@/lib/data/auth/session-user";
import { db } from "@/lib/db";
import { getCollectionFigures } from "./get-collection-figures";

/**
 * The custom items of every collection of the user's city with their figures (value, trend, completeness) for the
 * city dashboard (decision 0044): collections without custom items are left out.
 */
export async function listCustomItemFigures(user: SessionUser) {
  assertCan(user, "submissions:view");
  const collections = await db().collection.findMany({
    where: inScope({ items: { some: { indicator: { kind: "CUSTOM" } } } }, cityRowsWhere(user)),
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { id: true, nameZh: true, nameEn: true },
  });
  const figures = await Promise.all(
    collections.map((collection) => getCollectionFigures(user, collection.id)),
  );
  return collections.flatMap((collection, index) => {
    const items = figures[index];
    return items ? [{ collection, items }] : [];
  });
}
