import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type { WriteCounts } from "@/lib/imports/pipeline";
import { isoDay } from "@/lib/utils/periods";

/**
 * A table an import writes, as fixed SQL taken from code (never from input): each field of a record and the
 * PostgreSQL type it is cast to, in the statement's order; the fields of the unique key a record is matched on; and
 * the columns every written row is stamped with (the acting user). Column names are the fields in snake case, as the
 * schema maps them.
 */
export interface UpsertTable {
  table: string;
  key: readonly string[];
  fields: Readonly<Record<string, string>>;
  stamps?: Readonly<Record<string, string>>;
  /**
   * The field an existing row must hold one of the scope's ids in to be updated (the school's, by default); with
   * `fixed`, an update may not change it either (a school stays in its county).
   */
  scope?: { field: string; fixed?: boolean };
  /**
   * Leaves a row whose values are all the same alone and counts it as unchanged (its updated_at stays), so that an
   * import can report what it really changed.
   */
  countUnchanged?: boolean;
  /**
   * The table keeps a version (decision 0023): a row the import rewrites moves on to the next one, so that an editor
   * opened before the import refuses to write over it.
   */
  isVersioned?: boolean;
}

const columnOf = (field: string) => field.replace(/[A-Z0-9]+/g, (part) => `_${part.toLowerCase()}`);

/**
 * One INSERT … ON CONFLICT … DO UPDATE statement per chunk of records (decision record 0008): the records go as one
 * JSON array of arrays, in the order of `fields` (PostgreSQL reads them several times faster than objects through
 * json_to_recordset, and the text sent is about half as long). An existing row of a school outside `schoolIds` is
 * left alone and not counted as written: a key held elsewhere is reported, never moved. With `countUnchanged`, a
 * row stored with the same values is left alone too and counted apart.
 */
export function upsertRows(table: UpsertTable) {
  const fields = Object.keys(table.fields);
  const columns = fields.map(columnOf);
  const keyColumns = new Set(table.key.map(columnOf));
  const stamps = Object.entries(table.stamps ?? {}).map(([column, type]) => ({ column, type }));
  const insertColumns = Prisma.raw(
    [...columns, ...stamps.map((stamp) => stamp.column), "updated_at"].join(", "),
  );
  const casts = Prisma.raw(
    Object.values(table.fields)
      .map((type, index) => `(r->>${index})::${type}`)
      .join(", "),
  );
  const updates = Prisma.raw(
    [...columns.filter((column) => !keyColumns.has(column)), ...stamps.map((stamp) => stamp.column)]
      .map((column) => `${column} = EXCLUDED.${column}`)
      .join(", "),
  );
  const scopeColumn = columnOf(table.scope?.field ?? "schoolId");
  const valueColumns = columns.filter((column) => !keyColumns.has(column));
  const stored = (alias: string) => valueColumns.map((column) => `${alias}.${column}`).join(", ");
  // What an update must satisfy besides the scope: fixed SQL from this table's definition.
  const conditions = [
    ...(table.scope?.fixed ? [`${table.table}.${scopeColumn} = EXCLUDED.${scopeColumn}`] : []),
    ...(table.countUnchanged ? [`(${stored(table.table)}) IS DISTINCT FROM (${stored("EXCLUDED")})`] : []),
  ].map((condition) => ` AND ${condition}`);
  const fixed = {
    table: Prisma.raw(table.table),
    key: Prisma.raw([...keyColumns].join(", ")),
    scopeColumn: Prisma.raw(`${table.table}.${scopeColumn}`),
    conditions: Prisma.raw(conditions.join("")),
    version: Prisma.raw(table.isVersioned ? `, version = ${table.table}.version + 1` : ""),
  };

  return async (
    tx: Prisma.TransactionClient,
    records: readonly Record<string, unknown>[],
    options: { scopeIds: readonly number[]; stamps?: readonly number[] },
  ): Promise<WriteCounts> => {
    const json = JSON.stringify(records.map((record) => fields.map((field) => jsonValue(record[field]))));
    const selected = Prisma.join([
      casts,
      ...stamps.map((stamp, index) => Prisma.sql`${options.stamps?.[index]}::${Prisma.raw(stamp.type)}`),
      Prisma.raw("now()"),
    ]);
    // The final SELECT sees the table as it was before this statement's insert (one snapshot for the whole
    // statement): the rows already stored with the same values are the unchanged ones.
    const unchanged = table.countUnchanged
      ? Prisma.sql`(SELECT count(*)::int FROM (SELECT ${casts}
          FROM json_array_elements(${json}::json) AS r) AS incoming (${Prisma.raw(columns.join(", "))})
          JOIN ${fixed.table} USING (${fixed.key})
          WHERE ${fixed.scopeColumn} = ANY(${options.scopeIds}::int[])
            AND (${Prisma.raw(stored(table.table))}) IS NOT DISTINCT FROM (${Prisma.raw(stored("incoming"))}))`
      : Prisma.sql`NULL::int`;
    const [counts] = await tx.$queryRaw<(WriteCounts & { unchanged: number | null })[]>`
      WITH upserted AS (
        INSERT INTO ${fixed.table} (${insertColumns})
        SELECT ${selected}
        FROM json_array_elements(${json}::json) AS r
        ON CONFLICT (${fixed.key}) DO UPDATE SET ${updates}, updated_at = now()${fixed.version}
        WHERE ${fixed.scopeColumn} = ANY(${options.scopeIds}::int[])${fixed.conditions}
        RETURNING (xmax = 0) AS is_new
      )
      SELECT count(*)::int AS written, count(*) FILTER (WHERE is_new)::int AS inserted, ${unchanged} AS unchanged
      FROM upserted`;
    if (!counts) return { written: 0, inserted: 0 };
    const { unchanged: same, ...written } = counts;
    return same === null ? written : { ...written, unchanged: same };
  };
}

function jsonValue(value: unknown) {
  if (value instanceof Date) return isoDay(value);
  return value ?? null;
}
