import "server-only";
import ExcelJS from "exceljs";

export type Cell = string | number | null;

export interface SheetSpec {
  sheetName: string;
  /** First row, merged across the columns */
  title: string;
  /** Lines under the title (deadline, reference date) */
  subtitles?: string[];
  /** Headers carry their unit, e.g. "达标项数（项）" */
  columns: { header: string; width: number }[];
  rows: Cell[][];
  creator: string;
  /** Workbook dates: the reference date, so the same inputs give the same contents */
  created: Date;
}

/** One sheet as an .xlsx file: title rows, a bold frozen header row, then the data with an autofilter. */
export async function buildWorkbook(spec: SheetSpec): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = spec.creator;
  workbook.lastModifiedBy = spec.creator;
  workbook.created = spec.created;
  workbook.modified = spec.created;
  const sheet = workbook.addWorksheet(spec.sheetName);
  const columnCount = spec.columns.length;
  const titleRow = sheet.addRow([spec.title]);
  titleRow.font = { bold: true, size: 14 };
  sheet.mergeCells(1, 1, 1, columnCount);
  for (const subtitle of spec.subtitles ?? []) {
    const row = sheet.addRow([subtitle]);
    sheet.mergeCells(row.number, 1, row.number, columnCount);
  }
  const header = sheet.addRow(spec.columns.map((column) => column.header));
  header.font = { bold: true };
  header.alignment = { wrapText: true, vertical: "middle", horizontal: "center" };
  header.eachCell((cell) => {
    cell.border = { bottom: { style: "thin" } };
  });
  spec.columns.forEach((column, index) => {
    sheet.getColumn(index + 1).width = column.width;
  });
  for (const row of spec.rows) sheet.addRow(row);
  sheet.views = [{ state: "frozen", ySplit: header.number }];
  sheet.autoFilter = {
    from: { row: header.number, column: 1 },
    to: { row: header.number + spec.rows.length, column: columnCount },
  };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
