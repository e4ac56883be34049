import "server-only";
import { assertCan } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/data/auth/session-user";
import { db } from "@/lib/db";

/** The catalogue's reported indicators a collection may include, in catalogue order. */
export async function listReportableIndicators(user: SessionUser) {
  assertCan(user, "periods:manage");
  return db().indicatorDefinition.findMany({
    where: { kind: "REPORTED" },
    orderBy: [{ sortOrder: "asc" }, { key: "asc" }],
    select: { key: true, nameZh: true, nameEn: true, unit: true, unitEn: true, valueType: true },
  });
}
