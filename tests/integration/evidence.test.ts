// Evidence files (佐证材料, issue 18; decision 0043) on a value of a county's quarterly report and on a school's
// facility record: attached by the record's writer while it is open, read by whoever may read the record, a forged
// id of another scope finds nothing and changes nothing, a submitted or approved report refuses uploads and
// deletions, only the uploader deletes, and every upload and deletion is audited.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/data/auth/session-user";
import { attachFacilityEvidence } from "@/lib/data/evidence/attach-facility-evidence";
import { attachValueEvidence } from "@/lib/data/evidence/attach-value-evidence";
import { deleteEvidenceFile } from "@/lib/data/evidence/delete-evidence-file";
import { getEvidenceFile } from "@/lib/data/evidence/get-evidence-file";
import { listFacilityEvidence } from "@/lib/data/evidence/list-facility-evidence";
import { listValueEvidence } from "@/lib/data/evidence/list-value-evidence";
import { getVerificationSample } from "@/lib/data/verification/get-sample";
import { db } from "@/lib/db";
import type { SubmissionState } from "@/lib/generated/prisma/enums";
import { disguisedFile, officeFile, PDF_BYTES, pdfFile } from "../support/evidence-file";
import { sessionUserFor } from "../support/session-user";

const codeOf = (promise: Promise<unknown>) =>
  promise.then(
    () => "resolved",
    (error: { code?: string }) => error.code,
  );

let officer: SessionUser;
let countyLeader: SessionUser;
let staff: SessionUser;
let otherOfficer: SessionUser;
let otherCityStaff: SessionUser;
let principal: SessionUser;
/** An older report of the officer's county, reopened for the test and put back as it was afterwards */
let report: { id: number; state: SubmissionState; reopenReason: string | null };
let valueId: number;
let otherValueId: number;

const setReport = (state: SubmissionState, reopenReason: string | null) =>
  db().submission.update({ where: { id: report.id }, data: { state, reopenReason } });
const filesOfValue = (id: number) => db().evidenceFile.count({ where: { submissionValueId: id } });

beforeAll(async () => {
  [officer, countyLeader, staff, otherOfficer, otherCityStaff, principal] = await Promise.all([
    sessionUserFor("jinan.shanghe"),
    sessionUserFor("jinan.shanghe.leader"),
    sessionUserFor("jinan.staff"),
    sessionUserFor("jinan.lixia"),
    sessionUserFor("weifang.staff"),
    sessionUserFor("jinan.principal"),
  ]);
  report = await db().submission.findFirstOrThrow({
    where: { countyId: officer.countyId!, state: "APPROVED", values: { some: {} } },
    orderBy: [{ period: { year: "asc" } }, { period: { quarter: "asc" } }],
    select: { id: true, state: true, reopenReason: true },
  });
  const values = await db().submissionValue.findMany({
    where: { submissionId: report.id },
    orderBy: { id: "asc" },
    select: { id: true },
    take: 2,
  });
  [valueId, otherValueId] = values.map((value) => value.id) as [number, number];
  // Reopened by the city for correction (the one way a closed quarter's report is writable).
  await setReport("RETURNED", "佐证材料测试");
});

afterAll(async () => {
  await db().evidenceFile.deleteMany({ where: { submissionValue: { submissionId: report.id } } });
  await setReport(report.state, report.reopenReason);
});

