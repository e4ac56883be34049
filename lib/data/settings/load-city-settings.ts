import "server-only";
import type { DbClient } from "@/lib/db";
import { citySettingsFrom, type CitySettings } from "@/lib/settings/city-settings";

/** The city's settings with code defaults for unset keys. Unscoped: a user's own city id is passed. */
export async function unsafeLoadCitySettings(client: DbClient, cityId: number): Promise<CitySettings> {
  const rows = await client.setting.findMany({ where: { cityId }, select: { key: true, value: true } });
  return citySettingsFrom(Object.fromEntries(rows.map((row) => [row.key, row.value])));
}
