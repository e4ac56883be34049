// School-register files for import tests and the import benchmark, written in the export's columns (which the
// import reads), as the project's own writer writes them.
import { writeSheet } from "@/lib/excel/sheet-io";
import { SCHOOL_EXPORT_COLUMNS, type SchoolExportRow } from "@/lib/imports/specs/schools";

const LEVELS = ["PRIMARY", "JUNIOR", "NINE_YEAR", "KINDERGARTEN"] as const;
const CODES = ["121", "122", "210", "220"] as const;

/** `count` schools spread over the towns, with 学校标识码 `<first>`, `<first> + 1`… */
export function schoolRows(count: number, towns: readonly string[], first: number): SchoolExportRow[] {
  return Array.from({ length: count }, (_, index) => {
    const level = LEVELS[index % LEVELS.length]!;
    const urbanRuralCode = CODES[index % CODES.length]!;
    return {
      town: towns[index % towns.length]!,
      code: String(first + index),
      name: `测试学校${index + 1}`,
      level,
      ownership: index % 5 === 0 ? "PRIVATE" : "PUBLIC",
      urbanRuralCode,
      isTownSeat: urbanRuralCode === "121" && index % 2 === 0,
      isTownCentralKindergarten: level === "KINDERGARTEN" && index % 3 === 0,
      isBoarding: index % 4 === 1,
      county: "",
      isActive: true,
    };
  });
}

export async function schoolXlsx(rows: readonly SchoolExportRow[]): Promise<ArrayBuffer> {
  const buffer = await writeSheet("学校名录", SCHOOL_EXPORT_COLUMNS, rows);
  return buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength) as ArrayBuffer;
}
