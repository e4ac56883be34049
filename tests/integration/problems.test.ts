// The 整改台账 (issue 19): a county works its own and its schools' problems, only the level above the unit concerned
// accepts or returns one, a forged id from another county finds nothing, an open problem is not duplicated, every
// step is audited with its history row, and the ledger filters and counts in the database.
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { IDLE } from "@/lib/actions/action-state";
import {
  acceptProblemAction,
  createProblemAction,
  reportProblemProgressAction,
  returnProblemAction,
} from "@/lib/actions/problems";
import type { SessionUser } from "@/lib/data/auth/session-user";
import { createProblem } from "@/lib/data/problems/create-problem";
import { generateFigureProblems, previewFigureProblems } from "@/lib/data/problems/generate-figure-problems";
import { getEvidenceFile } from "@/lib/data/evidence/get-evidence-file";
import { getProblem } from "@/lib/data/problems/get-problem";
import { listProblemExport, listProblems } from "@/lib/data/problems/list-problems";
import { getProblemProgress } from "@/lib/data/problems/problem-progress";
import { dataVersionOf } from "@/lib/data/indicators/data-version";
import { buildProblemLedgerWorkbook } from "@/lib/excel/problem-ledger";
import {
  acceptProblem,
  reportProblemProgress,
  returnProblem,
  startProblem,
  submitProblem,
} from "@/lib/data/problems/move-problem";
import { db } from "@/lib/db";
import { type CreateProblemInput, problemListQuerySchema } from "@/lib/schemas/problems";
import { disguisedFile, PDF_BYTES, pdfFile } from "../support/evidence-file";
import { formData } from "../support/form-data";
import { sessionUserFor, type CitySessionUser } from "../support/session-user";
import { signInAs } from "./support/session";

/** Moves the city's data versions on as a city-wide audited write does (the test writes the rows directly). */
const bumpCityWideVersion = () => db().$executeRaw`
  INSERT INTO data_versions (city_id, version, shared_version) VALUES (${staff.cityId}, 1, 1)
  ON CONFLICT (city_id) DO UPDATE
    SET version = data_versions.version + 1, shared_version = data_versions.shared_version + 1`;

let staff: CitySessionUser;
let officer: CitySessionUser;
let otherOfficer: CitySessionUser;
let shanghe: { id: number; schoolCode: string; schoolId: number };
let lixia: { id: number; schoolCode: string };

const countyNamed = async (name: string) => {
  const county = await db().county.findFirstOrThrow({ where: { name }, select: { id: true } });
  const school = await db().school.findFirstOrThrow({
    where: { countyId: county.id },
    orderBy: { id: "asc" },
    select: { id: true, code: true },
  });
  return { id: county.id, schoolId: school.id, schoolCode: school.code };
};

let item = 0;
const problem = (overrides: Partial<CreateProblemInput> = {}): CreateProblemInput => ({
  countyId: shanghe.id,
  schoolCode: undefined,
  source: "SUPERVISION",
  itemKey: `test.item${++item}`,
  description: "校舍建筑面积生均不足",
  measures: "一校一策：新建教学楼",
  responsibleUnit: "商河县教体局",
  responsiblePerson: "张三",
  deadline: new Date("2027-06-30T00:00:00Z"),
  ...overrides,
});

const auditsOf = (id: number) =>
  db().auditLog.findMany({
    where: { entity: "problem", entityId: String(id) },
    orderBy: { id: "asc" },
    select: { action: true, actorId: true },
  });
const stateOf = async (id: number) => (await db().problem.findUniqueOrThrow({ where: { id } })).state;
const codeOf = (promise: Promise<unknown>) =>
  promise.then(
    () => "resolved",
    (error: { code?: string }) => error.code,
  );

beforeAll(async () => {
  [staff, officer, otherOfficer] = await Promise.all([
    sessionUserFor("jinan.staff"),
    sessionUserFor("jinan.shanghe"),
    sessionUserFor("jinan.tianqiao"),
  ]);
  [shanghe, lixia] = await Promise.all([countyNamed("商河县"), countyNamed("历下区")]);
});

