// Town-assignment files (乡镇归属) for import tests, in the template's columns, as the project's own writer writes them.
import { writeSheet } from "@/lib/excel/sheet-io";

export interface TownAssignmentRow {
  town: string;
  county: string;
  effectiveOn?: string;
}

export async function townAssignmentXlsx(rows: readonly TownAssignmentRow[]): Promise<ArrayBuffer> {
  const buffer = await writeSheet(
    "乡镇归属",
    [
      { header: "乡镇(街道)", value: (row: TownAssignmentRow) => row.town },
      { header: "所属县(市、区)或功能区", value: (row: TownAssignmentRow) => row.county },
      { header: "划转日期", value: (row: TownAssignmentRow) => row.effectiveOn ?? "" },
    ],
    rows,
  );
  return buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength) as ArrayBuffer;
}
