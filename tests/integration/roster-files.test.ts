// The roster import on files written by other programs (LibreOffice and Gnumeric, in the 1900 and the 1904 date
// system: tests/fixtures/imports/make-roster-workbooks.sh), and leavers marked by import (状态 and 离开日期).
import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/data/auth/session-user";
import { importTeacherRoster } from "@/lib/data/teachers/import-teacher-roster";
import { listRosterExport } from "@/lib/data/teachers/list-roster-export";
import { TEACHER_VALUE_FIELDS } from "@/lib/data/teachers/teacher-access";
import { db } from "@/lib/db";
import { rosterCsv, rosterRows } from "../support/roster-file";
import { sessionUserFor } from "../support/session-user";

let officer: SessionUser;
let school: { id: number; code: string; name: string };

beforeAll(async () => {
  officer = await sessionUserFor("jinan.shanghe");
  school = await db().school.findFirstOrThrow({
    where: { countyId: officer.countyId!, isActive: true },
    orderBy: { id: "desc" },
    select: { id: true, code: true, name: true },
  });
});

const fixture = (file: string) => {
  const data = readFileSync(path.join(import.meta.dirname, "../fixtures/imports", file));
  return {
    name: file,
    format: "xlsx" as const,
    data: data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength) as ArrayBuffer,
  };
};
const intoSchool = (file: Parameters<typeof importTeacherRoster>[2]) =>
  importTeacherRoster(officer, { kind: "school", id: school.id }, file);

const STORED = { ...TEACHER_VALUE_FIELDS, status: true, leftOn: true } as const;
const storedWithPrefix = (prefix: string) =>
  db().teacher.findMany({
    where: { staffNo: { startsWith: prefix } },
    orderBy: { staffNo: "asc" },
    select: STORED,
  });
const day = (text: string) => new Date(`${text}T00:00:00Z`);
const teacher = (values: {
  staffNo: string;
  name: string;
  gender: "MALE" | "FEMALE";
  birthDate: string;
  highestDegree: string;
  isFullTime?: boolean;
  subject: string;
  title: string;
  backboneLevel: string;
  hasTeachingCertificate?: boolean;
  trainingHours5y: number;
  hiredOn: string;
  status?: string;
  leftOn?: string;
}) => ({
  isFullTime: true,
  hasTeachingCertificate: true,
  status: "ACTIVE",
  ...values,
  birthDate: day(values.birthDate),
  hiredOn: day(values.hiredOn),
  leftOn: values.leftOn ? day(values.leftOn) : null,
});

// roster.csv: days typed as 1985-03-05, 1990/12/31, 1988.6.15 and 1979年11月2日, months as 2007.9 and 2011年9月,
// everyday words (大专, 硕士, 中专, 县级骨干, 中学高级教师, 在职, 调出).
const FROM_CSV = [
  teacher({
    staffNo: "FX-01",
    name: "王芳",
    gender: "FEMALE",
    birthDate: "1985-03-05",
    highestDegree: "BACHELOR",
    subject: "CHINESE",
    title: "FIRST",
    backboneLevel: "COUNTY",
    trainingHours5y: 360,
    hiredOn: "2007-09-01",
  }),
  teacher({
    staffNo: "FX-02",
    name: "李雷",
    gender: "MALE",
    birthDate: "1990-12-31",
    highestDegree: "ASSOCIATE",
    subject: "MATH",
    title: "SECOND",
    backboneLevel: "NONE",
    trainingHours5y: 120,
    hiredOn: "2012-09-01",
  }),
  teacher({
    staffNo: "FX-03",
    name: "韩梅梅",
    gender: "FEMALE",
    birthDate: "1988-06-15",
    highestDegree: "POSTGRADUATE",
    isFullTime: false,
    subject: "ENGLISH",
    title: "SENIOR",
    backboneLevel: "CITY",
    hasTeachingCertificate: false,
    trainingHours5y: 0,
    hiredOn: "2011-09-01",
  }),
  teacher({
    staffNo: "FX-04",
    name: "赵强",
    gender: "MALE",
    birthDate: "1979-11-02",
    highestDegree: "HIGH_SCHOOL_OR_BELOW",
    subject: "PE",
    title: "UNRANKED",
    backboneLevel: "NONE",
    trainingHours5y: 48,
    hiredOn: "1999-09-01",
    status: "LEFT",
    leftOn: "2025-07-01",
  }),
];