describe("evidence on a report's value", () => {
  it("is attached by the county, audited, listed per value and read back by the reviewer and the county", async () => {
    const result = await attachValueEvidence(officer, {
      valueId,
      files: [pdfFile("学校清单.pdf"), pdfFile("照片.pdf")],
    });
    expect(result).toEqual({ submissionId: report.id, count: 2 });

    const listed = await listValueEvidence(staff, report.id);
    const ofValue = listed?.find((value) => value.valueId === valueId);
    expect(ofValue?.files.map((file) => [file.name, file.size, file.uploadedBy.displayName])).toEqual([
      ["学校清单.pdf", PDF_BYTES.byteLength, officer.displayName],
      ["照片.pdf", PDF_BYTES.byteLength, officer.displayName],
    ]);
    expect(listed?.find((value) => value.valueId === otherValueId)?.files).toEqual([]);

    const fileId = ofValue!.files[0]!.id;
    for (const reader of [staff, officer, countyLeader]) {
      const read = await getEvidenceFile(reader, fileId);
      expect([read.name, read.mimeType, Buffer.from(read.bytes).equals(Buffer.from(PDF_BYTES))]).toEqual([
        "学校清单.pdf",
        "application/pdf",
        true,
      ]);
    }

    const audits = await db().auditLog.findMany({
      where: { entity: "evidence_file", entityId: { in: ofValue!.files.map((file) => String(file.id)) } },
      orderBy: { id: "asc" },
      select: { action: true, actorId: true, cityId: true, after: true },
    });
    expect(audits.map((audit) => [audit.action, audit.actorId, audit.cityId])).toEqual([
      ["attach", officer.id, officer.cityId],
      ["attach", officer.id, officer.cityId],
    ]);
    expect(audits[0]!.after).toMatchObject({ name: "学校清单.pdf", submissionValueId: valueId });
  });

  it("is invisible to another county and another city: the file, the list and an upload to a forged value", async () => {
    const [file] = await db().evidenceFile.findMany({ where: { submissionValueId: valueId }, take: 1 });
    for (const outsider of [otherOfficer, otherCityStaff]) {
      expect(await codeOf(getEvidenceFile(outsider, file!.id))).toBe("NOT_FOUND");
      expect(await listValueEvidence(outsider, report.id)).toBeNull();
    }
    // A principal may not read reports at all, nor their files.
    expect(await codeOf(getEvidenceFile(principal, file!.id))).toBe("NOT_FOUND");
    const before = await filesOfValue(valueId);
    expect(await codeOf(attachValueEvidence(otherOfficer, { valueId, files: [pdfFile()] }))).toBe(
      "NOT_FOUND",
    );
    expect(await codeOf(deleteEvidenceFile(otherOfficer, { id: file!.id }))).toBe("NOT_FOUND");
    expect(await codeOf(getEvidenceFile(officer, 999_999_999))).toBe("NOT_FOUND");
    expect(await filesOfValue(valueId)).toBe(before);
  });

  it("refuses a file whose bytes are not an allowed type, writing nothing", async () => {
    const before = await filesOfValue(otherValueId);
    const error = await attachValueEvidence(officer, {
      valueId: otherValueId,
      files: [pdfFile("好的.pdf"), disguisedFile()],
    }).catch((caught: unknown) => caught);
    expect((error as { code?: string }).code).toBe("VALIDATION");
    expect(await filesOfValue(otherValueId)).toBe(before);
  });

  it("takes Word and Excel 97–2003 files under WPS's names (.wps, .et) and serves them under the type read", async () => {
    await attachValueEvidence(officer, {
      valueId: otherValueId,
      files: [
        officeFile("report-libreoffice.doc", "核查说明.wps"),
        officeFile("teachers-libreoffice.xls", "教师.et"),
      ],
    });
    const listed = (await listValueEvidence(staff, report.id))?.find(
      (value) => value.valueId === otherValueId,
    );
    const read = await Promise.all(
      listed!.files
        .filter((file) => file.name === "核查说明.wps" || file.name === "教师.et")
        .map((file) => getEvidenceFile(staff, file.id)),
    );
    expect(read.map((file) => [file.name, file.mimeType]).sort()).toEqual([
      ["教师.et", "application/vnd.ms-excel"],
      ["核查说明.wps", "application/msword"],
    ]);
  });

  it("is refused to the reviewer, and refused to everyone once the report is submitted or approved", async () => {
    expect(await codeOf(attachValueEvidence(staff, { valueId, files: [pdfFile()] }))).toBe("FORBIDDEN");
    const [file] = await db().evidenceFile.findMany({ where: { submissionValueId: valueId }, take: 1 });
    const before = await filesOfValue(valueId);
    try {
      await setReport("SUBMITTED", "佐证材料测试");
      expect(await codeOf(attachValueEvidence(officer, { valueId, files: [pdfFile()] }))).toBe(
        "INVALID_STATE",
      );
      expect(await codeOf(deleteEvidenceFile(officer, { id: file!.id }))).toBe("INVALID_STATE");
      await setReport("APPROVED", "佐证材料测试");
      const refusal = await attachValueEvidence(officer, { valueId, files: [pdfFile()] }).catch(
        (caught: { code: string; messageKey: string }) => caught,
      );
      expect(refusal).toMatchObject({ code: "INVALID_STATE", messageKey: "submissions.locked" });
      // After approval the reviewer and the county still read them.
      expect((await getEvidenceFile(staff, file!.id)).name).toBe(file!.name);
    } finally {
      await setReport("RETURNED", "佐证材料测试");
    }
    expect(await filesOfValue(valueId)).toBe(before);
  });

  it("is deleted only by its uploader while the report is open, audited, and is gone for every reader", async () => {
    const [file] = await db().evidenceFile.findMany({ where: { submissionValueId: valueId }, take: 1 });
    expect(await codeOf(deleteEvidenceFile(countyLeader, { id: file!.id }))).toBe("FORBIDDEN");
    expect(await codeOf(deleteEvidenceFile(staff, { id: file!.id }))).toBe("FORBIDDEN");
    expect(await deleteEvidenceFile(officer, { id: file!.id })).toEqual({
      id: file!.id,
      submissionId: report.id,
      schoolId: null,
    });
    expect(await codeOf(getEvidenceFile(staff, file!.id))).toBe("NOT_FOUND");
    const audit = await db().auditLog.findFirstOrThrow({
      where: { entity: "evidence_file", entityId: String(file!.id), action: "delete" },
    });
    expect([audit.actorId, (audit.before as { name: string }).name]).toEqual([officer.id, file!.name]);
  });

  it("is shown to the verifier beside a sampled value", async () => {
    const { cityId, periodId } = await db()
      .submission.findUniqueOrThrow({
        where: { id: report.id },
        select: { periodId: true, period: { select: { cityId: true } } },
      })
      .then((row) => ({ cityId: row.period.cityId, periodId: row.periodId }));
    const sample = await db().verificationSample.create({
      data: { cityId, periodId, seed: "evidence", population: 1, drawnById: staff.id },
    });
    await db().verificationItem.create({
      data: { sampleId: sample.id, submissionValueId: valueId, sampledValue: 1 },
    });
    const shown = await getVerificationSample(staff, sample.id);
    const names = shown?.items[0]?.submissionValue.evidenceFiles.map((file) => file.name);
    expect(names).toEqual(
      (
        await db().evidenceFile.findMany({ where: { submissionValueId: valueId }, orderBy: { id: "asc" } })
      ).map((file) => file.name),
    );
    expect(names?.length).toBeGreaterThan(0);
  });
});

