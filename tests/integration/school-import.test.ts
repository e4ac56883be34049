// The school register's import (issue 15, Bulk entry; decision 0022): all or nothing, matched on 学校标识码 so that a
// second import updates, towns within the importer's scope, one audit record and a new data version per import,
// and workbooks as LibreOffice and Gnumeric write them.
import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { importSchools } from "@/lib/data/schools/import-schools";
import { listSchoolExport } from "@/lib/data/schools/list-school-export";
import { db } from "@/lib/db";
import { writeSheet } from "@/lib/excel/sheet-io";
import { SCHOOL_EXPORT_COLUMNS } from "@/lib/imports/specs/schools";
import { schoolListQuerySchema } from "@/lib/schemas/schools";
import { schoolRows, schoolXlsx } from "../support/school-file";
import { sessionUserFor, type CitySessionUser } from "../support/session-user";

let officer: CitySessionUser;
let staff: CitySessionUser;
let cityId: number;

const xlsx = (data: ArrayBuffer, name = "schools.xlsx") => ({ name, format: "xlsx" as const, data });
const schoolsFrom = (first: number, count: number) =>
  db().school.findMany({
    where: { code: { gte: String(first), lt: String(first + count) } },
    orderBy: { code: "asc" },
    select: {
      code: true,
      name: true,
      town: { select: { name: true } },
      county: { select: { name: true } },
      cityId: true,
      level: true,
      ownership: true,
      urbanRuralCode: true,
      locationClass: true,
      isTownSeat: true,
      isTownCentralKindergarten: true,
      isBoarding: true,
      isActive: true,
      updatedAt: true,
    },
  });
/** The fields of the register an import fills besides the code, the name and the town, in the template's order. */
const REGISTER_FLAGS = [
  "level",
  "ownership",
  "urbanRuralCode",
  "locationClass",
  "isTownSeat",
  "isTownCentralKindergarten",
  "isBoarding",
] as const;
const cellsOf = <Row extends object>(row: Row, fields: readonly (keyof Row)[]) =>
  fields.map((field) => row[field]);
const importAudits = () => db().auditLog.findMany({ where: { entity: "school", action: "import" } });
const dataVersion = async () => (await db().dataVersion.findUnique({ where: { cityId } }))?.version ?? 0n;

beforeAll(async () => {
  officer = await sessionUserFor("jinan.shanghe");
  staff = await sessionUserFor("jinan.staff");
  cityId = staff.cityId;
});

