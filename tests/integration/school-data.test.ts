import { beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/data/auth/session-user";
import { importTeacherRoster } from "@/lib/data/teachers/import-teacher-roster";
import { db } from "@/lib/db";
import { rosterCsv, rosterRows, rosterXlsx } from "../factories/roster-file";
import { sessionUserFor } from "./support/session";

let officer: SessionUser;
let countyId: number;
let schools: { id: number; code: string; name: string }[];

beforeAll(async () => {
  officer = await sessionUserFor("jinan.shanghe");
  countyId = officer.countyId!;
  schools = await db().school.findMany({
    where: { countyId, isActive: true },
    orderBy: { id: "asc" },
    take: 3,
    select: { id: true, code: true, name: true },
  });
});

const teachersWithPrefix = (prefix: string) =>
  db().teacher.count({ where: { staffNo: { startsWith: prefix } } });
const importAudits = () => db().auditLog.count({ where: { entity: "teacher_roster", action: "import" } });

describe("roster import", () => {
  it("writes nothing when one row is malformed and reports its row and column", async () => {
    const rows = rosterRows(30, schools, "BAD");
    rows[11] = { ...rows[11]!, trainingHours5y: -5 };
    const auditsBefore = await importAudits();
    const outcome = await importTeacherRoster(
      officer,
      { kind: "county", id: countyId },
      { name: "roster.xlsx", format: "xlsx", data: await rosterXlsx(rows) },
    );
    // Row 13 of the sheet: the header is row 1, the twelfth teacher row 13.
    expect(outcome).toEqual({
      status: "invalid",
      errors: [{ row: 13, column: "五年培训学时", key: "nonNegative", params: { min: 0 } }],
    });
    expect(await teachersWithPrefix("BAD")).toBe(0);
    expect(await importAudits()).toBe(auditsBefore);
  });

  it("imports a CSV file, and importing the same file again updates instead of duplicating", async () => {
    const file = {
      name: "roster.csv",
      format: "csv" as const,
      data: rosterCsv(rosterRows(40, schools, "CSV")),
    };
    const first = await importTeacherRoster(officer, { kind: "county", id: countyId }, file);
    expect(first).toEqual({ status: "imported", summary: { rows: 40, inserted: 40, updated: 0 } });
    const second = await importTeacherRoster(officer, { kind: "county", id: countyId }, file);
    expect(second).toEqual({ status: "imported", summary: { rows: 40, inserted: 0, updated: 40 } });
    expect(await teachersWithPrefix("CSV")).toBe(40);
    const teacher = await db().teacher.findUniqueOrThrow({
      where: { staffNo: "CSV000002" },
      select: { schoolId: true, gender: true, highestDegree: true, birthDate: true, hiredOn: true },
    });
    expect(teacher).toEqual({
      schoolId: schools[1]!.id,
      gender: "FEMALE",
      highestDegree: "BACHELOR",
      birthDate: new Date("1971-02-02T00:00:00Z"),
      hiredOn: new Date("1993-09-01T00:00:00Z"),
    });
  });

  it("refuses a staff number held by a teacher of another county, writing nothing", async () => {
    const elsewhere = await db().teacher.findFirstOrThrow({
      where: { school: { countyId: { not: countyId } } },
      select: { staffNo: true, schoolId: true },
    });
    const rows = rosterRows(5, schools, "MOV");
    rows[2] = { ...rows[2]!, staffNo: elsewhere.staffNo };
    const outcome = await importTeacherRoster(
      officer,
      { kind: "county", id: countyId },
      { name: "roster.xlsx", format: "xlsx", data: await rosterXlsx(rows) },
    );
    expect(outcome).toEqual({
      status: "invalid",
      errors: [
        { row: 4, column: "教职工编号", key: "staffNoElsewhere", params: { staffNo: elsewhere.staffNo } },
      ],
    });
    expect(await teachersWithPrefix("MOV")).toBe(0);
    const after = await db().teacher.findUniqueOrThrow({ where: { staffNo: elsewhere.staffNo } });
    expect(after.schoolId).toBe(elsewhere.schoolId);
  });
});
