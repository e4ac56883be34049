// Optimistic concurrency of the editable records (decision 0023): a save names the version it read, exactly one of
// many writers of the same version wins, the others are told who changed what, and a save that changes nothing
// writes nothing.
import { beforeAll, describe, expect, it } from "vitest";
import { IDLE } from "@/lib/actions/action-state";
import { saveFacilityRecordAction } from "@/lib/actions/facilities";
import { updateTeacherAction } from "@/lib/actions/teachers";
import type { SessionUser } from "@/lib/data/auth/session-user";
import { saveFacilityRecord } from "@/lib/data/facilities/save-facility-record";
import { saveSubmission } from "@/lib/data/submissions/save-submission";
import { importTeacherRoster } from "@/lib/data/teachers/import-teacher-roster";
import { updateTeacher } from "@/lib/data/teachers/update-teacher";
import { db } from "@/lib/db";
import type { SaveFacilityRecordInput } from "@/lib/schemas/facilities";
import type { UpdateTeacherInput } from "@/lib/schemas/teachers";
import { rosterRows, rosterXlsx } from "../support/roster-file";
import { formData } from "../support/form-data";
import { sessionUserFor, sessionUserWhere } from "../support/session-user";
import { FACILITY_VALUES, TEACHER_VALUES } from "./support/action-cases";
import { outcome } from "./support/outcome";
import { signInAs } from "./support/session";

const SCHOOL_YEAR = 2024;
let officer: SessionUser;
let principal: SessionUser;
let schoolId: number;

beforeAll(async () => {
  principal = await sessionUserFor("jinan.principal");
  schoolId = principal.schoolId!;
  const school = await db().school.findUniqueOrThrow({ where: { id: schoolId }, select: { countyId: true } });
  officer = await sessionUserFor("jinan.shanghe");
  expect(officer.countyId, "the officer is the principal's county's").toBe(school.countyId);
});

const facility = () =>
  db().facilityRecord.findUniqueOrThrow({
    where: { schoolId_schoolYear: { schoolId, schoolYear: SCHOOL_YEAR } },
  });
const audits = (entity: string, entityId: number) =>
  db().auditLog.count({ where: { entity, entityId: String(entityId) } });
const facilityInput = (version: number, books: number): SaveFacilityRecordInput => ({
  ...(FACILITY_VALUES as unknown as SaveFacilityRecordInput),
  schoolId,
  schoolYear: SCHOOL_YEAR,
  books,
  version,
});

describe("facility records", () => {
  it("creates the record from version 0, and refuses a second creation from version 0", async () => {
    await db().facilityRecord.deleteMany({ where: { schoolId, schoolYear: SCHOOL_YEAR } });
    await saveFacilityRecord(principal, facilityInput(0, 1000));
    expect((await facility()).version).toBe(1);
    const second = await outcome(saveFacilityRecord(officer, facilityInput(0, 2000)));
    expect(second.refused?.code).toBe("STALE_VERSION");
    expect((await facility()).books).toBe(1000);
  });

  it("lets exactly one of 20 parallel saves of the same version through, and tells the 19 others who changed what", async () => {
    const before = await facility();
    const auditsBefore = await audits("facility_record", before.id);
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, index) =>
        outcome(
          saveFacilityRecord(index % 2 ? officer : principal, facilityInput(before.version, 5000 + index)),
        ),
      ),
    );
    const winners = results.flatMap((result, index) => (result.saved ? [index] : []));
    expect(winners).toHaveLength(1);
    const refusals = results.flatMap((result) => (result.refused ? [result.refused] : []));
    expect(refusals).toHaveLength(19);
    expect(refusals.every((refusal) => refusal.code === "STALE_VERSION")).toBe(true);

    const after = await facility();
    const winner = winners[0]!;
    expect(after.version).toBe(before.version + 1);
    expect(after.books).toBe(5000 + winner);
    expect(await audits("facility_record", before.id)).toBe(auditsBefore + 1);

    const winnerUser = winner % 2 ? officer : principal;
    const loser = results.findIndex((result) => result.refused);
    expect(refusals[0]!.params).toMatchObject({ who: winnerUser.displayName });
    expect(refusals[0]!.details).toMatchObject({
      version: before.version + 1,
      changedBy: winnerUser.displayName,
      changes: [{ field: "books", current: 5000 + winner, yours: 5000 + loser }],
    });
    expect(Date.parse((refusals[0]!.details as { changedAt: string }).changedAt)).toBeGreaterThan(
      Date.now() - 60_000,
    );
  });

  it("writes nothing for a save that changes nothing, and answers it as saved", async () => {
    const before = await facility();
    const auditsBefore = await audits("facility_record", before.id);
    await saveFacilityRecord(principal, facilityInput(before.version, before.books));
    expect((await facility()).version).toBe(before.version);
    expect(await audits("facility_record", before.id)).toBe(auditsBefore);
  });

  it("carries the version through the form, and answers a stale form with the conflict message", async () => {
    const before = await facility();
    signInAs(principal);
    const form = (version: number, books: number) =>
      formData(
        Object.fromEntries(
          Object.entries({ ...facilityInput(version, books) }).flatMap(([key, value]) =>
            value === false ? [] : [[key, value === true ? "on" : value]],
          ),
        ),
      );
    expect(await saveFacilityRecordAction(IDLE, form(before.version, 7001))).toMatchObject({
      status: "success",
    });
    expect(await saveFacilityRecordAction(IDLE, form(before.version, 7002))).toMatchObject({
      status: "error",
      code: "STALE_VERSION",
      messageKey: "staleRecord",
      params: { who: principal.displayName },
    });
    expect((await facility()).books).toBe(7001);
  });
});