describe("school import", () => {
  it("adds a city's schools in two counties, then a second import updates instead of duplicating", async () => {
    const rows = schoolRows(40, ["许商街道", "370126107", "解放路街道", "370102002"], 3701268000);
    const auditsBefore = (await importAudits()).length;
    const versionBefore = await dataVersion();
    const first = await importSchools(staff, xlsx(await schoolXlsx(rows)));
    expect(first).toEqual({
      status: "imported",
      summary: { rows: 40, inserted: 40, updated: 0, unchanged: 0 },
    });
    const stored = await schoolsFrom(3701268000, 40);
    expect(stored.map((school) => [school.code, school.town.name, school.county.name])).toEqual(
      rows.map((row, index) => [
        row.code,
        ["许商街道", "玉皇庙镇", "解放路街道", "千佛山街道"][index % 4],
        index % 4 < 2 ? "商河县" : "历下区",
      ]),
    );
    // Every field lands in its column, and the location class follows the code (decision 0019).
    expect(
      stored.map((school) => Object.fromEntries(REGISTER_FLAGS.map((field) => [field, school[field]]))),
    ).toEqual(
      rows.map((row) => ({
        level: row.level,
        ownership: row.ownership,
        urbanRuralCode: row.urbanRuralCode,
        // Hand-written: 121 and 122 are 镇区, 210 and 220 乡村.
        locationClass: row.urbanRuralCode!.startsWith("12") ? "TOWN_AREA" : "VILLAGE",
        isTownSeat: row.isTownSeat,
        isTownCentralKindergarten: row.isTownCentralKindergarten,
        isBoarding: row.isBoarding,
      })),
    );
    expect(stored.every((school) => school.cityId === cityId && school.isActive)).toBe(true);
    const audits = await importAudits();
    expect(audits).toHaveLength(auditsBefore + 1);
    expect(audits.at(-1)).toMatchObject({
      entityId: `city:${cityId}`,
      after: { fileName: "schools.xlsx", rows: 40, inserted: 40, updated: 0, unchanged: 0 },
    });
    expect(await dataVersion()).toBeGreaterThan(versionBefore);

    // The same file again changes nothing; a file with two rows changed updates those two only.
    const again = await importSchools(staff, xlsx(await schoolXlsx(rows)));
    expect(again).toEqual({
      status: "imported",
      summary: { rows: 40, inserted: 0, updated: 0, unchanged: 40 },
    });
    const changed = rows.map((row, index) =>
      index === 3
        ? { ...row, name: "改名学校" }
        : index === 7
          ? { ...row, urbanRuralCode: "111" as const }
          : row,
    );
    const updated = await importSchools(staff, xlsx(await schoolXlsx(changed)));
    expect(updated).toEqual({
      status: "imported",
      summary: { rows: 40, inserted: 0, updated: 2, unchanged: 38 },
    });
    const after = await schoolsFrom(3701268000, 40);
    expect(after).toHaveLength(40);
    expect(after[3]!.name).toBe("改名学校");
    expect(after[7]).toMatchObject({ urbanRuralCode: "111", locationClass: "URBAN" });
    // An unchanged school keeps its updated_at.
    expect(after[0]!.updatedAt).toEqual(stored[0]!.updatedAt);
  });

  it("writes nothing when one row of many is invalid, and names its row and column", async () => {
    const rows = schoolRows(30, ["许商街道", "殷巷镇"], 3701268100);
    rows[17] = { ...rows[17]!, urbanRuralCode: null };
    const auditsBefore = (await importAudits()).length;
    const outcome = await importSchools(officer, xlsx(await schoolXlsx(rows)));
    expect(outcome).toEqual({
      status: "invalid",
      errors: [{ row: 19, column: "城乡分类代码", key: "urbanRuralCode", params: {} }],
    });
    expect(await schoolsFrom(3701268100, 30)).toEqual([]);
    expect(await importAudits()).toHaveLength(auditsBefore);
  });

  it("refuses a county officer's rows naming another county's town, or a code held by another county's school", async () => {
    const lixiaSchool = await db().school.findFirstOrThrow({
      where: { county: { name: "历下区" } },
      select: { code: true, name: true },
    });
    const rows = schoolRows(4, ["许商街道"], 3701268200);
    rows[1] = { ...rows[1]!, town: "解放路街道" };
    rows[2] = { ...rows[2]!, town: "370102001" };
    const outcome = await importSchools(officer, xlsx(await schoolXlsx(rows)));
    expect(outcome).toEqual({
      status: "invalid",
      errors: [
        { row: 3, column: "乡镇(街道)", key: "townOutsideImport", params: { town: "解放路街道" } },
        { row: 4, column: "乡镇(街道)", key: "townOutsideImport", params: { town: "370102001" } },
      ],
    });
    const taken = schoolRows(3, ["许商街道"], 3701268210);
    taken[2] = { ...taken[2]!, code: lixiaSchool.code };
    expect(await importSchools(officer, xlsx(await schoolXlsx(taken)))).toEqual({
      status: "invalid",
      errors: [
        { row: 4, column: "学校标识码", key: "schoolCodeElsewhere", params: { code: lixiaSchool.code } },
      ],
    });
    expect(await schoolsFrom(3701268200, 20)).toEqual([]);
    // Nothing of the other county's school changed.
    expect(await db().school.findUniqueOrThrow({ where: { code: lixiaSchool.code } })).toMatchObject({
      name: lixiaSchool.name,
    });
  });

  it("keeps a school in its county: city staff cannot move one to another county's town", async () => {
    const rows = schoolRows(2, ["许商街道"], 3701268300);
    await importSchools(staff, xlsx(await schoolXlsx(rows)));
    const moved = [rows[0]!, { ...rows[1]!, town: "解放路街道" }];
    expect(await importSchools(staff, xlsx(await schoolXlsx(moved)))).toEqual({
      status: "invalid",
      errors: [{ row: 3, column: "乡镇(街道)", key: "schoolOtherCounty", params: { code: rows[1]!.code } }],
    });
    expect((await schoolsFrom(3701268300, 2)).map((school) => school.county.name)).toEqual([
      "商河县",
      "商河县",
    ]);
  });

  it("dates a change of 城乡分类代码 or town seat on the day of the import, keeping the state before it", async () => {
    const rows = schoolRows(3, ["许商街道"], 3701268400);
    await importSchools(officer, xlsx(await schoolXlsx(rows)));
    const pastStates = () =>
      db().schoolPastState.findMany({
        where: { school: { code: { in: rows.map((row) => row.code) } } },
        select: {
          school: { select: { code: true } },
          validUntil: true,
          urbanRuralCode: true,
          locationClass: true,
        },
      });
    // New schools and unchanged ones have no past state; a renamed one neither (its class did not change).
    const renamed = rows.map((row, index) => (index === 0 ? { ...row, name: "新名" } : row));
    await importSchools(officer, xlsx(await schoolXlsx(renamed)));
    expect(await pastStates()).toEqual([]);
    // rows[1] was 122 镇乡结合区: it becomes 220 村庄 from today on.
    const moved = renamed.map((row, index) =>
      index === 1 ? { ...row, urbanRuralCode: "220" as const } : row,
    );
    expect(await importSchools(officer, xlsx(await schoolXlsx(moved)))).toMatchObject({
      summary: { updated: 1, unchanged: 2 },
    });
    const today = new Date(
      `${new Date().toLocaleDateString("sv-SE", { timeZone: "Asia/Shanghai" })}T00:00:00Z`,
    );
    expect(await pastStates()).toEqual([
      {
        school: { code: rows[1]!.code },
        validUntil: today,
        urbanRuralCode: "122",
        locationClass: "TOWN_AREA",
      },
    ]);
  });

  it.each([
    ["LibreOffice", "schools-libreoffice.xlsx"],
    ["Gnumeric", "schools-gnumeric.xlsx"],
  ])("reads a workbook written by %s: numbers for codes, everyday words", async (_program, file) => {
    const data = readFileSync(path.join(import.meta.dirname, "../fixtures/imports", file));
    const buffer = data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength) as ArrayBuffer;
    await db().school.deleteMany({ where: { code: { in: ["3701269101", "3701269102", "3701269103"] } } });
    const outcome = await importSchools(officer, xlsx(buffer, file));
    expect(outcome).toEqual({
      status: "imported",
      summary: { rows: 3, inserted: 3, updated: 0, unchanged: 0 },
    });
    const stored = await schoolsFrom(3701269101, 3);
    expect(
      stored.map((school) => [
        school.code,
        school.town.name,
        ...cellsOf(school, REGISTER_FLAGS.slice(0, 3)),
        ...cellsOf(school, REGISTER_FLAGS.slice(4)),
      ]),
    ).toEqual([
      ["3701269101", "许商街道", "PRIMARY", "PUBLIC", "121", true, false, false],
      ["3701269102", "殷巷镇", "JUNIOR", "PUBLIC", "220", false, false, true],
      ["3701269103", "玉皇庙镇", "KINDERGARTEN", "PRIVATE_INCLUSIVE", "121", true, true, false],
    ]);
  });

  it("exports the filtered register in the template's columns, and the export imports back unchanged", async () => {
    const query = schoolListQuerySchema.parse({ q: "测试学校", county: undefined });
    const { label, rows } = await listSchoolExport(officer, query);
    expect(label).toBe("商河县");
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((row) => row.county === "商河县")).toBe(true);
    const buffer = await writeSheet("学校名录", SCHOOL_EXPORT_COLUMNS, rows);
    const data = buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength) as ArrayBuffer;
    expect(await importSchools(officer, xlsx(data))).toEqual({
      status: "imported",
      summary: { rows: rows.length, inserted: 0, updated: 0, unchanged: rows.length },
    });
  });
});