describe("a county's own problem", () => {
  it("is worked by the county, returned with a reason and accepted by the city only", async () => {
    const { id } = await createProblem(staff, problem());
    expect(await stateOf(id)).toBe("OPEN");
    // City staff accept but do not work; nobody accepts before it is submitted.
    expect(await codeOf(startProblem(staff, { id, note: "" }))).toBe("FORBIDDEN");
    await startProblem(officer, { id, note: "已制定方案" });
    await reportProblemProgress(officer, { id, note: "主体完工", value: 4.2 });
    expect(await codeOf(acceptProblem(staff, { id, note: "" }))).toBe("INVALID_STATE");
    await submitProblem(officer, { id, note: "" });
    expect(await stateOf(id)).toBe("SUBMITTED");
    // The county cannot close its own problem, whatever the state.
    expect(await codeOf(acceptProblem(officer, { id, note: "" }))).toBe("FORBIDDEN");
    expect(await codeOf(returnProblem(officer, { id, note: "自行退回" }))).toBe("FORBIDDEN");

    await returnProblem(staff, { id, note: "缺少验收报告" });
    const returned = await db().problem.findUniqueOrThrow({ where: { id } });
    expect([returned.state, returned.returnReason, returned.currentValue]).toEqual([
      "RETURNED",
      "缺少验收报告",
      4.2,
    ]);
    expect(await codeOf(submitProblem(officer, { id, note: "" }))).toBe("INVALID_STATE");
    await startProblem(officer, { id, note: "补充材料" });
    await submitProblem(officer, { id, note: "" });
    await acceptProblem(staff, { id, note: "同意销号" });
    const accepted = await db().problem.findUniqueOrThrow({ where: { id } });
    expect([accepted.state, accepted.returnReason, accepted.acceptedAt !== null]).toEqual([
      "ACCEPTED",
      null,
      true,
    ]);
    expect(await codeOf(startProblem(officer, { id, note: "" }))).toBe("INVALID_STATE");

    // One audit record and one history row per step, by whom it was done.
    const steps = ["create", "start", "report", "submit", "return", "start", "submit", "accept"];
    expect((await auditsOf(id)).map((row) => [row.action, row.actorId])).toEqual(
      steps.map((step, index) => [
        step,
        index === 0 || step === "return" || step === "accept" ? staff.id : officer.id,
      ]),
    );
    const history = await getProblem(officer, id);
    expect(history?.events.map((event) => event.action)).toEqual(steps);
    expect(history?.events.find((event) => event.action === "return")?.note).toBe("缺少验收报告");
    expect(history?.allowedActions).toEqual([]);
  });
});

describe("a school's problem", () => {
  it("is accepted by its county, not by the city", async () => {
    const { id } = await createProblem(officer, problem({ schoolCode: shanghe.schoolCode }));
    expect((await db().problem.findUniqueOrThrow({ where: { id } })).schoolId).toBe(shanghe.schoolId);
    await startProblem(officer, { id, note: "" });
    await submitProblem(officer, { id, note: "" });
    expect((await getProblem(staff, id))?.allowedActions).toEqual([]);
    expect((await getProblem(officer, id))?.allowedActions.toSorted()).toEqual(["accept", "return"]);
    expect(await codeOf(acceptProblem(staff, { id, note: "" }))).toBe("FORBIDDEN");
    await acceptProblem(officer, { id, note: "" });
    expect(await stateOf(id)).toBe("ACCEPTED");
  });
});

