import "server-only";
import { ownCityId } from "@/lib/auth/scope";
import { assertCan } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/data/auth/session-user";
import { db } from "@/lib/db";
import type { CitySettings } from "@/lib/settings/city-settings";
import { unsafeLoadCitySettings } from "./load-city-settings";

/** The settings of the user's own city (the only city a deployment's admin manages). */
export async function getCitySettings(user: SessionUser): Promise<CitySettings> {
  assertCan(user, "settings:edit");
  return unsafeLoadCitySettings(db(), ownCityId(user));
}
