import "server-only";
import ExcelJS from "exceljs";

/** A column of an import template: its header, width, and the words of its drop-down list, if it has one. */
export interface TemplateColumn {
  header: string;
  width?: number;
  choices?: readonly string[];
}

/** An import template as the import spec describes it; the texts are the caller's (Chinese, the file format). */
export interface TemplateBook {
  sheetName: string;
  columns: readonly TemplateColumn[];
  instructions: {
    sheetName: string;
    title: string;
    rules: string;
    /** The table of columns: its header row and one row per column */
    table: { headers: readonly string[]; rows: readonly (readonly string[])[] };
    exampleCaption: string;
    /** One filled-in row, in the columns' order */
    example: readonly string[];
  };
}

/** Rows of the data sheet that offer the drop-down lists: more than a city's schools or a county's teachers. */
export const TEMPLATE_ROWS = 20_000;

// The sheet holding each drop-down's words, one column per list: a list in a formula is limited to 255 characters,
// a range is not. Hidden, so that nobody edits it by accident.
const LISTS_SHEET = "选项";

const columnLetter = (index: number): string =>
  (index >= 26 ? columnLetter(Math.floor(index / 26) - 1) : "") + String.fromCharCode(65 + (index % 26));

// exceljs keeps a sheet's validations by range in `dataValidations` (one entry per range, not per cell: 20,000 rows
// stay one element of the file), which its type declarations leave out; cell.dataValidation would be one per cell.
const validationsOf = (sheet: ExcelJS.Worksheet) =>
  (sheet as unknown as { dataValidations: { add(range: string, rule: ExcelJS.DataValidation): void } })
    .dataValidations;

/**
 * An import template: first the sheet to fill (the import reads the first sheet) with its header row and a
 * drop-down list (Excel data validation) on every coded column, then the instructions with the table of columns
 * and one example row, then the hidden sheet of the lists.
 */
export async function writeTemplateBook(book: TemplateBook): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const data = workbook.addWorksheet(book.sheetName, { views: [{ state: "frozen", ySplit: 1 }] });
  data.columns = book.columns.map((column) => ({ header: column.header, width: column.width ?? 14 }));
  data.getRow(1).font = { bold: true };

  const notes = workbook.addWorksheet(book.instructions.sheetName);
  const { title, rules, table, exampleCaption, example } = book.instructions;
  notes.columns = [{ width: 22 }, { width: 10 }, { width: 60 }, { width: 40 }, { width: 24 }];
  notes.addRow([title]).font = { bold: true, size: 14 };
  notes.addRow([rules]);
  notes.addRow([]);
  notes.addRow([...table.headers]).font = { bold: true };
  for (const row of table.rows) notes.addRow([...row]);
  notes.addRow([]);
  notes.addRow([exampleCaption]).font = { bold: true };
  notes.addRow(book.columns.map((column) => column.header)).font = { bold: true };
  notes.addRow([...example]);
  notes.getColumn(3).alignment = { wrapText: true, vertical: "top" };

  const lists = workbook.addWorksheet(LISTS_SHEET, { state: "hidden" });
  let listIndex = 0;
  book.columns.forEach((column, index) => {
    if (!column.choices || column.choices.length === 0) return;
    const list = columnLetter(listIndex++);
    column.choices.forEach((word, row) => (lists.getCell(`${list}${row + 1}`).value = word));
    const target = columnLetter(index);
    validationsOf(data).add(`${target}2:${target}${TEMPLATE_ROWS + 1}`, {
      type: "list",
      allowBlank: true,
      formulae: [`'${LISTS_SHEET}'!$${list}$1:$${list}$${column.choices.length}`],
      showErrorMessage: true,
      errorStyle: "warning",
      errorTitle: column.header,
      error: column.choices.slice(0, 20).join("、"),
    });
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