describe("data versions", () => {
  // The dashboards' problem-progress card is a shared section keyed by the data version (decision 0053): every
  // problem write moves its county's and city's version in the write's transaction, and no other county's.
  it("every problem step moves its county's and the city's version, and leaves the other counties'", async () => {
    const versions = () =>
      Promise.all([
        dataVersionOf({ cityId: staff.cityId, countyId: null }),
        dataVersionOf({ cityId: staff.cityId, countyId: shanghe.id }),
        dataVersionOf({ cityId: staff.cityId, countyId: lixia.id }),
      ]);
    const steps: [string, () => Promise<unknown>][] = [];
    let id = 0;
    steps.push(["create", async () => ({ id } = await createProblem(officer, problem()))]);
    steps.push(["start", () => startProblem(officer, { id, note: "" })]);
    steps.push(["submit", () => submitProblem(officer, { id, note: "" })]);
    steps.push(["return", () => returnProblem(staff, { id, note: "证据不足" })]);
    steps.push(["resume", () => startProblem(officer, { id, note: "" })]);
    steps.push(["resubmit", () => submitProblem(officer, { id, note: "" })]);
    steps.push(["accept", () => acceptProblem(staff, { id, note: "" })]);
    for (const [name, step] of steps) {
      const [city, own, other] = await versions();
      await step();
      const [cityAfter, ownAfter, otherAfter] = await versions();
      expect(cityAfter, name).not.toBe(city);
      expect(ownAfter, name).not.toBe(own);
      expect(otherAfter, name).toBe(other);
    }
  });
});

describe("scope", () => {
  it("hides another county's problems and refuses forged ids", async () => {
    const { id } = await createProblem(officer, problem());
    expect(await getProblem(otherOfficer, id)).toBeNull();
    expect(await codeOf(startProblem(otherOfficer, { id, note: "" }))).toBe("NOT_FOUND");
    expect(await stateOf(id)).toBe("OPEN");
    // A county outside the officer's scope, or a school of another county named by code.
    expect(await codeOf(createProblem(officer, problem({ countyId: lixia.id })))).toBe("NOT_FOUND");
    expect(await codeOf(createProblem(officer, problem({ schoolCode: lixia.schoolCode })))).toBe(
      "VALIDATION",
    );
    const other = await listProblems(otherOfficer, problemListQuerySchema.parse({}));
    expect(other.rows.map((row) => row.id)).not.toContain(id);
    expect((await listProblems(staff, problemListQuerySchema.parse({}))).rows.map((row) => row.id)).toContain(
      id,
    );
  });

  it("answers a forged action call from another county with not found, and nothing moves", async () => {
    const { id } = await createProblem(staff, problem());
    await startProblem(officer, { id, note: "" });
    await submitProblem(officer, { id, note: "" });
    signInAs(otherOfficer);
    const refused = await returnProblemAction(IDLE, formData({ id, note: "伪造" }));
    expect(refused).toMatchObject({ status: "error", code: "NOT_FOUND" });
    // The county's own officer finds it, and is refused for its level.
    signInAs(officer);
    expect(await acceptProblemAction(IDLE, formData({ id }))).toMatchObject({
      status: "error",
      code: "FORBIDDEN",
    });
    expect(await stateOf(id)).toBe("SUBMITTED");
  });
});

describe("duplicates", () => {
  it("refuses a second open problem for the same unit and item, and allows one after acceptance", async () => {
    const first = await createProblem(
      officer,
      problem({ itemKey: "dup.item", schoolCode: shanghe.schoolCode }),
    );
    signInAs(officer);
    const refused = await createProblemAction(
      IDLE,
      formData({
        countyId: shanghe.id,
        schoolCode: shanghe.schoolCode,
        source: "MANUAL",
        itemKey: "dup.item",
        description: "重复",
        responsibleUnit: "某校",
        responsiblePerson: "李四",
        deadline: "2027-01-31",
      }),
    );
    expect(refused).toMatchObject({
      status: "error",
      code: "CONFLICT",
      fieldErrors: { itemKey: [{ key: "problemDuplicate" }] },
    });
    // The county's own problem on the same item is another unit.
    await createProblem(officer, problem({ itemKey: "dup.item" }));
    await startProblem(officer, { id: first.id, note: "" });
    await submitProblem(officer, { id: first.id, note: "" });
    await acceptProblem(officer, { id: first.id, note: "" });
    const again = await createProblem(
      officer,
      problem({ itemKey: "dup.item", schoolCode: shanghe.schoolCode }),
    );
    expect(again.id).not.toBe(first.id);
  });

  it("is enforced by the database for two writers at once", async () => {
    const same = problem({ itemKey: "race.item" });
    const outcomes = await Promise.all([
      codeOf(createProblem(officer, same)),
      codeOf(createProblem(staff, same)),
    ]);
    expect(outcomes.toSorted()).toEqual(["CONFLICT", "resolved"]);
  });
});

