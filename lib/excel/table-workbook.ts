import "server-only";
import ExcelJS from "exceljs";

/** A one-sheet workbook: a title row, then a header row and data rows. */
export async function buildTableWorkbook(
  sheetName: string,
  title: string,
  rows: string[][],
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetName);
  sheet.addRow([title]).font = { bold: true, size: 13 };
  rows.forEach((row, index) => {
    const added = sheet.addRow(row);
    if (index === 0) added.font = { bold: true };
  });
  sheet.columns.forEach((column) => {
    column.width = 24;
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