// roster-1904.fods: date cells in a workbook whose serial days count from 1904-01-01.
const FROM_1904 = [
  teacher({
    staffNo: "FX04-01",
    name: "孙丽",
    gender: "FEMALE",
    birthDate: "1985-03-05",
    highestDegree: "BACHELOR",
    subject: "CHINESE",
    title: "FIRST",
    backboneLevel: "NONE",
    trainingHours5y: 360,
    hiredOn: "2007-09-01",
  }),
  teacher({
    staffNo: "FX04-02",
    name: "周杰",
    gender: "MALE",
    birthDate: "1962-01-01",
    highestDegree: "ASSOCIATE",
    subject: "MATH",
    title: "SENIOR",
    backboneLevel: "COUNTY",
    trainingHours5y: 72,
    hiredOn: "1983-08-31",
    status: "RETIRED",
    leftOn: "2024-12-31",
  }),
];

describe("roster files written by LibreOffice and Gnumeric", () => {
  it.each([
    ["LibreOffice", "roster-libreoffice.xlsx"],
    ["Gnumeric", "roster-gnumeric.xlsx"],
  ])("reads %s's file as the program shows it: every day, word and leaver", async (_program, file) => {
    const outcome = await intoSchool(fixture(file));
    expect(outcome).toMatchObject({ status: "imported", summary: { rows: 4 } });
    expect(await storedWithPrefix("FX-")).toEqual(FROM_CSV);
  });

  it.each([
    ["LibreOffice", "roster-1904-libreoffice.xlsx"],
    ["Gnumeric", "roster-1904-gnumeric.xlsx"],
  ])("reads %s's file in the 1904 date system with the days it shows", async (_program, file) => {
    const outcome = await intoSchool(fixture(file));
    expect(outcome).toMatchObject({ status: "imported", summary: { rows: 2 } });
    expect(await storedWithPrefix("FX04-")).toEqual(FROM_1904);
  });
});

describe("leavers marked by import", () => {
  it("sets 调离/退休 with the leaving day, ends the leaver's post, and keeps the record of leaving", async () => {
    const rows = rosterRows(3, [school], "LVR");
    const created = await intoSchool({ name: "r.csv", format: "csv", data: rosterCsv(rows) });
    expect(created).toMatchObject({ status: "imported", summary: { inserted: 3 } });
    const principal = await db().teacher.findUniqueOrThrow({ where: { staffNo: "LVR000001" } });
    await db().schoolPost.create({
      data: {
        teacherId: principal.id,
        schoolId: school.id,
        kind: "VICE_PRINCIPAL",
        startedOn: day("2020-09-01"),
        currentTermStartedOn: day("2023-09-01"),
      },
    });

    const leaving = [
      { ...rows[0]!, status: "LEFT" as const, leftOn: day("2025-07-01") },
      { ...rows[1]!, status: "RETIRED" as const, leftOn: day("2025-08-31") },
      rows[2]!,
    ];
    const file = { name: "r.csv", format: "csv" as const, data: rosterCsv(leaving) };
    expect(await intoSchool(file)).toMatchObject({ status: "imported", summary: { updated: 3 } });
    const stored = await db().teacher.findMany({
      where: { staffNo: { startsWith: "LVR" } },
      orderBy: { staffNo: "asc" },
      select: { staffNo: true, status: true, leftOn: true },
    });
    expect(stored).toEqual([
      { staffNo: "LVR000001", status: "LEFT", leftOn: day("2025-07-01") },
      { staffNo: "LVR000002", status: "RETIRED", leftOn: day("2025-08-31") },
      { staffNo: "LVR000003", status: "ACTIVE", leftOn: null },
    ]);
    const post = await db().schoolPost.findFirstOrThrow({ where: { teacherId: principal.id } });
    expect(post.endedOn).toEqual(day("2025-07-01"));
    // Off the roster (and out of every count of teachers at work), as a leaver marked on the teacher's page.
    const current = (await listRosterExport(officer, { kind: "school", id: school.id })).rows;
    expect(current.map((row) => row.staffNo).filter((staffNo) => staffNo.startsWith("LVR"))).toEqual([
      "LVR000003",
    ]);

    // The same file again changes nothing of the leaving; a file that would bring a leaver back is refused whole.
    expect(await intoSchool(file)).toMatchObject({ status: "imported" });
    const back = [
      { ...rows[0]!, status: "ACTIVE" as const, leftOn: null },
      leaving[1]!,
      { ...rows[2]!, name: "改名" },
    ];
    expect(await intoSchool({ name: "r.csv", format: "csv", data: rosterCsv(back) })).toEqual({
      status: "invalid",
      errors: [
        {
          row: 2,
          column: "状态",
          key: "teacherAlreadyDeparted",
          params: { staffNo: "LVR000001", status: "调离", day: "2025-07-01" },
        },
      ],
    });
    expect(await db().teacher.findUniqueOrThrow({ where: { staffNo: "LVR000003" } })).toMatchObject({
      name: rows[2]!.name,
      status: "ACTIVE",
    });
  });
});
