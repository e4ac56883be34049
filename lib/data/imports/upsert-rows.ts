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
}

const columnOf = (field: string) => field.replace(/[A-Z0-9]+/g, (part) => `_${part.toLowerCase()}`);

/**
 * One INSERT … ON CONFLICT … DO UPDATE statement per chunk of records (decision record 0008): the records go as one
 * JSON array of arrays, in the order of `fields` (PostgreSQL reads them several times faster than objects through
 * json_to_recordset, and the text sent is about half as long). An existing row of a school outside `schoolIds` is
 * left alone and not counted as written: a key held elsewhere is reported, never moved.
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
  const fixed = {
    table: Prisma.raw(table.table),
    key: Prisma.raw([...keyColumns].join(", ")),
  };

  return async (
    tx: Prisma.TransactionClient,
    records: readonly Record<string, unknown>[],
    options: { schoolIds: readonly number[]; stamps?: readonly number[] },
  ): Promise<WriteCounts> => {
    const json = JSON.stringify(records.map((record) => fields.map((field) => jsonValue(record[field]))));
    const selected = Prisma.join([
      casts,
      ...stamps.map((stamp, index) => Prisma.sql`${options.stamps?.[index]}::${Prisma.raw(stamp.type)}`),
      Prisma.raw("now()"),
    ]);
    const [counts] = await tx.$queryRaw<WriteCounts[]>`
      WITH upserted AS (
        INSERT INTO ${fixed.table} (${insertColumns})
        SELECT ${selected}
        FROM json_array_elements(${json}::json) AS r
        ON CONFLICT (${fixed.key}) DO UPDATE SET ${updates}, updated_at = now()
        WHERE ${fixed.table}.school_id = ANY(${options.schoolIds}::int[])
        RETURNING (xmax = 0) AS is_new
      )
      SELECT count(*)::int AS written, count(*) FILTER (WHERE is_new)::int AS inserted FROM upserted`;
    return counts ?? { written: 0, inserted: 0 };
  };
}

function jsonValue(value: unknown) {
  if (value instanceof Date) return isoDay(value);
  return value ?? null;
}
