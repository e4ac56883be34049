// API tokens the permission matrix revokes: one per target county, made by the admin of that county's city.
import { createApiToken } from "@/lib/data/api-tokens/create-api-token";
import { db } from "@/lib/db";
import { createApiTokenSchema } from "@/lib/schemas/api-tokens";
import { sessionUserWhere } from "../../support/session-user";
import type { Target } from "./matrix";

const tokens = new Map<number, Promise<number>>();
/** An active API token of the target county's city, made by that city's admin (one per county, revoked once). */
export function apiTokenIn(target: Target): Promise<number> {
  let id = tokens.get(target.countyId);
  if (!id) {
    id = (async () => {
      const county = await db().county.findUniqueOrThrow({ where: { id: target.countyId } });
      const admin = await sessionUserWhere({ role: "ADMIN", cityId: county.cityId });
      const token = await createApiToken(
        admin,
        createApiTokenSchema.parse({ name: "矩阵令牌", role: "LEADER" }),
      );
      return token.id;
    })();
    tokens.set(target.countyId, id);
  }
  return id;
}
