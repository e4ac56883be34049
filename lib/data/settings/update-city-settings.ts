import "server-only";
import { ownCityId } from "@/lib/auth/scope";
import { assertCan } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/data/audit/record-audit";
import type { SessionUser } from "@/lib/data/auth/session-user";
import { db } from "@/lib/db";
import type { CitySettings } from "@/lib/settings/city-settings";
import { unsafeLoadCitySettings } from "./load-city-settings";

export async function updateCitySettings(user: SessionUser, input: CitySettings) {
  assertCan(user, "settings:edit");
  return db().$transaction(async (tx) => {
    const before = await unsafeLoadCitySettings(tx, ownCityId(user));
    for (const [key, value] of Object.entries(input))
      await tx.setting.upsert({
        where: { cityId_key: { cityId: ownCityId(user), key } },
        create: { cityId: ownCityId(user), key, value, updatedById: user.id },
        update: { value, updatedById: user.id },
      });
    await recordAudit(tx, user, {
      action: "update",
      entity: "city_settings",
      entityId: ownCityId(user),
      before,
      after: input,
    });
  });
}
