// Roster files for import tests and the import benchmark, written in the export's columns (which the import reads).
import { ROSTER_EXPORT_COLUMNS, type RosterExportRow } from "@/lib/imports/specs/roster";
import { writeSheet } from "@/lib/excel/sheet-io";

const SUBJECTS = ["CHINESE", "MATH", "ENGLISH", "PE", "MUSIC", "ART", "SCIENCE"] as const;
const DEGREES = ["POSTGRADUATE", "BACHELOR", "ASSOCIATE"] as const;
const TITLES = ["UNRANKED", "SECOND", "FIRST", "SENIOR"] as const;

/** `count` plausible teachers spread over the schools, with staff numbers `<prefix>000001`… */
export function rosterRows(
  count: number,
  schools: readonly { code: string; name: string }[],
  prefix: string,
): RosterExportRow[] {
  return Array.from({ length: count }, (_, index) => {
    const school = schools[index % schools.length]!;
    return {
      schoolCode: school.code,
      schoolName: school.name,
      staffNo: `${prefix}${String(index + 1).padStart(6, "0")}`,
      name: `教师${index + 1}`,
      gender: index % 3 === 0 ? "MALE" : "FEMALE",
      birthDate: new Date(Date.UTC(1970 + (index % 30), index % 12, 1 + (index % 28))),
      highestDegree: DEGREES[index % DEGREES.length]!,
      isFullTime: index % 10 !== 0,
      subject: SUBJECTS[index % SUBJECTS.length]!,
      title: TITLES[index % TITLES.length]!,
      backboneLevel: index % 7 === 0 ? "COUNTY" : "NONE",
      hasTeachingCertificate: true,
      trainingHours5y: (index * 37) % 400,
      hiredOn: new Date(Date.UTC(1992 + (index % 30), 8, 1)),
      status: "ACTIVE",
      leftOn: null,
    };
  });
}

export async function rosterXlsx(rows: readonly RosterExportRow[]): Promise<ArrayBuffer> {
  const buffer = await writeSheet("教师名册", ROSTER_EXPORT_COLUMNS, rows);
  return buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength) as ArrayBuffer;
}

/** The same rows as UTF-8 CSV (cells quoted where needed). */
export function rosterCsv(rows: readonly RosterExportRow[]): ArrayBuffer {
  const quote = (value: string | number | null) => {
    const text = value === null ? "" : String(value);
    return /[",\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
  };
  const lines = [
    ROSTER_EXPORT_COLUMNS.map((column) => column.header).join(","),
    ...rows.map((row) => ROSTER_EXPORT_COLUMNS.map((column) => quote(column.value(row))).join(",")),
  ];
  return new TextEncoder().encode(`\uFEFF${lines.join("\n")}\n`).buffer as ArrayBuffer;
}