describe("evidence on a facility record", () => {
  let recordId: number;
  let schoolYear: number;

  beforeAll(async () => {
    const record = await db().facilityRecord.findFirstOrThrow({
      where: { schoolId: principal.schoolId! },
      orderBy: { schoolYear: "desc" },
      select: { id: true, schoolYear: true },
    });
    [recordId, schoolYear] = [record.id, record.schoolYear];
  });

  afterAll(() => db().evidenceFile.deleteMany({ where: { facilityRecordId: recordId } }));

  it("is attached by the principal, read by the county and the city, audited", async () => {
    expect(await attachFacilityEvidence(principal, { recordId, files: [pdfFile("操场照片.pdf")] })).toEqual({
      schoolId: principal.schoolId,
      count: 1,
    });
    const listed = await listFacilityEvidence(officer, principal.schoolId!, schoolYear);
    expect(listed?.recordId).toBe(recordId);
    expect(listed?.files.map((file) => [file.name, file.uploadedBy.displayName])).toEqual([
      ["操场照片.pdf", principal.displayName],
    ]);
    for (const reader of [principal, officer, staff]) {
      expect((await getEvidenceFile(reader, listed!.files[0]!.id)).mimeType).toBe("application/pdf");
    }
    const audit = await db().auditLog.findFirstOrThrow({
      where: { entity: "evidence_file", entityId: String(listed!.files[0]!.id) },
    });
    expect([audit.action, audit.actorId, audit.cityId]).toEqual(["attach", principal.id, officer.cityId]);
  });

  it("is not found by another county or city, and a forged record id attaches nothing", async () => {
    const [file] = await db().evidenceFile.findMany({ where: { facilityRecordId: recordId }, take: 1 });
    const before = await db().evidenceFile.count({ where: { facilityRecordId: recordId } });
    for (const outsider of [otherOfficer, otherCityStaff]) {
      expect(await codeOf(getEvidenceFile(outsider, file!.id))).toBe("NOT_FOUND");
      expect(await listFacilityEvidence(outsider, principal.schoolId!, schoolYear)).toBeNull();
    }
    expect(await codeOf(attachFacilityEvidence(otherOfficer, { recordId, files: [pdfFile()] }))).toBe(
      "NOT_FOUND",
    );
    // The city reads but does not keep a school's facilities.
    expect(await codeOf(attachFacilityEvidence(staff, { recordId, files: [pdfFile()] }))).toBe("FORBIDDEN");
    expect(await db().evidenceFile.count({ where: { facilityRecordId: recordId } })).toBe(before);
  });

  it("is deleted by its uploader only", async () => {
    const [file] = await db().evidenceFile.findMany({ where: { facilityRecordId: recordId }, take: 1 });
    expect(await codeOf(deleteEvidenceFile(officer, { id: file!.id }))).toBe("FORBIDDEN");
    expect((await deleteEvidenceFile(principal, { id: file!.id })).schoolId).toBe(principal.schoolId);
    expect(await db().evidenceFile.count({ where: { id: file!.id } })).toBe(0);
  });
});

describe("the evidence table", () => {
  it("holds exactly one owner per file (a CHECK in the database, not only in the code)", async () => {
    const insert = (submissionValueId: number | null, facilityRecordId: number | null) => db().$executeRaw`
      INSERT INTO evidence_files (submission_value_id, facility_record_id, name, mime_type, size, sha256, uploaded_by_id)
      VALUES (${submissionValueId}, ${facilityRecordId}, 'x.pdf', 'application/pdf', 1, ${"0".repeat(64)}, ${officer.id})`;
    const record = await db().facilityRecord.findFirstOrThrow({ select: { id: true } });
    await expect(insert(valueId, null)).resolves.toBe(1);
    await expect(insert(valueId, record.id)).rejects.toThrow(/evidence_files_one_owner_check/);
    await expect(insert(null, null)).rejects.toThrow(/evidence_files_one_owner_check/);
  });
});
