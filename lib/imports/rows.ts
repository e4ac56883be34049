// From a file's cells to placed records: which column of the file is which column of the spec, then each row's
// drop-down words to codes, the row schema, the school its code names, and repeats within the file.
import type { z } from "zod";
import type { GridRow } from "@/lib/excel/sheet-io";
import { type ImportRowError, rowErrorsOf } from "./result";
import { type ImportDefinition, normalizeLabel, type PlacedRecord } from "./spec";
import { lookUpTown, type TownIndex } from "./towns";

/** The schools (or towns) an import may write to: checked against the user's scope, inside its transaction. */
export interface ImportScope {
  kind: "school" | "county" | "city";
  /** Active schools of the scope by 学校标识码 (one for a school) */
  schools: ReadonlyMap<string, { id: number }>;
  /** The scope's towns, which a town-placed import's rows name */
  towns?: TownIndex;
}

/** Where a row goes: the school its 学校标识码 names, or the town its town cell names. */
type Placement = { schoolId: number } | { townId: number };

export type RowResult<Values> =
  { record: PlacedRecord<Values>; errors?: undefined } | { errors: ImportRowError[] };

interface BoundColumn {
  field: string;
  /** The Chinese header, which errors name */
  header: string;
  /** Index of the file's column, -1 when the file leaves an optional column out */
  index: number;
  /** Accepted words → codes of a drop-down column */
  codes: ReadonlyMap<string, string> | undefined;
  /** The words the template offers, for the message of an unknown one */
  choices: string;
}

/**
 * Matches the file's header row against the spec: each accepted header (or synonym) binds its column; a required
 * column missing, or one column given twice, is an error of the file. Headers the spec does not know are ignored
 * (an export's 学校名称, a note column). A school's own file may leave out the place column.
 */
export function bindColumns(
  definition: ImportDefinition,
  headers: readonly string[],
  scope: ImportScope,
): { columns: BoundColumn[]; errors: ImportRowError[] } {
  const indexOf = new Map<string, number>();
  const errors: ImportRowError[] = [];
  headers.forEach((text, index) => {
    if (text === "") return;
    const column = definition.columnOfHeader.get(normalizeLabel(text));
    if (!column) return;
    if (indexOf.has(column.field)) errors.push({ row: 1, column: column.header.zh, key: "duplicateColumn" });
    else indexOf.set(column.field, index);
  });
  const columns = definition.allColumns.map((column): BoundColumn => {
    const index = indexOf.get(column.field) ?? -1;
    const isOptional = column.optional || (column === definition.place && scope.kind === "school");
    if (index < 0 && !isOptional) errors.push({ row: 1, column: column.header.zh, key: "missingColumn" });
    return {
      field: column.field,
      header: column.header.zh,
      index,
      codes: definition.codesOf.get(column.field),
      choices: Object.values(column.choices ?? {}).join("、"),
    };
  });
  return { columns, errors };
}

/**
 * Validates rows one at a time: the school code against the scope, each drop-down word, then the row with the
 * form's schema; remembers each row's key, so that a key repeated within the file is an error of the later row.
 * `rowOfKey` is what the writer needs to name rows it could not write.
 */
export function rowValidator<Schema extends z.ZodObject>(
  definition: ImportDefinition<Schema>,
  bound: readonly BoundColumn[],
  scope: ImportScope,
): { validate: (row: GridRow) => RowResult<z.output<Schema>>; rowOfKey: ReadonlyMap<string, number> } {
  const [place, ...columns] = bound as [BoundColumn, ...BoundColumn[]];
  const headerOf = new Map(bound.map((column) => [column.field, column.header]));
  const uniqueHeader = headerOf.get(definition.unique.field)!;
  const [ownSchool] = scope.kind === "school" ? scope.schools.values() : [];
  const rowOfKey = new Map<string, number>();

  const placeOf = (row: number, code: string): Placement | ImportRowError => {
    if (definition.place.places === "towns") return placeInTown(row, code);
    const school = code === "" ? ownSchool : scope.schools.get(code);
    if (school) return { schoolId: school.id };
    return code === ""
      ? { row, column: place.header, key: "required" }
      : { row, column: place.header, key: "schoolOutsideImport", params: { code } };
  };

  // A town-placed row's town fills the schema's field (the school's townId), which the schema then checks.
  const placeInTown = (row: number, text: string): Placement | ImportRowError => {
    if (text === "") return { row, column: place.header, key: "required" };
    const found = lookUpTown(scope.towns ?? { byCode: new Map(), byName: new Map() }, text);
    if ("town" in found) return { townId: found.town.id };
    return found.problem === "townAmbiguous"
      ? { row, column: place.header, key: found.problem, params: { town: text, codes: found.codes } }
      : { row, column: place.header, key: found.problem, params: { town: text } };
  };

  const validate = ({ rowNumber, values }: GridRow): RowResult<z.output<Schema>> => {
    const errors: ImportRowError[] = [];
    const placed = placeOf(rowNumber, (place.index < 0 ? undefined : values[place.index]) ?? "");
    if ("key" in placed) errors.push(placed);
    const raw: Record<string, unknown> = "townId" in placed ? { [place.field]: placed.townId } : {};
    for (const column of columns) {
      const text = (column.index < 0 ? undefined : values[column.index]) ?? "";
      if (!column.codes || text === "") {
        raw[column.field] = text;
        continue;
      }
      const code = column.codes.get(text) ?? column.codes.get(normalizeLabel(text));
      if (code === undefined) {
        errors.push({
          row: rowNumber,
          column: column.header,
          key: "unknownChoice",
          params: { value: text, choices: column.choices },
        });
        continue;
      }
      raw[column.field] = code;
    }
    const parsed = definition.schema.safeParse(raw);
    if (!parsed.success) {
      // A cell already reported as an unknown word is not reported again as missing.
      const reported = new Set(errors.map((error) => error.column));
      for (const error of rowErrorsOf(rowNumber, parsed.error, (field) => headerOf.get(field)))
        if (!reported.has(error.column)) errors.push(error);
    }
    if (errors.length > 0 || !parsed.success || "key" in placed) return { errors };
    // Extends zod's fresh output object rather than copying it: this runs once per row of files of 10,000 rows.
    const record = Object.assign(parsed.data, { row: rowNumber }, "schoolId" in placed ? placed : {});
    const key = definition.unique.key(record);
    const firstRow = rowOfKey.get(key);
    if (firstRow !== undefined)
      return {
        errors: [{ row: rowNumber, column: uniqueHeader, key: "duplicateInFile", params: { row: firstRow } }],
      };
    rowOfKey.set(key, rowNumber);
    return { record };
  };
  return { validate, rowOfKey };
}
