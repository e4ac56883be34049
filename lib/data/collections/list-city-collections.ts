import "server-only";
import { assertCan } from "@/lib/auth/permissions";
import { cityRowsWhere } from "@/lib/auth/scope";
import type { SessionUser } from "@/lib/data/auth/session-user";
import { db } from "@/lib/db";
import { COLLECTION_FIELDS } from "./get-city-collection";

/** The collections (调度表) of the user's city, the quarterly report first, with their item and period counts. */
export async function listCityCollections(user: SessionUser) {
  assertCan(user, "submissions:view");
  return db().collection.findMany({
    where: cityRowsWhere(user),
    orderBy: [{ isQuarterlyReport: "desc" }, { createdAt: "asc" }, { id: "asc" }],
    select: {
      ...COLLECTION_FIELDS,
      _count: { select: { items: true, periods: true } },
    },
  });
}