describe("the ledger", () => {
  it("filters by state, source, item and overdue, and counts by state under the other filters", async () => {
    const overdue = await createProblem(
      officer,
      problem({ itemKey: "ledger.late", deadline: new Date("2026-01-31T00:00:00Z") }),
    );
    await createProblem(officer, problem({ itemKey: "ledger.ontime", source: "VERIFICATION" }));
    const query = (params: Record<string, string>) =>
      listProblems(officer, problemListQuerySchema.parse(params), new Date("2026-12-02T04:00:00Z"));
    const late = await query({ overdue: "yes", item: "ledger." });
    expect(late.rows.map((row) => row.id)).toEqual([overdue.id]);
    expect(late.counts.OPEN).toBe(1);
    const verification = await query({ source: "VERIFICATION", item: "ledger." });
    expect(verification.rows.map((row) => row.itemKey)).toEqual(["ledger.ontime"]);
    const all = await query({ item: "ledger." });
    expect([all.total, all.counts.OPEN, all.counts.ACCEPTED]).toEqual([2, 2, 0]);
    // The state filter narrows the rows, not the counts.
    const accepted = await query({ item: "ledger.", state: "ACCEPTED" });
    expect([accepted.total, accepted.counts.OPEN]).toEqual([0, 2]);
  });
});

describe("the dashboards' 问题整改进展", () => {
  it("counts each county's problems, the accepted and the overdue, within the viewer's scope", async () => {
    const today = new Date("2026-12-02T04:00:00Z");
    const shangheOf = async (viewer: SessionUser) =>
      (await getProblemProgress(viewer, { today })).find((row) => row.countyId === shanghe.id)!;
    const before = await shangheOf(officer);
    await createProblem(officer, problem({ deadline: new Date("2026-11-30T00:00:00Z") }));
    const closing = await createProblem(staff, problem({ deadline: new Date("2026-11-30T00:00:00Z") }));
    await startProblem(officer, { id: closing.id, note: "" });
    await submitProblem(officer, { id: closing.id, note: "" });
    await acceptProblem(staff, { id: closing.id, note: "" });
    // Two more problems, one accepted; of the other's, overdue since 30 November (an accepted one is not overdue).
    expect(await shangheOf(officer)).toEqual({
      ...before,
      total: before.total + 2,
      closed: before.closed + 1,
      overdue: before.overdue + 1,
    });
    expect(await shangheOf(staff)).toEqual(await shangheOf(officer));
    // A county officer sees its own county only; city staff every county of the city, or the one asked for.
    expect((await getProblemProgress(officer)).map((row) => row.countyId)).toEqual([shanghe.id]);
    expect((await getProblemProgress(staff)).length).toBe(
      await db().county.count({ where: { cityId: staff.cityId } }),
    );
    expect((await getProblemProgress(staff, { countyId: lixia.id })).map((row) => row.countyId)).toEqual([
      lixia.id,
    ]);
    expect(await getProblemProgress(officer, { countyId: lixia.id })).toEqual([]);
  });
});

