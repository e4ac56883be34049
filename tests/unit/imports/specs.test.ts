import { describe, expect, it } from "vitest";
import { readSheet } from "@/lib/excel/sheet-io";
import { exportColumns, writeTemplate } from "@/lib/imports/files";
import { type ImportScope, type ImportWriter, readAndWrite } from "@/lib/imports/pipeline";
import type { ImportDefinition, PlacedRecord } from "@/lib/imports/spec";
import { IMPORTS } from "@/lib/imports/specs";
import { FACILITY_EXPORT_COLUMNS } from "@/lib/imports/specs/facilities";
import { ROSTER_EXPORT_COLUMNS, type RosterExportRow } from "@/lib/imports/specs/roster";
import { indexTowns } from "@/lib/imports/towns";

const SCOPE: ImportScope = {
  kind: "county",
  schools: new Map([["3137001234", { id: 5 }]]),
  towns: indexTowns([{ id: 7, code: "371426001", name: "许商街道", countyId: 3, cityId: 1 }]),
};

/** Imports a CSV through the pipeline and gives back the records it would write. */
async function recordsOf(definition: ImportDefinition, lines: string[]) {
  const written: PlacedRecord<Record<string, unknown>>[] = [];
  const writer: ImportWriter<PlacedRecord<Record<string, unknown>>> = {
    async write(records) {
      written.push(...records);
      return { written: records.length, inserted: records.length };
    },
  };
  const data = new TextEncoder().encode(lines.join("\n")).buffer as ArrayBuffer;
  const outcome = await readAndWrite(definition, { name: "f.csv", format: "csv", data }, SCOPE, writer);
  return { outcome, written };
}

