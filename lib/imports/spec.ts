// An import is a declarative spec: the file's columns (header, the field of the row schema each fills, accepted
// synonyms, drop-down values, a description and an example) and the row schema the form uses too. The pipeline
// reads, validates and places rows from it, and the template and the export are written from it, so the three
// cannot disagree (decision record 0016).
import type { z } from "zod";

export interface Bilingual {
  zh: string;
  en: string;
}

/**
 * A column as a spec declares it, one line each: the field of the row schema it fills, its header in Chinese (the
 * template's, and the name errors give) and English (which reads too), other headers that read as it, the words of
 * a drop-down column, and an example value. Its description is UI text, in the messages.
 */
export interface ImportColumnSpec<Field extends string = string> {
  field: Field;
  header: readonly [zh: string, en: string];
  /** Other headers read as this column (older templates, the form's label) */
  synonyms?: readonly string[];
  /** A drop-down column: each code's word in the file, the list the template offers */
  choices?: Readonly<Record<string, string>>;
  /** Further words read as a code (the codes themselves always read) */
  choiceSynonyms?: Readonly<Record<string, string>>;
  /** The file may leave the column out; a blank cell is the schema's to judge either way */
  optional?: boolean;
  /** A value as a filled-in file has it */
  example: string;
  /** Width in the template and the export (characters) */
  width?: number;
}

/** A column with its texts: what the pipeline, the template and the export use. */
export interface ImportColumn<Field extends string = string> extends Omit<ImportColumnSpec<Field>, "header"> {
  header: Bilingual;
  description: Bilingual;
}

/**
 * The column that places each row in the import's scope. `schools`: 学校标识码 names a school of the scope (a blank
 * code means the school the file is imported into, and is an error in a county's file). `towns`: the town's name
 * or 9-digit code names a town of the scope, whose id fills the schema's field of that name (the school register's
 * `townId`).
 */
export type PlaceColumn =
  (ImportColumn<"schoolCode"> & { places: "schools" }) | (ImportColumn & { places: "towns" });

/**
 * A validated row, placed: `schoolId` is the school its 学校标识码 names; a town-placed row has its town in the
 * schema's own field instead, and no `schoolId`.
 */
export type PlacedRecord<Values> = Values & { row: number; schoolId?: number };

type FieldOf<Schema extends z.ZodObject> = Extract<keyof z.input<Schema>, string>;

export interface ImportSpec<Schema extends z.ZodObject = z.ZodObject> {
  /** The template's name in URLs (/imports/templates/<kind>) */
  kind: string;
  /** The sheet's name, and the file names' word: 教师名册 */
  sheetName: string;
  place: PlaceColumn;
  /** The columns after the place column, in the template's order */
  columns: readonly ImportColumnSpec<FieldOf<Schema>>[];
  /** The row schema, shared with the form: cross-field rules hold for files and forms alike */
  schema: Schema;
  /** Two rows of one key: the later one is an error in the column of `field` */
  unique: { field: FieldOf<Schema>; key: (record: PlacedRecord<z.output<Schema>>) => string };
}

/** A spec with its texts and what the pipeline looks up on every file: each accepted header and drop-down word. */
export interface ImportDefinition<Schema extends z.ZodObject = z.ZodObject> extends Omit<
  ImportSpec<Schema>,
  "columns"
> {
  columns: readonly ImportColumn<FieldOf<Schema>>[];
  /** The place column, then the columns: the template's header row */
  allColumns: readonly ImportColumn[];
  /** Every accepted header, normalized, to its column */
  columnOfHeader: ReadonlyMap<string, ImportColumn>;
  /** For each drop-down column, every accepted word (normalized) to its code */
  codesOf: ReadonlyMap<string, ReadonlyMap<string, string>>;
}

/** The Chinese header of a field's column, which errors name. */
export function headerOf(definition: ImportDefinition, field: string): string {
  const column = definition.allColumns.find((candidate) => candidate.field === field);
  if (!column) throw new Error(`Import spec "${definition.kind}" has no column ${field}`);
  return column.header.zh;
}

