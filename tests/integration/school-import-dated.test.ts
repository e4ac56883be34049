// 生效日期 in the school import (decision 0031): a row that changes a known school's 城乡分类代码 or town-seat flag
// keeps the state before it as a past state ending on the row's day (blank: the day of the import), by the form's
// rule (decision 0024); a day after today or before the school's last change refuses the file whole. The workbook
// is LibreOffice's (tests/fixtures/imports/make-school-workbooks.sh), which stores 生效日期 as a date cell.
import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/data/auth/session-user";
import { importSchools } from "@/lib/data/schools/import-schools";
import { db } from "@/lib/db";
import { addDays, businessDay, isoDay } from "@/lib/utils/periods";
import { sessionUserFor } from "../support/session-user";

const CODES = ["3701269101", "3701269102", "3701269103"];
const HEADER =
  "乡镇(街道),学校标识码,学校名称,学段类型,办学性质,城乡分类代码,是否镇驻地学校,是否镇中心幼儿园,是否寄宿制学校,生效日期";
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
let officer: SessionUser;

function fixture(file: string) {
  const data = readFileSync(path.join(import.meta.dirname, "../fixtures/imports", file));
  return {
    name: file,
    format: "xlsx" as const,
    data: data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength) as ArrayBuffer,
  };
}
const csv = (lines: string[]) => ({
  name: "schools.csv",
  format: "csv" as const,
  data: new TextEncoder().encode([HEADER, ...lines].join("\n")).buffer as ArrayBuffer,
});
const pastStates = () =>
  db().schoolPastState.findMany({
    where: { school: { code: { in: CODES } } },
    orderBy: [{ school: { code: "asc" } }, { validUntil: "asc" }],
    select: {
      school: { select: { code: true } },
      validUntil: true,
      urbanRuralCode: true,
      locationClass: true,
      isTownSeat: true,
    },
  });
const current = () =>
  db().school.findMany({
    where: { code: { in: CODES } },
    orderBy: { code: "asc" },
    select: { code: true, urbanRuralCode: true, locationClass: true, isTownSeat: true, isBoarding: true },
  });

beforeAll(async () => {
  officer = await sessionUserFor("jinan.shanghe");
  await db().school.deleteMany({ where: { code: { in: CODES } } });
  expect(await importSchools(officer, fixture("schools-libreoffice.xlsx"))).toMatchObject({
    status: "imported",
    summary: { inserted: 3 },
  });
});

describe("生效日期 in the school import", () => {
  it("dates each change of a LibreOffice workbook from its row's day, or from today when blank", async () => {
    const outcome = await importSchools(officer, fixture("schools-dated-libreoffice.xlsx"));
    expect(outcome).toEqual({
      status: "imported",
      summary: { rows: 3, inserted: 0, updated: 3, unchanged: 0 },
    });
    const today = businessDay(new Date());
    expect(await pastStates()).toEqual([
      {
        school: { code: "3701269101" },
        validUntil: day("2025-09-01"),
        urbanRuralCode: "121",
        locationClass: "TOWN_AREA",
        isTownSeat: true,
      },
      {
        school: { code: "3701269102" },
        validUntil: today,
        urbanRuralCode: "220",
        locationClass: "VILLAGE",
        isTownSeat: false,
      },
      {
        school: { code: "3701269103" },
        validUntil: day("2026-03-01"),
        urbanRuralCode: "121",
        locationClass: "TOWN_AREA",
        isTownSeat: true,
      },
    ]);
    expect(await current()).toEqual([
      {
        code: "3701269101",
        urbanRuralCode: "122",
        locationClass: "TOWN_AREA",
        isTownSeat: true,
        isBoarding: false,
      },
      {
        code: "3701269102",
        urbanRuralCode: "210",
        locationClass: "VILLAGE",
        isTownSeat: false,
        isBoarding: true,
      },
      {
        code: "3701269103",
        urbanRuralCode: "121",
        locationClass: "TOWN_AREA",
        isTownSeat: false,
        isBoarding: false,
      },
    ]);
  });

  it("refuses the whole file for a day after today or before the school's last change, naming row and column", async () => {
    const statesBefore = await pastStates();
    const schoolsBefore = await current();
    const tomorrow = isoDay(addDays(businessDay(new Date()), 1));
    const outcome = await importSchools(
      officer,
      csv([
        "许商街道,3701269101,商河县办公室测试小学,小学,公办,121,是,否,否,2025-06-30",
        `370126101,3701269102,殷巷镇测试初级中学,初中,公办,220,否,否,是,${tomorrow}`,
        "玉皇庙镇,3701269103,玉皇庙镇测试幼儿园,幼儿园,普惠民办,122,否,是,否,2026-04-01",
      ]),
    );
    expect(outcome).toEqual({
      status: "invalid",
      errors: [
        { row: 2, column: "生效日期", key: "effectiveBeforeLastChange", params: {} },
        { row: 3, column: "生效日期", key: "effectiveInFuture", params: {} },
      ],
    });
    expect(await pastStates()).toEqual(statesBefore);
    expect(await current()).toEqual(schoolsBefore);
  });

  it("replaces a state on the day of the school's last change without a second past state, and ignores the day of a row that changes nothing", async () => {
    const before = await pastStates();
    const outcome = await importSchools(
      officer,
      csv([
        "许商街道,3701269101,商河县办公室测试小学,小学,公办,123,是,否,否,2025-09-01",
        "玉皇庙镇,3701269103,玉皇庙镇测试幼儿园,幼儿园,普惠民办,121,否,是,否,2020-01-01",
      ]),
    );
    expect(outcome).toMatchObject({ status: "imported", summary: { rows: 2, updated: 1, unchanged: 1 } });
    expect(await pastStates()).toEqual(before);
    expect((await current())[0]).toMatchObject({ code: "3701269101", urbanRuralCode: "123" });
  });
});