const quote = (value: string | number | null) => {
  const text = value === null ? "" : String(value);
  return /[",\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
};

describe("the import specs", () => {
  it("keep the headers of the templates users already hold, in order", async () => {
    const headersOf = async (definition: ImportDefinition) => {
      const template = await writeTemplate(definition);
      const data = template.buffer.slice(template.byteOffset, template.byteOffset + template.byteLength);
      return readSheet(data as ArrayBuffer, "xlsx")!.headers;
    };
    expect(await headersOf(IMPORTS.roster)).toEqual([
      "学校标识码",
      "教职工编号",
      "姓名",
      "性别",
      "出生日期",
      "最高学历",
      "是否专任教师",
      "任教学科",
      "职称",
      "骨干教师级别",
      "是否持有教师资格证",
      "五年培训学时",
      "参加工作日期",
      "状态",
      "离开日期",
    ]);
    expect(await headersOf(IMPORTS.facilities)).toEqual([
      "学校标识码",
      "学年",
      "学前在园幼儿数(人)",
      "小学在校生数(人)",
      "初中在校生数(人)",
      "高中在校生数(人)",
      "特教在校生数(人)",
      "班级数(个)",
      "最大班额(人)",
      "超标准班额班级数(个)",
      "校舍建筑面积(平方米)",
      "教学及辅助用房面积(平方米)",
      "占地面积(平方米)",
      "室内体育场馆面积(平方米)",
      "室外运动场地面积(平方米)",
      "图书(册)",
      "教学仪器设备值(元)",
      "网络多媒体教室(间)",
      "音乐专用教室(间)",
      "美术专用教室(间)",
      "学校出口带宽(Mbps)",
      "最低班级带宽(Mbps)",
      "是否有录播教室",
      "是否有食堂",
      "是否有劳动实践场所",
      "是否有特教资源教室",
    ]);
  });

  it("are listed under their kinds, and describe every column in both languages", () => {
    for (const [kind, definition] of Object.entries(IMPORTS)) {
      expect(definition.kind).toBe(kind);
      for (const column of definition.allColumns) {
        expect(column.description.zh, `${kind}.${column.field}`).not.toBe("");
        expect(column.description.en, `${kind}.${column.field}`).not.toBe("");
        expect(column.header.en, `${kind}.${column.field}`).toMatch(/^[A-Z]/);
      }
    }
  });

  it.each(Object.values(IMPORTS))("$kind: the row of example values imports", async (definition) => {
    const { outcome, written } = await recordsOf(definition, [
      definition.allColumns.map((column) => column.header.zh).join(","),
      definition.allColumns.map((column) => quote(column.example)).join(","),
    ]);
    expect(outcome).toEqual({ status: "imported", summary: { rows: 1, inserted: 1, updated: 0 } });
    // A school-placed row names its school; the school register's names its town.
    expect(written[0]).toMatchObject(
      definition.place.places === "schools" ? { row: 2, schoolId: 5 } : { row: 2, townId: 7 },
    );
  });

  it("read the file words of earlier templates and the enum codes, and name the words they offer", async () => {
    const header =
      "学校标识码,教职工编号,姓名,性别,出生日期,最高学历,是否专任教师,任教学科,职称,骨干教师级别,是否持有教师资格证,五年培训学时";
    const { outcome, written } = await recordsOf(IMPORTS.roster, [
      header,
      "3137001234,A1,甲,女,1988-04-12,本科,是,语文,一级教师,县级,是,36",
      "3137001234,A2,乙,male,1990-01-31,POSTGRADUATE,1,MATH,SECOND,市级骨干,0,0",
    ]);
    expect(outcome.status).toBe("imported");
    expect(
      written.map(({ gender, highestDegree, isFullTime, backboneLevel, hasTeachingCertificate }) => ({
        gender,
        highestDegree,
        isFullTime,
        backboneLevel,
        hasTeachingCertificate,
      })),
    ).toEqual([
      {
        gender: "FEMALE",
        highestDegree: "BACHELOR",
        isFullTime: true,
        backboneLevel: "COUNTY",
        hasTeachingCertificate: true,
      },
      {
        gender: "MALE",
        highestDegree: "POSTGRADUATE",
        isFullTime: true,
        backboneLevel: "CITY",
        hasTeachingCertificate: false,
      },
    ]);
    const refused = await recordsOf(IMPORTS.roster, [
      header,
      "3137001234,A3,丙,女,1988-04-12,夜大,是,语文,一级教师,无,是,36",
    ]);
    expect(refused.outcome).toEqual({
      status: "invalid",
      errors: [
        {
          row: 2,
          column: "最高学历",
          key: "unknownChoice",
          params: { value: "夜大", choices: "研究生、本科、专科、高中及以下" },
        },
      ],
    });
  });

  it("read everyday words and the days people type: 大专, 县级骨干教师, 中学高级教师, 1985/3/5, 2007.9", async () => {
    const { outcome, written } = await recordsOf(IMPORTS.roster, [
      "学校标识码,教职工编号,姓名,性别,出生日期,最高学历,是否专任教师,任教学科,职称,骨干教师级别,是否持有教师资格证,五年培训学时,参加工作时间",
      "3137001234,B1,甲,女性,1985/3/5,大专,是,信息技术,中学高级教师,县级骨干教师,是,36,2007.9",
      "3137001234,B2,乙,男,1985.3.5,硕士,是,思想品德,小学高级教师,县骨干,是,36,2007年9月",
      "3137001234,B3,丙,男,1985年3月5日,中专,否,体育,未评,否,否,0,2007/9/1",
    ]);
    expect(outcome.status).toBe("imported");
    const day = (text: string) => new Date(`${text}T00:00:00Z`);
    expect(
      written.map(({ gender, birthDate, highestDegree, subject, title, backboneLevel, hiredOn }) => ({
        gender,
        birthDate,
        highestDegree,
        subject,
        title,
        backboneLevel,
        hiredOn,
      })),
    ).toEqual([
      {
        gender: "FEMALE",
        birthDate: day("1985-03-05"),
        highestDegree: "ASSOCIATE",
        subject: "IT",
        title: "SENIOR",
        backboneLevel: "COUNTY",
        hiredOn: day("2007-09-01"),
      },
      {
        gender: "MALE",
        birthDate: day("1985-03-05"),
        highestDegree: "POSTGRADUATE",
        subject: "MORALITY_LAW",
        title: "FIRST",
        backboneLevel: "COUNTY",
        hiredOn: day("2007-09-01"),
      },
      {
        gender: "MALE",
        birthDate: day("1985-03-05"),
        highestDegree: "HIGH_SCHOOL_OR_BELOW",
        subject: "PE",
        title: "UNRANKED",
        backboneLevel: "NONE",
        hiredOn: day("2007-09-01"),
      },
    ]);
  });

  it("read a status and its leaving day, and refuse a leaver without one or a day without leaving", async () => {
    const header =
      "学校标识码,教职工编号,姓名,性别,出生日期,最高学历,是否专任教师,任教学科,职称,骨干教师级别,是否持有教师资格证,五年培训学时,参加工作日期,状态,离开日期";
    const row = (staffNo: string, status: string, leftOn: string) =>
      `3137001234,${staffNo},甲,女,1985-03-05,本科,是,语文,一级教师,无,是,36,2007-09-01,${status},${leftOn}`;
    const { outcome, written } = await recordsOf(IMPORTS.roster, [
      header,
      row("C1", "调出", "2025/7/1"),
      row("C2", "退休", "2025-08-31"),
      row("C3", "在职", ""),
      row("C4", "", ""),
    ]);
    expect(outcome.status).toBe("imported");
    expect(written.map(({ status, leftOn }) => ({ status, leftOn }))).toEqual([
      { status: "LEFT", leftOn: new Date("2025-07-01T00:00:00Z") },
      { status: "RETIRED", leftOn: new Date("2025-08-31T00:00:00Z") },
      { status: "ACTIVE", leftOn: undefined },
      { status: undefined, leftOn: undefined },
    ]);
    const refused = await recordsOf(IMPORTS.roster, [
      header,
      row("D1", "离职", ""),
      row("D2", "在岗", "2025-07-01"),
      row("D3", "退休", "2099-01-01"),
      row("D4", "退休", "2001-01-01"),
      row("D5", "休假", ""),
    ]);
    expect(refused.outcome).toEqual({
      status: "invalid",
      errors: [
        { row: 2, column: "离开日期", key: "leftOnRequired", params: {} },
        { row: 3, column: "离开日期", key: "leftOnWithoutDeparture", params: {} },
        { row: 4, column: "离开日期", key: "leftOnInFuture", params: {} },
        { row: 5, column: "离开日期", key: "leftBeforeHired", params: {} },
        {
          row: 6,
          column: "状态",
          key: "unknownChoice",
          params: { value: "休假", choices: "在岗、离岗、调离、退休" },
        },
      ],
    });
  });

  it("export what the import reads back: the school's name after its code, the teacher's status and leaving day at the end", async () => {
    const teacher: RosterExportRow = {
      schoolCode: "3137001234",
      schoolName: "实验小学",
      staffNo: "0012",
      name: "王芳",
      gender: "FEMALE",
      birthDate: new Date("1988-04-12T00:00:00Z"),
      highestDegree: "ASSOCIATE",
      isFullTime: false,
      subject: "PE",
      title: "SENIOR",
      backboneLevel: "PROVINCE",
      hasTeachingCertificate: true,
      trainingHours5y: 120,
      hiredOn: null,
      status: "ON_LEAVE",
      leftOn: null,
    };
    const cells = ROSTER_EXPORT_COLUMNS.map((column) => column.value(teacher));
    expect(
      Object.fromEntries(ROSTER_EXPORT_COLUMNS.map((column, index) => [column.header, cells[index]])),
    ).toEqual({
      学校标识码: "3137001234",
      学校名称: "实验小学",
      教职工编号: "0012",
      姓名: "王芳",
      性别: "女",
      出生日期: "1988-04-12",
      最高学历: "专科",
      是否专任教师: "否",
      任教学科: "体育与健康",
      职称: "高级教师",
      骨干教师级别: "省级骨干",
      是否持有教师资格证: "是",
      五年培训学时: 120,
      参加工作日期: null,
      状态: "离岗",
      离开日期: null,
    });
    const { written } = await recordsOf(IMPORTS.roster, [
      ROSTER_EXPORT_COLUMNS.map((column) => column.header).join(","),
      cells.map(quote).join(","),
    ]);
    const { schoolCode: _code, schoolName: _name, hiredOn: _hiredOn, leftOn: _leftOn, ...values } = teacher;
    expect(written).toEqual([{ ...values, row: 2, schoolId: 5 }]);
    expect(FACILITY_EXPORT_COLUMNS.map((column) => column.header).slice(0, 3)).toEqual([
      "学校标识码",
      "学校名称",
      "学年",
    ]);
    expect(exportColumns(IMPORTS.facilities)).toHaveLength(IMPORTS.facilities.allColumns.length + 1);
  });
});
