import { z } from "zod";
import { numberInput, typedNumber } from "@/lib/schemas/common";

// Settings a city may change (table `settings`, one row per city and key); defaults live here.
export const CITY_SETTINGS = {
  /** Years of one principal's term: two consecutive terms at one school make them due for rotation */
  principal_term_years: numberInput(typedNumber().int("integer").min(1, "min").max(10, "max")).default(3),
  /** A reported value this many times last quarter's (or its inverse) needs an explanation */
  outlier_factor: numberInput(typedNumber().min(1.5, "min").max(20, "max")).default(3),
} as const;

export type CitySettingKey = keyof typeof CITY_SETTINGS;
export type CitySettings = { [Key in CitySettingKey]: z.infer<(typeof CITY_SETTINGS)[Key]> };

export const citySettingsSchema = z.object(CITY_SETTINGS);

/** Stored values with the defaults for anything missing or no longer valid. */
export function citySettingsFrom(stored: Partial<Record<string, unknown>>): CitySettings {
  const settings = {} as Record<CitySettingKey, unknown>;
  for (const key of Object.keys(CITY_SETTINGS) as CitySettingKey[]) {
    const parsed = CITY_SETTINGS[key].safeParse(stored[key]);
    settings[key] = parsed.success ? parsed.data : CITY_SETTINGS[key].parse(undefined);
  }
  return settings as CitySettings;
}