describe("the ledger's export", () => {
  it("lists the filtered problems with their latest progress in the ledger layout", async () => {
    const { id } = await createProblem(
      officer,
      problem({ itemKey: "export.item", description: "导出测试问题" }),
    );
    await startProblem(officer, { id, note: "" });
    await reportProblemProgress(officer, { id, note: "第一次进展" });
    await reportProblemProgress(officer, { id, note: "最新进展" });
    const rows = await listProblemExport(officer, problemListQuerySchema.parse({ item: "export.item" }));
    expect(rows.map((row) => [row.description, row.events.map((event) => event.note)])).toEqual([
      ["导出测试问题", ["最新进展"]],
    ]);
    expect(
      await listProblemExport(otherOfficer, problemListQuerySchema.parse({ item: "export.item" })),
    ).toEqual([]);

    const headers = ["序号", "问题", "责任单位", "整改措施", "完成时限", "进展", "状态"] as const;
    const xlsx = await buildProblemLedgerWorkbook(
      {
        sheetName: "整改台账",
        title: "整改台账",
        subtitle: "截至今日",
        headers: [...headers],
        creator: "测试",
      },
      [
        {
          problem: "商河县：导出测试问题",
          responsible: "商河县教体局 张三",
          measures: "一校一策",
          deadline: "2027年6月30日",
          progress: "最新进展",
          state: "整改中",
        },
      ],
      new Date("2026-12-02T00:00:00Z"),
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(new Uint8Array(xlsx).buffer);
    const sheet = workbook.worksheets[0]!;
    expect((sheet.getRow(3).values as unknown[]).slice(1)).toEqual([...headers]);
    expect((sheet.getRow(4).values as unknown[]).slice(1)).toEqual([
      1,
      "商河县：导出测试问题",
      "商河县教体局 张三",
      "一校一策",
      "2027年6月30日",
      "最新进展",
      "整改中",
    ]);
  });
});

describe("problems from the figures", () => {
  const unitItem = (problem: { schoolId: number | null; countyId: number; itemKey: string }) =>
    `${problem.schoolId ?? `county ${problem.countyId}`}|${problem.itemKey}`;

  it("are previewed and generated by city staff only, exactly as previewed, and never twice", async () => {
    expect(await codeOf(previewFigureProblems(officer))).toBe("FORBIDDEN");
    expect(await codeOf(generateFigureProblems(officer, { deadline: new Date("2027-06-30") }))).toBe(
      "FORBIDDEN",
    );

    // A known shortfall: a rural school of 商河县 taken out of its urban-rural group is on the list.
    const member = await db().educationGroupMember.findFirstOrThrow({
      where: { school: { countyId: shanghe.id, locationClass: "VILLAGE", level: "PRIMARY" }, leftOn: null },
      select: { schoolId: true },
    });
    await db().educationGroupMember.deleteMany({ where: { schoolId: member.schoolId } });
    // The figures are cached per data version: the change must show in the computation.
    await bumpCityWideVersion();

    let started = performance.now();
    const preview = await previewFigureProblems(staff);
    const previewMs = performance.now() - started;
    expect(preview.problems.map(unitItem)).toContain(`${member.schoolId}|rural_schools_in_groups_share`);
    expect(preview.problems.length).toBeGreaterThan(0);

    started = performance.now();
    const { created } = await generateFigureProblems(staff, { deadline: new Date("2027-06-30T00:00:00Z") });
    const generateMs = performance.now() - started;
    process.stdout.write(
      `[bench] figure problems: ${created} generated; preview ${Math.round(previewMs)} ms, generate ${Math.round(generateMs)} ms\n`,
    );
    expect(created).toBe(preview.problems.length);
    const stored = await db().problem.findMany({
      where: { source: "FIGURE", cityId: staff.cityId },
      select: {
        countyId: true,
        schoolId: true,
        itemKey: true,
        state: true,
        deadline: true,
        description: true,
      },
    });
    expect(stored.map(unitItem).toSorted()).toEqual(preview.problems.map(unitItem).toSorted());
    expect(stored.every((problem) => problem.state === "OPEN")).toBe(true);

    // Generating again adds nothing: every unit and item already has an open problem.
    expect((await previewFigureProblems(staff)).problems).toEqual([]);
    expect(await generateFigureProblems(staff, { deadline: new Date("2027-06-30T00:00:00Z") })).toEqual({
      created: 0,
    });
    // Once the school is back in a group, its problem says the figure meets the standard, and stays open.
    const groupProblem = await db().problem.findFirstOrThrow({
      where: { schoolId: member.schoolId, itemKey: "rural_schools_in_groups_share", source: "FIGURE" },
    });
    expect((await getProblem(officer, groupProblem.id))?.isFigureMetNow).toBe(false);
    const group = await db().educationGroup.findFirstOrThrow({
      where: { countyId: shanghe.id },
      select: { id: true },
    });
    await db().educationGroupMember.create({
      data: { groupId: group.id, schoolId: member.schoolId, joinedOn: new Date("2025-09-01T00:00:00Z") },
    });
    await bumpCityWideVersion();
    const metNow = await getProblem(officer, groupProblem.id);
    expect([metNow?.isFigureMetNow, metNow?.state]).toEqual([true, "OPEN"]);
    const audits = await db().auditLog.findMany({
      where: { entity: "problem", action: "generate", actorId: staff.id },
      orderBy: { id: "asc" },
    });
    expect(audits.map((audit) => (audit.after as { created: number }).created)).toEqual([created, 0]);
  });
});

describe("evidence files (佐证材料)", () => {
  it("are attached to a progress update, audited, listed with uploader and read back only within scope", async () => {
    const { id } = await createProblem(staff, problem());
    await startProblem(officer, { id, note: "" });
    await reportProblemProgress(officer, { id, note: "附验收报告", files: [pdfFile(), pdfFile("照片.pdf")] });

    const shown = await getProblem(officer, id);
    const files = shown?.events.find((event) => event.action === "report")?.files ?? [];
    expect(files.map((file) => [file.name, file.size, file.uploadedBy.displayName])).toEqual([
      ["验收报告.pdf", PDF_BYTES.byteLength, officer.displayName],
      ["照片.pdf", PDF_BYTES.byteLength, officer.displayName],
    ]);
    const audits = await db().auditLog.findMany({
      where: { entity: "evidence_file", entityId: { in: files.map((file) => String(file.id)) } },
      select: { action: true, actorId: true },
    });
    expect(audits).toEqual(files.map(() => ({ action: "attach", actorId: officer.id })));

    // Whoever sees the problem reads the file, under the type read from its bytes; another county does not.
    const read = await getEvidenceFile(staff, files[0]!.id);
    expect([read.name, read.mimeType, Buffer.from(read.bytes).equals(Buffer.from(PDF_BYTES))]).toEqual([
      "验收报告.pdf",
      "application/pdf",
      true,
    ]);
    expect(await codeOf(getEvidenceFile(otherOfficer, files[0]!.id))).toBe("NOT_FOUND");
    expect(await codeOf(getEvidenceFile(officer, 999_999_999))).toBe("NOT_FOUND");
  });

  it("of the wrong kind refuse the whole update: no history row, no file row", async () => {
    const { id } = await createProblem(staff, problem());
    await startProblem(officer, { id, note: "" });
    const events = await db().problemEvent.count({ where: { problemId: id } });
    const error = await reportProblemProgress(officer, {
      id,
      note: "伪装的网页",
      files: [pdfFile(), disguisedFile()],
    }).catch((caught: { code: string; details: unknown }) => caught);
    expect(error).toMatchObject({
      code: "VALIDATION",
      details: { fieldErrors: { files: [{ key: "evidenceFormat" }] } },
    });
    expect(await db().problemEvent.count({ where: { problemId: id } })).toBe(events);
    expect(await db().evidenceFile.count({ where: { problemId: id } })).toBe(0);
  });

  it("come through the form: an empty file input is no file, too many or a wrong name are field errors", async () => {
    const { id } = await createProblem(staff, problem());
    await startProblem(officer, { id, note: "" });
    signInAs(officer);
    const form = (files: File[]) => {
      const data = formData({ id, note: "表单上传" });
      for (const file of files) data.append("files", file);
      return data;
    };
    const empty = await reportProblemProgressAction(IDLE, form([new File([], "")]));
    expect(empty.status).toBe("success");
    expect(await db().evidenceFile.count({ where: { problemId: id } })).toBe(0);

    const tooMany = await reportProblemProgressAction(IDLE, form(Array.from({ length: 6 }, () => pdfFile())));
    expect(tooMany.status === "error" && tooMany.fieldErrors?.files?.[0]?.key).toBe("tooManyFiles");
    const exe = await reportProblemProgressAction(IDLE, form([pdfFile("setup.exe")]));
    expect(exe.status === "error" && exe.fieldErrors?.["files.0"]?.[0]?.key).toBe("evidenceFormat");

    const uploaded = await reportProblemProgressAction(IDLE, form([pdfFile()]));
    expect(uploaded.status).toBe("success");
    expect(await db().evidenceFile.count({ where: { problemId: id } })).toBe(1);
  });
});
