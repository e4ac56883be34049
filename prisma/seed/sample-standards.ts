import type { ClientBase } from "pg";
import { STANDARD_SET_KEYS } from "@/lib/indicators/standards-catalogue";

/**
 * Demo data only: sample values of the Shandong Class Ⅱ standard (its official values are not public, decision 0007),
 * so that the demo's Class Ⅱ figures are not blank. They are invented, round values of a plausible size — NOT the
 * official standard — and the set is flagged `is_sample`, which every page, card and briefing that uses it shows as
 * 示例（非官方）. Only the demo loader calls this; the set-up of a real city never does.
 */
export const SAMPLE_CLASS_TWO_CITY_CODE = "371600";

/** Per pupil, by level: [PRIMARY, JUNIOR, NINE_YEAR] */
export const SAMPLE_CLASS_TWO_VALUES: Record<string, [number, number, number]> = {
  c2_building_area_per_pupil: [7, 9, 8],
  c2_site_area_per_pupil: [20, 25, 23],
  c2_sports_area_per_pupil: [5, 7, 6],
  c2_books_per_pupil: [30, 40, 35],
  c2_equipment_value_per_pupil: [1500, 2000, 1800],
};
const LEVEL_INDEX: Record<string, number> = { PRIMARY: 0, JUNIOR: 1, NINE_YEAR: 2 };
export const SAMPLE_NOTE = "示例（非官方）：演示用数值，并非省定标准，请按正式文件录入";

/** Gives the city its own copy of the Class Ⅱ set with the sample values, marked as a sample. */
export async function loadSampleClassTwoStandard(client: ClientBase, cityId: number): Promise<void> {
  const copy = await client.query<{ id: number }>(
    `INSERT INTO standard_sets (key, city_id, name_zh, name_en, issuer, document_no, is_configurable, overrides_key, is_sample)
     SELECT key, $2, name_zh, name_en, issuer, document_no, true, overrides_key, true
     FROM standard_sets WHERE key = $1 AND city_id IS NULL
     RETURNING id`,
    [STANDARD_SET_KEYS.shandongClass2, cityId],
  );
  const setId = copy.rows[0]?.id;
  if (setId === undefined) throw new Error("The built-in catalogue must be loaded before the demo data.");
  const shared = await client.query<{
    indicator_key: string;
    school_level: string | null;
    comparator: string;
    unit: string;
    effective_from: string;
    source: string;
  }>(
    `SELECT t.indicator_key, t.school_level, t.comparator, t.unit, t.effective_from::text, t.source
     FROM standard_thresholds t JOIN standard_sets s ON s.id = t.set_id
     WHERE s.key = $1 AND s.city_id IS NULL ORDER BY t.id`,
    [STANDARD_SET_KEYS.shandongClass2],
  );
  for (const row of shared.rows) {
    const values = SAMPLE_CLASS_TWO_VALUES[row.indicator_key];
    const index = row.school_level === null ? undefined : LEVEL_INDEX[row.school_level];
    await client.query(
      `INSERT INTO standard_thresholds
         (set_id, indicator_key, school_level, comparator, value, unit, effective_from, source, confidence, note, updated_at)
       VALUES ($1, $2, $3::school_level, $4::comparator, $5, $6, $7::date, $8, 'UNCONFIRMED', $9, now())`,
      [
        setId,
        row.indicator_key,
        row.school_level,
        row.comparator,
        values && index !== undefined ? values[index] : null,
        row.unit,
        row.effective_from,
        row.source,
        SAMPLE_NOTE,
      ],
    );
  }
}
