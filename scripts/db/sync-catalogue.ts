// Loads the built-in indicator catalogue and standard sets (lib/indicators) into the database.
// Idempotent and versioned: definitions are rewritten only when CATALOGUE_VERSION grows; fixed standard sets
// follow the code; thresholds of configurable sets (Shandong Class Ⅱ) are added when missing and never
// overwritten, because city staff own their values.
import type { ClientBase } from "pg";
import { BUILT_IN_INDICATORS, CATALOGUE_VERSION, cityRollUpOf } from "@/lib/indicators/catalogue";
import { BUILT_IN_STANDARD_SETS, type ThresholdSpec } from "@/lib/indicators/standards-catalogue";

export async function syncBuiltInCatalogue(client: ClientBase): Promise<{ indicatorsWritten: number }> {
  await client.query("BEGIN");
  try {
    let indicatorsWritten = 0;
    for (const [index, spec] of BUILT_IN_INDICATORS.entries()) {
      const result = await client.query(
        `INSERT INTO indicator_definitions
           (key, theme, name_zh, name_en, unit, unit_en, value_type, direction, kind, levels, definition_zh, definition_en,
            formula_zh, formula_en, policy_source, responsible_office, is_cumulative, default_target, default_deadline_year,
            sort_order, catalogue_version, city_roll_up, updated_at)
         VALUES ($1,$2,$3,$4,$5,$6,$7::value_type,$8::indicator_direction,$9::indicator_kind,$10::org_level[],$11,$12,$13,$14,$15,$16,$17,$18,$19,$20,$21,$22::roll_up,now())
         ON CONFLICT (key) DO UPDATE SET
           theme = EXCLUDED.theme, name_zh = EXCLUDED.name_zh, name_en = EXCLUDED.name_en, unit = EXCLUDED.unit,
           unit_en = EXCLUDED.unit_en, value_type = EXCLUDED.value_type, direction = EXCLUDED.direction, kind = EXCLUDED.kind,
           levels = EXCLUDED.levels, definition_zh = EXCLUDED.definition_zh, definition_en = EXCLUDED.definition_en,
           formula_zh = EXCLUDED.formula_zh, formula_en = EXCLUDED.formula_en, policy_source = EXCLUDED.policy_source,
           responsible_office = EXCLUDED.responsible_office, is_cumulative = EXCLUDED.is_cumulative,
           default_target = EXCLUDED.default_target, default_deadline_year = EXCLUDED.default_deadline_year,
           sort_order = EXCLUDED.sort_order, catalogue_version = EXCLUDED.catalogue_version,
           city_roll_up = EXCLUDED.city_roll_up, updated_at = now()
         WHERE indicator_definitions.catalogue_version < EXCLUDED.catalogue_version`,
        [
          spec.key,
          spec.theme,
          spec.nameZh,
          spec.nameEn,
          spec.unit,
          spec.unitEn,
          spec.valueType,
          spec.direction,
          spec.kind,
          spec.levels,
          spec.definitionZh,
          spec.definitionEn,
          spec.formulaZh ?? null,
          spec.formulaEn ?? null,
          spec.policySource,
          spec.responsibleOffice ?? null,
          spec.isCumulative ?? false,
          spec.defaultTarget ?? null,
          spec.defaultDeadlineYear ?? null,
          index,
          CATALOGUE_VERSION,
          cityRollUpOf(spec),
        ],
      );
      indicatorsWritten += result.rowCount ?? 0;
    }

    for (const set of BUILT_IN_STANDARD_SETS) {
      const existing = await client.query<{ id: number }>(
        "SELECT id FROM standard_sets WHERE key = $1 AND city_id IS NULL",
        [set.key],
      );
      let setId = existing.rows[0]?.id;
      const isNewSet = setId === undefined;
      if (setId === undefined) {
        const inserted = await client.query<{ id: number }>(
          `INSERT INTO standard_sets (key, name_zh, name_en, issuer, document_no, is_configurable, overrides_key)
           VALUES ($1,$2,$3,$4,$5,$6,$7) RETURNING id`,
          [set.key, set.nameZh, set.nameEn, set.issuer, set.documentNo, set.isConfigurable, set.overridesKey],
        );
        setId = inserted.rows[0]!.id;
      } else {
        await client.query(
          `UPDATE standard_sets SET name_zh=$2, name_en=$3, issuer=$4, document_no=$5, is_configurable=$6, overrides_key=$7 WHERE id=$1`,
          [setId, set.nameZh, set.nameEn, set.issuer, set.documentNo, set.isConfigurable, set.overridesKey],
        );
      }
      if (set.isConfigurable) {
        for (const threshold of set.thresholds) {
          await insertThresholdIfMissing(client, setId, threshold);
        }
      } else if (isNewSet || indicatorsWritten > 0) {
        // A fixed set follows the code: rewritten with a new catalogue version.
        await client.query("DELETE FROM standard_thresholds WHERE set_id = $1", [setId]);
        for (const threshold of set.thresholds) await insertThreshold(client, setId, threshold);
      }
    }
    await client.query("COMMIT");
    return { indicatorsWritten };
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  }
}

async function insertThresholdIfMissing(
  client: ClientBase,
  setId: number,
  threshold: ThresholdSpec,
): Promise<void> {
  const found = await client.query(
    `SELECT 1 FROM standard_thresholds
     WHERE set_id = $1 AND indicator_key = $2 AND school_level IS NOT DISTINCT FROM $3::school_level`,
    [setId, threshold.indicatorKey, threshold.schoolLevel],
  );
  if (found.rowCount === 0) await insertThreshold(client, setId, threshold);
}

async function insertThreshold(client: ClientBase, setId: number, threshold: ThresholdSpec): Promise<void> {
  await client.query(
    `INSERT INTO standard_thresholds
       (set_id, indicator_key, school_level, comparator, value, unit, effective_from, source, confidence, note, updated_at)
     VALUES ($1,$2,$3::school_level,$4::comparator,$5,$6,$7,$8,$9::threshold_confidence,$10,now())`,
    [
      setId,
      threshold.indicatorKey,
      threshold.schoolLevel,
      threshold.comparator,
      threshold.value,
      threshold.unit,
      threshold.effectiveFrom,
      threshold.source,
      threshold.confidence,
      threshold.note ?? null,
    ],
  );
}
