import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { IDLE } from "@/lib/actions/action-state";
import { openPeriodAction, uploadSubmissionWorkbookAction } from "@/lib/actions/submissions";
import { getSubmission, type SubmissionView } from "@/lib/data/submissions/get-submission";
import { buildSubmissionTemplate } from "@/lib/excel/submission-workbook";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/data/auth/session-user";
import { sessionUserFor } from "../support/session-user";
import { signInAs } from "./support/session";
import { formData } from "../support/form-data";
import { CONSISTENT_PROJECT_VALUES } from "../support/reports";

// Excel round trip: the template downloaded for a report, filled offline, uploaded; all or nothing.

let officer: SessionUser;
let submission: SubmissionView;

const LABELS = {
  sheetName: "季度调度",
  title: "商河县",
  headers: {
    key: "指标代码",
    name: "指标名称",
    unit: "单位",
    rule: "规则",
    lastQuarter: "上季度",
    value: "本季度",
    note: "说明",
  },
  rules: { COUNT: "", PERCENT: "", AMOUNT: "", RATIO: "", DECIMAL: "", BOOLEAN: "" },
  instructions: { sheetName: "填写说明", lines: ["填写说明"] },
};

/** The template of the report, filled in as a county would: `edit` may change single cells by key. */
async function filledWorkbook(edit: (key: string) => ExcelJS.CellValue | undefined = () => undefined) {
  const template = await buildSubmissionTemplate(
    submission,
    submission.fields.map((field) => ({ ...field, name: field.nameZh })),
    LABELS,
  );
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(new Uint8Array(template).buffer);
  const sheet = workbook.getWorksheet("季度调度")!;
  sheet.eachRow((row, number) => {
    if (number < 3) return;
    const key = String(row.getCell(1).value);
    row.getCell(6).value = edit(key) ?? CONSISTENT_PROJECT_VALUES[key] ?? 1;
  });
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

function upload(file: Uint8Array) {
  const form = new FormData();
  form.set("submissionId", String(submission.id));
  form.set("file", new Blob([new Uint8Array(file)]), "report.xlsx");
  return uploadSubmissionWorkbookAction(IDLE, form);
}

async function storedValues() {
  return db().submissionValue.findMany({
    where: { submissionId: submission.id },
    orderBy: { indicatorKey: "asc" },
    select: { indicatorKey: true, value: true },
  });
}

beforeAll(async () => {
  signInAs(await sessionUserFor("jinan.staff"));
  await openPeriodAction(IDLE, formData({ year: 2027, quarter: 1, deadline: "2027-03-25" }));
  officer = await sessionUserFor("jinan.shanghe");
  signInAs(officer);
  const row = await db().submission.findFirstOrThrow({
    where: { countyId: officer.countyId!, period: { year: 2027, quarter: 1 } },
  });
  submission = (await getSubmission(officer, row.id))!;
});

describe("uploading a filled template", () => {
  it("writes nothing when one row is bad, and reports that row", async () => {
    const before = await storedValues();
    const keys = submission.fields.map((field) => field.key);
    const badRow = 3 + keys.indexOf("teachers_trained");
    const result = await upload(await filledWorkbook((key) => (key === "teachers_trained" ? -4 : undefined)));
    expect(result).toMatchObject({
      status: "error",
      code: "VALIDATION",
      messageKey: "submissions.workbookRows",
      params: { count: 1 },
      details: {
        rows: [{ row: badRow, key: "teachers_trained", errors: [{ key: "submissions.negative" }] }],
      },
    });
    expect(await storedValues()).toEqual(before);
  });

  it("reports an unknown indicator code by row and writes nothing", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(new Uint8Array(await filledWorkbook()).buffer);
    workbook.getWorksheet("季度调度")!.getRow(3).getCell(1).value = "no_such_indicator";
    const before = await storedValues();
    const refused = await upload(new Uint8Array(await workbook.xlsx.writeBuffer()));
    expect(refused).toMatchObject({ status: "error", code: "VALIDATION" });
    if (refused.status !== "error") return;
    expect(refused.details).toMatchObject({
      rows: expect.arrayContaining([
        {
          row: 3,
          key: "no_such_indicator",
          // The row's name as the file gives it, which the page's error names the row by.
          name: submission.fields[0]!.nameZh,
          errors: [{ key: "submissions.unknownIndicator" }],
        },
      ]),
    });
    expect(await storedValues()).toEqual(before);
  });

  it("refuses a file that is not a template", async () => {
    expect(await upload(new TextEncoder().encode("not a workbook"))).toMatchObject({
      status: "error",
      messageKey: "submissions.workbookUnreadable",
    });
  });

  it("saves a valid file as a draft with every value", async () => {
    submission = (await getSubmission(officer, submission.id))!;
    const result = await upload(await filledWorkbook((key) => (key === "projects_planned" ? 12 : undefined)));
    expect(result).toMatchObject({ status: "success", messageKey: "submissions.imported" });
    const values = await storedValues();
    expect(values).toHaveLength(submission.fields.length);
    expect(values.find((v) => v.indicatorKey === "projects_planned")?.value?.toString()).toBe("12");
    expect((await db().submission.findUniqueOrThrow({ where: { id: submission.id } })).state).toBe("DRAFT");
  });
});

describe("a template made from an older version", () => {
  it("is refused like a stale save once the report was saved since the download", async () => {
    submission = (await getSubmission(officer, submission.id))!;
    const stale = await filledWorkbook();
    expect((await upload(stale)).status).toBe("success");
    const before = await storedValues();
    expect(await upload(stale)).toMatchObject({ status: "error", code: "STALE_VERSION" });
    expect(await storedValues()).toEqual(before);
  });
});
