import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { SessionUser } from "@/lib/data/auth/session-user";
import { IDLE } from "@/lib/actions/action-state";
import { saveFacilityRecordAction } from "@/lib/actions/facilities";
import { importFacilityRecords } from "@/lib/data/facilities/import-facility-records";
import { importTeacherRoster } from "@/lib/data/teachers/import-teacher-roster";
import { listRosterExport } from "@/lib/data/teachers/list-roster-export";
import { listTeachers } from "@/lib/data/teachers/list-teachers";
import { assignSchoolPost } from "@/lib/data/teachers/assign-school-post";
import { markTeacherLeft } from "@/lib/data/teachers/mark-teacher-left";
import { rotateTeacher } from "@/lib/data/teachers/rotate-teacher";
import { createTeacher } from "@/lib/data/teachers/create-teacher";
import { updateTeacher } from "@/lib/data/teachers/update-teacher";
import { db } from "@/lib/db";
import { facilityRow, facilityXlsx } from "../support/facility-file";
import { rosterCsv, rosterRows, rosterXlsx } from "../support/roster-file";
import { sessionUserFor, type CitySessionUser } from "../support/session-user";
import { signInAs } from "./support/session";
import { TEACHER_VALUES } from "./support/action-cases";

let officer: CitySessionUser;
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
const importIntoCounty = (file: Parameters<typeof importTeacherRoster>[2]) =>
  importTeacherRoster(officer, { kind: "county", id: countyId }, file);
const importAudits = () => db().auditLog.count({ where: { entity: "teacher", action: "import" } });