/**
 * Headers and drop-down words are compared without case, spaces, or the difference between full-width and ASCII
 * forms (NFKC): "学年 ", "学前在园幼儿数（人）" and "Staff Number" read like the template's headers.
 */
export function normalizeLabel(text: string): string {
  return text.normalize("NFKC").replace(/\s+/g, "").toLowerCase();
}

/** A header's forms that read as it: itself and, for one with a unit such as "图书(册)", the name without it. */
function headerForms(header: string): string[] {
  const normalized = normalizeLabel(header);
  const withoutUnit = normalized.replace(/\([^()]*\)$/, "");
  return withoutUnit && withoutUnit !== normalized ? [normalized, withoutUnit] : [normalized];
}

/** The UI texts of an import's columns, by field: descriptions (imports.<kind>.columns) and the form's labels. */
export interface ColumnTexts {
  descriptions: { zh: Readonly<Record<string, string>>; en: Readonly<Record<string, string>> };
  /** The form's Chinese label of each field, which reads as a header too ("专任教师" for "是否专任教师") */
  formLabels?: Readonly<Record<string, string>>;
}

/**
 * Checks a spec once, when its module loads, and indexes it. Throws on a spec that could not be read unambiguously
 * or would miss a field: two columns sharing a field or an accepted header, a schema field without a column, a
 * column without its description, or two codes sharing a word.
 */
export function defineImport<Schema extends z.ZodObject>(
  spec: ImportSpec<Schema>,
  texts: ColumnTexts,
): ImportDefinition<Schema> {
  const problem = (text: string) => new Error(`Import spec "${spec.kind}": ${text}`);
  const columns = spec.columns.map(({ header: [zh, en], ...column }) => {
    const description = { zh: texts.descriptions.zh[column.field], en: texts.descriptions.en[column.field] };
    if (!description.zh || !description.en) throw problem(`column ${column.field} has no description`);
    const formLabel = texts.formLabels?.[column.field];
    const synonyms = [...(column.synonyms ?? []), ...(formLabel ? [formLabel] : [])];
    return { ...column, header: { zh, en }, description: description as Bilingual, synonyms };
  });
  const allColumns: ImportColumn[] = [spec.place, ...columns];
  const fields = new Set<string>();
  const columnOfHeader = new Map<string, ImportColumn>();
  const codesOf = new Map<string, Map<string, string>>();
  for (const column of allColumns) {
    if (fields.has(column.field)) throw problem(`field ${column.field} has two columns`);
    fields.add(column.field);
    const headers = [column.header.zh, column.header.en, ...(column.synonyms ?? [])].flatMap(headerForms);
    for (const header of new Set(headers)) {
      const other = columnOfHeader.get(header);
      if (other) throw problem(`"${header}" reads as ${other.field} and as ${column.field}`);
      columnOfHeader.set(header, column);
    }
    if (column.choices) codesOf.set(column.field, codeIndex(column, problem));
  }
  const missing = Object.keys(spec.schema.shape).filter((field) => !fields.has(field));
  if (missing.length > 0) throw problem(`schema fields without a column: ${missing.join(", ")}`);
  return { ...spec, columns, allColumns, columnOfHeader, codesOf };
}

function codeIndex(column: ImportColumn, problem: (text: string) => Error): Map<string, string> {
  const codes = new Map<string, string>();
  const add = (word: string, code: string) => {
    const key = normalizeLabel(word);
    const other = codes.get(key);
    if (other !== undefined && other !== code) throw problem(`"${word}" reads as ${other} and as ${code}`);
    codes.set(key, code);
  };
  for (const [code, label] of Object.entries(column.choices ?? {})) {
    add(label, code);
    add(code, code);
  }
  for (const [word, code] of Object.entries(column.choiceSynonyms ?? {})) {
    if (!Object.hasOwn(column.choices ?? {}, code)) throw problem(`"${word}" reads as ${code}, not a choice`);
    add(word, code);
  }
  return codes;
}