describe("teachers", () => {
  let teacherId: number;
  const staffNo = "VERSIONED1";
  beforeAll(async () => {
    await db().teacher.deleteMany({ where: { staffNo } });
    teacherId = (await db().teacher.create({ data: { ...TEACHER_VALUES, schoolId, staffNo } })).id;
  });
  const teacher = () => db().teacher.findUniqueOrThrow({ where: { id: teacherId } });
  const edit = (version: number, changes: Partial<UpdateTeacherInput>): UpdateTeacherInput => ({
    id: teacherId,
    staffNo,
    ...TEACHER_VALUES,
    ...changes,
    version,
  });

  it("lets exactly one of 20 parallel saves of the same version through, with one audit entry", async () => {
    const before = await teacher();
    const auditsBefore = await audits("teacher", teacherId);
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, index) =>
        outcome(
          updateTeacher(
            index % 2 ? officer : principal,
            edit(before.version, { trainingHours5y: 200 + index }),
          ),
        ),
      ),
    );
    expect(results.filter((result) => result.saved)).toHaveLength(1);
    expect(results.filter((result) => result.refused?.code === "STALE_VERSION")).toHaveLength(19);
    const after = await teacher();
    expect(after.version).toBe(before.version + 1);
    expect(await audits("teacher", teacherId)).toBe(auditsBefore + 1);
  });

  it("names the fields that differ, and a stale save changes nothing", async () => {
    const before = await teacher();
    await updateTeacher(officer, edit(before.version, { title: "SENIOR", trainingHours5y: 300 }));
    const stale = await outcome(
      updateTeacher(principal, edit(before.version, { title: "SECOND", trainingHours5y: 300 })),
    );
    expect(stale.refused?.details).toMatchObject({
      changedBy: officer.displayName,
      changes: [{ field: "title", current: "SENIOR", yours: "SECOND" }],
    });
    expect(await teacher()).toMatchObject({ title: "SENIOR", version: before.version + 1 });
  });

  it("writes nothing for a save that changes nothing", async () => {
    const before = await teacher();
    const auditsBefore = await audits("teacher", teacherId);
    await updateTeacher(
      principal,
      edit(before.version, { title: before.title, trainingHours5y: before.trainingHours5y }),
    );
    expect((await teacher()).version).toBe(before.version);
    expect(await audits("teacher", teacherId)).toBe(auditsBefore);
  });

  it("makes an open editor stale when an import rewrites the teacher", async () => {
    const before = await teacher();
    const school = await db().school.findUniqueOrThrow({
      where: { id: schoolId },
      select: { code: true, name: true },
    });
    const [row] = rosterRows(1, [school], "IGNORED");
    const outcome = await importTeacherRoster(
      principal,
      { kind: "school", id: schoolId },
      {
        name: "roster.xlsx",
        format: "xlsx",
        data: await rosterXlsx([{ ...row!, staffNo, trainingHours5y: 42 }]),
      },
    );
    expect(outcome).toMatchObject({ status: "imported" });
    expect((await teacher()).version).toBe(before.version + 1);
    signInAs(principal);
    const answer = await updateTeacherAction(
      IDLE,
      formData({
        ...edit(before.version, { trainingHours5y: 43 }),
        birthDate: "1985-05-05",
        hiredOn: "",
        isFullTime: "on",
        hasTeachingCertificate: "on",
      }),
    );
    expect(answer).toMatchObject({ status: "error", code: "STALE_VERSION" });
    expect((await teacher()).trainingHours5y).toBe(42);
  });
});

describe("quarterly report drafts", () => {
  it("a draft save that changes nothing keeps the version and leaves no audit entry; a stale one is still refused", async () => {
    const open = await db().submission.findFirstOrThrow({
      where: { state: { in: ["NOT_STARTED", "DRAFT", "RETURNED"] }, period: { state: "OPEN" } },
      orderBy: { id: "asc" },
    });
    const countyOfficer = await sessionUserWhere({ role: "COUNTY_OFFICER", countyId: open.countyId });
    // A draft with a value in it, saved again exactly as it is.
    const entries = { projects_planned: { value: 13, note: null } };
    const { version } = await saveSubmission(countyOfficer, {
      submissionId: open.id,
      version: open.version,
      intent: "draft",
      entries,
    });
    const report = await db().submission.findUniqueOrThrow({ where: { id: open.id } });
    expect(report.version).toBe(version);
    const auditsBefore = await audits("submission", report.id);
    const saved = await saveSubmission(countyOfficer, {
      submissionId: report.id,
      version: report.version,
      intent: "draft",
      entries,
    });
    expect(saved.version).toBe(report.version);
    const after = await db().submission.findUniqueOrThrow({ where: { id: report.id } });
    expect(after.version).toBe(report.version);
    expect(await audits("submission", report.id)).toBe(auditsBefore);
    const stale = await outcome(
      saveSubmission(countyOfficer, {
        submissionId: report.id,
        version: report.version - 1,
        intent: "draft",
        entries,
      }),
    );
    expect(stale.refused?.code).toBe("STALE_VERSION");
  });
});
