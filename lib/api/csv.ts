// CSV answers of list routes (RFC 4180): a header row, CRLF line ends, fields quoted where needed, and a BOM so
// that Excel opens Chinese text as UTF-8.
export interface CsvTable {
  columns: string[];
  rows: (string | number | boolean | null | undefined)[][];
}

function field(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return "";
  const text = String(value);
  // A leading = + - @ would make a spreadsheet evaluate the cell: prefixed with an apostrophe.
  const safe = /^[=+\-@\t\r]/.test(text) && !/^-?\d+(\.\d+)?$/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

export function toCsv(table: CsvTable): string {
  const lines = [table.columns, ...table.rows].map((row) => row.map(field).join(","));
  return "\uFEFF" + lines.join("\r\n") + "\r\n";
}