describe("roster import", () => {
  // 4,500 rows are read and written in three chunks: the first two are written before the bad row is met.
  it.each([
    { rows: 30, bad: 11, hours: -5, error: { key: "nonNegative", params: { min: 0 } }, prefix: "BAD" },
    {
      rows: 4_500,
      bad: 4_300,
      hours: 5_000,
      error: { key: "tooLarge", params: { max: 2_000 } },
      prefix: "BIG",
    },
  ])(
    "writes nothing when one row of $rows is malformed, rolling back chunks already written, and reports its row and column",
    async ({ rows: count, bad, hours, error, prefix }) => {
      const rows = rosterRows(count, schools, prefix);
      rows[bad] = { ...rows[bad]!, trainingHours5y: hours };
      const auditsBefore = await importAudits();
      const outcome = await importIntoCounty({
        name: "roster.xlsx",
        format: "xlsx",
        data: await rosterXlsx(rows),
      });
      // The header is row 1, so the teacher at index i is on row i + 2.
      expect(outcome).toEqual({
        status: "invalid",
        errors: [{ row: bad + 2, column: "五年培训学时", ...error }],
      });
      expect(await teachersWithPrefix(prefix)).toBe(0);
      expect(await importAudits()).toBe(auditsBefore);
    },
  );

  it("imports a CSV file, and importing the same file again updates instead of duplicating", async () => {
    const rows = rosterRows(40, schools, "CSV");
    rows[3] = { ...rows[3]!, hiredOn: null };
    const file = { name: "roster.csv", format: "csv" as const, data: rosterCsv(rows) };
    const first = await importIntoCounty(file);
    expect(first).toEqual({ status: "imported", summary: { rows: 40, inserted: 40, updated: 0 } });
    const second = await importIntoCounty(file);
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
    // Every field of every row lands in its own column.
    const stored = await db().teacher.findMany({
      where: { staffNo: { startsWith: "CSV" } },
      orderBy: { staffNo: "asc" },
      select: {
        staffNo: true,
        school: { select: { code: true } },
        name: true,
        gender: true,
        birthDate: true,
        highestDegree: true,
        isFullTime: true,
        subject: true,
        title: true,
        backboneLevel: true,
        hasTeachingCertificate: true,
        trainingHours5y: true,
        hiredOn: true,
      },
    });
    expect(stored).toEqual(
      rows.map((row) => ({
        staffNo: row.staffNo,
        school: { code: row.schoolCode },
        name: row.name,
        gender: row.gender,
        birthDate: row.birthDate,
        highestDegree: row.highestDegree,
        isFullTime: row.isFullTime,
        subject: row.subject,
        title: row.title,
        backboneLevel: row.backboneLevel,
        hasTeachingCertificate: row.hasTeachingCertificate,
        trainingHours5y: row.trainingHours5y,
        hiredOn: row.hiredOn,
      })),
    );
  });

  it("refuses a staff number held by a teacher of another county, writing nothing", async () => {
    const elsewhere = await db().teacher.findFirstOrThrow({
      where: { school: { countyId: { not: countyId } } },
      select: { staffNo: true, schoolId: true },
    });
    const rows = rosterRows(5, schools, "MOV");
    rows[2] = { ...rows[2]!, staffNo: elsewhere.staffNo };
    const outcome = await importIntoCounty({
      name: "roster.xlsx",
      format: "xlsx",
      data: await rosterXlsx(rows),
    });
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

describe("roster import of a file larger than one chunk", () => {
  const LARGE = 4_500;

  it("rolls back and reports a staff number of another county met in the last chunk", async () => {
    const elsewhere = await db().teacher.findFirstOrThrow({
      where: { school: { countyId: { not: countyId } } },
      select: { staffNo: true, schoolId: true, name: true },
    });
    const rows = rosterRows(LARGE, schools, "BGM");
    rows[4_400] = { ...rows[4_400]!, staffNo: elsewhere.staffNo };
    const outcome = await importIntoCounty({ name: "roster.csv", format: "csv", data: rosterCsv(rows) });
    expect(outcome).toEqual({
      status: "invalid",
      errors: [
        { row: 4_402, column: "教职工编号", key: "staffNoElsewhere", params: { staffNo: elsewhere.staffNo } },
      ],
    });
    expect(await teachersWithPrefix("BGM")).toBe(0);
    const after = await db().teacher.findUniqueOrThrow({ where: { staffNo: elsewhere.staffNo } });
    expect({ schoolId: after.schoolId, name: after.name }).toEqual({
      schoolId: elsewhere.schoolId,
      name: elsewhere.name,
    });
  });

  it("imports every chunk of a valid file", async () => {
    const outcome = await importIntoCounty({
      name: "roster.xlsx",
      format: "xlsx",
      data: await rosterXlsx(rosterRows(LARGE, schools, "BGO")),
    });
    expect(outcome).toEqual({ status: "imported", summary: { rows: LARGE, inserted: LARGE, updated: 0 } });
    expect(await teachersWithPrefix("BGO")).toBe(LARGE);
  });

  it("reports a file that is not a workbook as unreadable", async () => {
    const outcome = await importIntoCounty({
      name: "roster.xlsx",
      format: "xlsx",
      data: new TextEncoder().encode("教职工编号,姓名\n").buffer as ArrayBuffer,
    });
    expect(outcome).toEqual({ status: "invalid", errors: [{ row: 1, column: null, key: "unreadableFile" }] });
  });
});

describe("facility import", () => {
  it("writes nothing when one row is inconsistent, then imports and re-imports the fixed file idempotently", async () => {
    const [first, second] = schools as [(typeof schools)[0], (typeof schools)[0]];
    const bad = facilityRow(second, 2018);
    const rows = [facilityRow(first, 2018), { ...bad, teachingAuxArea: bad.buildingArea + 1 }];
    const target = { kind: "county" as const, id: countyId };
    const rejected = await importFacilityRecords(officer, target, {
      name: "facilities.xlsx",
      format: "xlsx",
      data: await facilityXlsx(rows),
    });
    expect(rejected).toEqual({
      status: "invalid",
      errors: [{ row: 3, column: "教学及辅助用房面积(平方米)", key: "teachingAreaOverBuilding", params: {} }],
    });
    expect(await db().facilityRecord.count({ where: { schoolYear: 2018 } })).toBe(0);

    const fixed = {
      name: "facilities.xlsx",
      format: "xlsx" as const,
      data: await facilityXlsx([rows[0]!, bad]),
    };
    expect(await importFacilityRecords(officer, target, fixed)).toEqual({
      status: "imported",
      summary: { rows: 2, inserted: 2, updated: 0 },
    });
    expect(await importFacilityRecords(officer, target, fixed)).toEqual({
      status: "imported",
      summary: { rows: 2, inserted: 0, updated: 2 },
    });
    const saved = await db().facilityRecord.findUniqueOrThrow({
      where: { schoolId_schoolYear: { schoolId: first.id, schoolYear: 2018 } },
      select: { enrolmentPrimary: true, equipmentValue: true, hasStudio: true, updatedById: true },
    });
    expect({ ...saved, equipmentValue: saved.equipmentValue.toNumber() }).toEqual({
      enrolmentPrimary: 600,
      equipmentValue: 1500000,
      hasStudio: true,
      updatedById: officer.id,
    });
  });
});

describe("facility import scope, checked inside the import's transaction", () => {
  const facilityFile = async (rows: ReturnType<typeof facilityRow>[]) => ({
    name: "facilities.xlsx",
    format: "xlsx" as const,
    data: await facilityXlsx(rows),
  });
  const facilityAudits = () =>
    db().auditLog.count({ where: { entity: "facility_record", action: "import" } });

  it("refuses a forged school, and a row of another county's school, writing nothing", async () => {
    const principal = await sessionUserFor("jinan.principal");
    const other = schools.find((school) => school.id !== principal.schoolId)!;
    const auditsBefore = await facilityAudits();
    await expect(
      importFacilityRecords(
        principal,
        { kind: "school", id: other.id },
        await facilityFile([facilityRow(other, 2014)]),
      ),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    const elsewhere = await db().school.findFirstOrThrow({
      where: { countyId: { not: countyId }, isActive: true },
      select: { id: true, code: true, name: true },
    });
    const outcome = await importFacilityRecords(
      officer,
      { kind: "county", id: countyId },
      await facilityFile([facilityRow(schools[0]!, 2014), facilityRow(elsewhere, 2014)]),
    );
    expect(outcome).toEqual({
      status: "invalid",
      errors: [
        { row: 3, column: "学校标识码", key: "schoolOutsideImport", params: { code: elsewhere.code } },
      ],
    });
    expect(await db().facilityRecord.count({ where: { schoolYear: 2014 } })).toBe(0);
    expect(await facilityAudits()).toBe(auditsBefore);
  });

  // Two more connections of the test's own: the import waits on one, the other tries to change the scope meanwhile.
  describe.skipIf(inject("isEmbeddedDatabase"))("with a concurrent change of the county's schools", () => {
    let blocker: pg.Client;
    let mover: pg.Client;
    beforeAll(async () => {
      blocker = new pg.Client({ connectionString: process.env.DATABASE_URL });
      mover = new pg.Client({ connectionString: process.env.DATABASE_URL });
      await Promise.all([blocker.connect(), mover.connect()]);
    });
    afterAll(async () => {
      await Promise.all([blocker.end(), mover.end()]);
    });
    /** Resolves once some statement of this database waits for a lock. */
    async function someoneWaits() {
      for (let attempt = 0; attempt < 200; attempt++) {
        const { rows } = await blocker.query<{ waiting: number }>(
          `SELECT count(*)::int AS waiting FROM pg_stat_activity
           WHERE datname = current_database() AND wait_event_type = 'Lock'`,
        );
        if (rows[0]!.waiting > 0) return;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      throw new Error("No statement started waiting");
    }

    it("holds its schools until it commits: a school cannot be closed between the scope check and the write", async () => {
      const school = schools[1]!;
      const auditsBefore = await facilityAudits();
      // The write waits on this table lock, after the import has checked its scope.
      await blocker.query("BEGIN");
      await blocker.query("LOCK TABLE facility_records IN SHARE MODE");
      const importing = importFacilityRecords(
        officer,
        { kind: "county", id: countyId },
        await facilityFile([facilityRow(school, 2013)]),
      );
      try {
        await someoneWaits();
        await mover.query("SET lock_timeout = '300ms'");
        await expect(
          mover.query("UPDATE schools SET is_active = false WHERE id = $1", [school.id]),
        ).rejects.toMatchObject({ code: "55P03" });
      } finally {
        await blocker.query("ROLLBACK");
      }
      expect(await importing).toEqual({ status: "imported", summary: { rows: 1, inserted: 1, updated: 0 } });
      expect(
        await db().school.findUniqueOrThrow({ where: { id: school.id }, select: { isActive: true } }),
      ).toEqual({
        isActive: true,
      });
      expect(await db().facilityRecord.count({ where: { schoolId: school.id, schoolYear: 2013 } })).toBe(1);
      expect(
        await db().auditLog.findFirstOrThrow({
          where: { entity: "facility_record", action: "import", id: { gt: 0 } },
          orderBy: { id: "desc" },
          select: { entityId: true, after: true },
        }),
      ).toEqual({
        entityId: `county:${countyId}`,
        after: { fileName: "facilities.xlsx", rows: 1, inserted: 1, updated: 0 },
      });
      expect(await facilityAudits()).toBe(auditsBefore + 1);
    });

    it("judges a school being moved to another county as the move leaves it, and writes none of its rows", async () => {
      const [stays, moves] = [schools[0]!, schools[2]!];
      const before = await db().school.findUniqueOrThrow({
        where: { id: moves.id },
        select: { countyId: true, townId: true },
      });
      const target = await db().town.findFirstOrThrow({
        where: { county: { cityId: officer.cityId, id: { not: countyId } } },
        select: { id: true, countyId: true },
      });
      await mover.query("BEGIN");
      await mover.query("UPDATE schools SET county_id = $1, town_id = $2 WHERE id = $3", [
        target.countyId,
        target.id,
        moves.id,
      ]);
      const importing = importFacilityRecords(
        officer,
        { kind: "county", id: countyId },
        await facilityFile([facilityRow(stays, 2012), facilityRow(moves, 2012)]),
      );
      try {
        await someoneWaits();
      } finally {
        await mover.query("COMMIT");
      }
      try {
        expect(await importing).toEqual({
          status: "invalid",
          errors: [
            { row: 3, column: "学校标识码", key: "schoolOutsideImport", params: { code: moves.code } },
          ],
        });
        expect(await db().facilityRecord.count({ where: { schoolYear: 2012 } })).toBe(0);
      } finally {
        await mover.query("UPDATE schools SET county_id = $1, town_id = $2 WHERE id = $3", [
          before.countyId,
          before.townId,
          moves.id,
        ]);
      }
    });
  });
});

describe("a principal's reach", () => {
  let principal: SessionUser;
  let otherSchool: { id: number; code: string; name: string };
  beforeAll(async () => {
    principal = await sessionUserFor("jinan.principal");
    otherSchool = schools.find((school) => school.id !== principal.schoolId)!;
  });

  it("cannot save another school's facility record with a forged school id", async () => {
    signInAs(principal);
    const before = await db().facilityRecord.count({ where: { schoolId: otherSchool.id } });
    const { schoolCode: _code, schoolName: _name, ...values } = facilityRow(otherSchool, 2017);
    const data = new FormData();
    data.set("schoolId", String(otherSchool.id));
    data.set("version", "0");
    for (const [key, value] of Object.entries(values))
      if (value !== false) data.set(key, value === true ? "on" : String(value));
    const state = await saveFacilityRecordAction(IDLE, data);
    expect(state).toMatchObject({ status: "error", code: "NOT_FOUND" });
    expect(await db().facilityRecord.count({ where: { schoolId: otherSchool.id } })).toBe(before);
  });

  it("cannot import into another school's roster, nor move that school's teachers through its own", async () => {
    await expect(
      importTeacherRoster(
        principal,
        { kind: "school", id: otherSchool.id },
        { name: "r.xlsx", format: "xlsx", data: await rosterXlsx(rosterRows(2, [otherSchool], "FORGE")) },
      ),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    const neighbour = await db().teacher.findFirstOrThrow({
      where: { schoolId: otherSchool.id, status: "ACTIVE" },
      select: { staffNo: true },
    });
    const own = await db().school.findUniqueOrThrow({ where: { id: principal.schoolId! } });
    const rows = rosterRows(1, [{ code: "", name: own.name }], "OWN");
    const outcome = await importTeacherRoster(
      principal,
      { kind: "school", id: own.id },
      {
        name: "r.xlsx",
        format: "xlsx",
        data: await rosterXlsx([{ ...rows[0]!, schoolCode: own.code, staffNo: neighbour.staffNo }]),
      },
    );
    expect(outcome).toMatchObject({ status: "invalid", errors: [{ row: 2, key: "staffNoElsewhere" }] });
    expect((await db().teacher.findUniqueOrThrow({ where: { staffNo: neighbour.staffNo } })).schoolId).toBe(
      otherSchool.id,
    );
  });

  it("cannot edit or mark as left a teacher of another school", async () => {
    const neighbour = await db().teacher.findFirstOrThrow({
      where: { schoolId: otherSchool.id, status: "ACTIVE" },
      select: { id: true },
    });
    await expect(
      markTeacherLeft(principal, { id: neighbour.id, status: "LEFT", leftOn: new Date("2026-01-01") }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await db().teacher.findUniqueOrThrow({ where: { id: neighbour.id } })).status).toBe("ACTIVE");
  });
});

describe("rotation", () => {
  it("moves the teacher to the other school, records the rotation and ends posts at the old school", async () => {
    const [from, to] = schools as [(typeof schools)[0], (typeof schools)[0]];
    const teacher = await db().teacher.findFirstOrThrow({
      where: { schoolId: from.id, status: "ACTIVE" },
      select: { id: true },
    });
    await db().schoolPost.create({
      data: {
        teacherId: teacher.id,
        schoolId: from.id,
        kind: "VICE_PRINCIPAL",
        startedOn: new Date("2020-09-01"),
        currentTermStartedOn: new Date("2023-09-01"),
      },
    });
    const startedOn = new Date("2026-09-01T00:00:00Z");
    await rotateTeacher(officer, { id: teacher.id, toSchoolId: to.id, startedOn, note: "城乡交流" });
    expect(
      await db().teacher.findUniqueOrThrow({ where: { id: teacher.id }, select: { schoolId: true } }),
    ).toEqual({
      schoolId: to.id,
    });
    expect(
      await db().rotation.findFirstOrThrow({
        where: { teacherId: teacher.id, startedOn },
        select: { fromSchoolId: true, toSchoolId: true, createdById: true, note: true },
      }),
    ).toEqual({ fromSchoolId: from.id, toSchoolId: to.id, createdById: officer.id, note: "城乡交流" });
    expect(await db().schoolPost.count({ where: { teacherId: teacher.id, endedOn: null } })).toBe(0);
    expect(
      await db().auditLog.count({
        where: { entity: "teacher", entityId: String(teacher.id), action: "rotate" },
      }),
    ).toBe(1);
  });

  it("refuses a school of another county", async () => {
    const teacher = await db().teacher.findFirstOrThrow({
      where: { school: { countyId }, status: "ACTIVE" },
      select: { id: true },
    });
    const elsewhere = await db().school.findFirstOrThrow({ where: { countyId: { not: countyId } } });
    await expect(
      rotateTeacher(officer, { id: teacher.id, toSchoolId: elsewhere.id, startedOn: new Date("2026-09-01") }),
    ).rejects.toMatchObject({ code: "VALIDATION" });
  });
});

describe("teacher status", () => {
  it("refuses a rotation or a post for a teacher on leave, and any departure twice, writing nothing", async () => {
    const [from, to] = schools as [(typeof schools)[0], (typeof schools)[0]];
    const teacher = await db().teacher.findFirstOrThrow({
      where: { schoolId: from.id, status: "ACTIVE" },
      select: { id: true },
    });
    await db().teacher.update({ where: { id: teacher.id }, data: { status: "ON_LEAVE" } });
    const audited = () => db().auditLog.count({ where: { entity: "teacher", entityId: String(teacher.id) } });
    const auditedBefore = await audited();
    const startedOn = new Date("2026-09-01T00:00:00Z");
    await expect(
      rotateTeacher(officer, { id: teacher.id, toSchoolId: to.id, startedOn }),
    ).rejects.toMatchObject({
      code: "INVALID_STATE",
      messageKey: "teachers.onLeave",
    });
    await expect(
      assignSchoolPost(officer, {
        id: teacher.id,
        kind: "PRINCIPAL",
        startedOn,
        currentTermStartedOn: startedOn,
      }),
    ).rejects.toMatchObject({ code: "INVALID_STATE", messageKey: "teachers.onLeave" });
    expect(await db().rotation.count({ where: { teacherId: teacher.id } })).toBe(0);
    expect(await db().schoolPost.count({ where: { teacherId: teacher.id } })).toBe(0);

    // On leave, a teacher may still retire; after that, the record is history.
    await markTeacherLeft(officer, { id: teacher.id, status: "RETIRED", leftOn: startedOn });
    await expect(
      markTeacherLeft(officer, { id: teacher.id, status: "LEFT", leftOn: new Date("2026-10-01T00:00:00Z") }),
    ).rejects.toMatchObject({ code: "INVALID_STATE", messageKey: "teachers.departed" });
    expect(await db().teacher.findUniqueOrThrow({ where: { id: teacher.id } })).toMatchObject({
      status: "RETIRED",
      schoolId: from.id,
      leftOn: startedOn,
    });
    expect(await audited()).toBe(auditedBefore + 1);
  });
});

describe("roster export", () => {
  it("writes a file the import reads back without a change", async () => {
    const principal = await sessionUserFor("jinan.principal");
    const target = { kind: "school" as const, id: principal.schoolId! };
    const { rows } = await listRosterExport(principal, target);
    const outcome = await importTeacherRoster(principal, target, {
      name: "export.xlsx",
      format: "xlsx",
      data: await rosterXlsx(rows),
    });
    expect(outcome).toEqual({
      status: "imported",
      summary: { rows: rows.length, inserted: 0, updated: rows.length },
    });
  });
});

describe("roster list", () => {
  it("computes ages and age bands on the reference date, a birthday counting from that day", async () => {
    await db().teacher.create({
      data: {
        schoolId: schools[0]!.id,
        staffNo: "AGE0001",
        name: "年龄测试",
        gender: "MALE",
        birthDate: new Date("1980-09-02T00:00:00Z"),
        highestDegree: "BACHELOR",
        subject: "MATH",
      },
    });
    const list = (on: string, ageBand: "40to45" | "46to54") =>
      listTeachers(
        officer,
        { kind: "county", id: countyId },
        {
          q: "AGE0001",
          ageBand,
          on: new Date(`${on}T00:00:00Z`),
          status: "current",
          sort: "name",
          dir: "asc",
          page: 1,
        },
      );
    // 45 on the eve of the 46th birthday, 46 on the day.
    expect((await list("2026-09-01", "40to45")).rows.map((row) => row.age)).toEqual([45]);
    expect((await list("2026-09-01", "46to54")).rows).toEqual([]);
    expect((await list("2026-09-02", "46to54")).rows.map((row) => row.age)).toEqual([46]);
    expect((await list("2026-09-02", "40to45")).rows).toEqual([]);
  });
});

describe("one staff number taken by two writes at the same moment", () => {
  const outcomes = (results: PromiseSettledResult<unknown>[]) =>
    results.map((result) => (result.status === "fulfilled" ? "saved" : result.reason));

  it("saves one new teacher and answers the others with the taken-number error", async () => {
    const schoolId = schools[0]!.id;
    const writes = Array.from({ length: 4 }, () =>
      createTeacher(officer, { schoolId, staffNo: "RACE-NEW", ...TEACHER_VALUES }),
    );
    const results = outcomes(await Promise.allSettled(writes));
    expect(results.filter((result) => result === "saved")).toHaveLength(1);
    for (const result of results.filter((result) => result !== "saved"))
      expect(result).toMatchObject({ code: "CONFLICT", messageKey: "teachers.staffNoTaken" });
  });

  it("gives the number to one of two corrected teachers and refuses the other with the same error", async () => {
    const teachers = await db().teacher.findMany({
      where: { schoolId: schools[1]!.id, status: "ACTIVE" },
      orderBy: { id: "asc" },
      take: 4,
      select: { id: true, version: true },
    });
    const writes = teachers.map(({ id, version }) =>
      updateTeacher(officer, { id, version, staffNo: "RACE-EDIT", ...TEACHER_VALUES }),
    );
    const results = outcomes(await Promise.allSettled(writes));
    expect(results.filter((result) => result === "saved")).toHaveLength(1);
    for (const result of results.filter((result) => result !== "saved"))
      expect(result).toMatchObject({ code: "CONFLICT", messageKey: "teachers.staffNoTaken" });
  });
});
