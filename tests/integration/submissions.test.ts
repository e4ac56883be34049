import { beforeAll, describe, expect, it } from "vitest";
import { IDLE, type ActionState } from "@/lib/actions/action-state";
import {
  approveSubmissionAction,
  closePeriodAction,
  openPeriodAction,
  reopenSubmissionAction,
  returnSubmissionAction,
  saveSubmissionAction,
} from "@/lib/actions/submissions";
import { unsafeComputeIndicators } from "@/lib/data/indicators/compute-indicators";
import { getCompletenessTrend, getPeriodBoard } from "@/lib/data/submissions/get-period-board";
import { getSubmission } from "@/lib/data/submissions/get-submission";
import { getSubmissionSummary } from "@/lib/data/submissions/get-submission-summary";
import { db } from "@/lib/db";
import { SUBMISSION_WORKFLOW } from "@/lib/workflows/submissions";
import { sessionUserFor, type CitySessionUser } from "../support/session-user";
import { signInAs } from "./support/session";
import { formData } from "../support/form-data";
import { CONSISTENT_PROJECT_VALUES } from "../support/reports";

// The quarterly report workflow through the server actions, on a quarter opened by the test (2027 Q1).

/** A complete, consistent set of values, each with a note so no outlier rule can hold the submit up. */
async function validValues(overrides: Record<string, string> = {}) {
  const definitions = await db().indicatorDefinition.findMany({
    where: { kind: "REPORTED" },
    select: { key: true, valueType: true },
  });
  const fields: Record<string, string> = {};
  for (const { key, valueType } of definitions) {
    fields[`values.${key}`] =
      CONSISTENT_PROJECT_VALUES[key]?.toString() ??
      (valueType === "PERCENT" ? "50" : valueType === "BOOLEAN" ? "1" : "5");
    fields[`notes.${key}`] = "核实无误";
  }
  for (const [key, value] of Object.entries(overrides)) fields[key] = value;
  return fields;
}

let officer: CitySessionUser;
let otherOfficer: CitySessionUser;
let staff: CitySessionUser;
let shangheId: number;
let submissionId: number;
let periodId: number;

async function snapshot(id: number) {
  const [submission, values, changes, revisions, events, audits] = await Promise.all([
    db().submission.findUniqueOrThrow({ where: { id }, select: { state: true, version: true } }),
    db().submissionValue.findMany({
      where: { submissionId: id },
      orderBy: { indicatorKey: "asc" },
      select: { indicatorKey: true, value: true, note: true, returnComment: true },
    }),
    db().submissionValueChange.count({ where: { value: { submissionId: id } } }),
    db().submissionRevision.count({ where: { submissionId: id } }),
    db().submissionEvent.count({ where: { submissionId: id } }),
    db().auditLog.count({ where: { entity: "submission", entityId: String(id) } }),
  ]);
  return {
    submission,
    values: values.map((v) => ({ ...v, value: v.value?.toString() })),
    changes,
    revisions,
    events,
    audits,
  };
}

async function version() {
  return (await db().submission.findUniqueOrThrow({ where: { id: submissionId } })).version;
}

async function expectSuccess(state: Promise<ActionState>) {
  const result = await state;
  expect(result, JSON.stringify(result)).toMatchObject({ status: "success" });
}

beforeAll(async () => {
  officer = await sessionUserFor("jinan.shanghe");
  otherOfficer = await sessionUserFor("jinan.lixia");
  staff = await sessionUserFor("jinan.staff");
  shangheId = officer.countyId!;

  signInAs(staff);
  await expectSuccess(openPeriodAction(IDLE, formData({ year: 2027, quarter: 1, deadline: "2027-03-25" })));
  const period = await db().reportingPeriod.findUniqueOrThrow({
    where: { cityId_year_quarter: { cityId: staff.cityId, year: 2027, quarter: 1 } },
    include: { submissions: { select: { id: true, countyId: true, state: true } } },
  });
  periodId = period.id;
  submissionId = period.submissions.find((s) => s.countyId === shangheId)!.id;
});

describe("opening a quarter", () => {
  it("creates a not-started report for every county of the city, functional zones included", async () => {
    const counties = await db().county.findMany({
      where: { cityId: staff.cityId },
      select: { id: true, kind: true },
    });
    const submissions = await db().submission.findMany({ where: { periodId } });
    expect(submissions).toHaveLength(counties.length);
    expect(counties.some((county) => county.kind === "FUNCTIONAL_ZONE")).toBe(true);
    expect(new Set(submissions.map((s) => s.state))).toEqual(new Set(["NOT_STARTED"]));
  });

  it("refuses to open the same quarter twice", async () => {
    signInAs(staff);
    const result = await openPeriodAction(IDLE, formData({ year: 2027, quarter: 1, deadline: "2027-03-25" }));
    expect(result).toMatchObject({ status: "error", code: "INVALID_STATE" });
  });
});

describe("the full workflow", () => {
  it("draft → submit → return with reason → resubmit → approve → locked → reopen with reason", async () => {
    signInAs(officer);
    // A draft may be partial.
    await expectSuccess(
      saveSubmissionAction(
        IDLE,
        formData({ submissionId, version: 0, intent: "draft", "values.projects_planned": "10" }),
      ),
    );
    expect((await snapshot(submissionId)).submission).toEqual({ state: "DRAFT", version: 1 });

    await expectSuccess(
      saveSubmissionAction(
        IDLE,
        formData({ submissionId, version: 1, intent: "submit", ...(await validValues()) }),
      ),
    );
    let view = await getSubmission(officer, submissionId);
    expect(view).toMatchObject({ state: "SUBMITTED", isLate: false, canEdit: false });

    signInAs(staff);
    await expectSuccess(
      returnSubmissionAction(
        IDLE,
        formData({
          submissionId,
          version: await version(),
          reason: "完成投资与项目进度不匹配",
          "comments.investment_completed": "请核实完成投资额",
        }),
      ),
    );

    signInAs(officer);
    view = await getSubmission(officer, submissionId);
    expect(view).toMatchObject({
      state: "RETURNED",
      returnReason: "完成投资与项目进度不匹配",
      canEdit: true,
    });
    expect(view?.fields.find((f) => f.key === "investment_completed")?.returnComment).toBe(
      "请核实完成投资额",
    );

    await expectSuccess(
      saveSubmissionAction(
        IDLE,
        formData({
          submissionId,
          version: await version(),
          intent: "submit",
          ...(await validValues({ "values.investment_completed": "950" })),
        }),
      ),
    );
    view = await getSubmission(staff, submissionId);
    expect(view?.state).toBe("SUBMITTED");
    expect(view?.revisions.map((r) => r.revision)).toEqual([1, 2]);
    expect(view?.revisions[1]?.values.investment_completed?.value).toBe(950);
    expect(view?.fields.find((f) => f.key === "investment_completed")).toMatchObject({
      returnComment: null,
      changes: [
        expect.objectContaining({ oldValue: 900, newValue: 950, changedBy: officer.displayName }),
        expect.objectContaining({ oldValue: null, newValue: 900 }),
      ],
    });

    signInAs(staff);
    await expectSuccess(approveSubmissionAction(IDLE, formData({ submissionId, version: await version() })));
    expect((await snapshot(submissionId)).submission.state).toBe("APPROVED");

    // Locked: the county's save is refused and changes nothing.
    signInAs(officer);
    const before = await snapshot(submissionId);
    const refused = await saveSubmissionAction(
      IDLE,
      formData({ submissionId, version: await version(), intent: "draft", ...(await validValues()) }),
    );
    expect(refused).toMatchObject({
      status: "error",
      code: "INVALID_STATE",
      messageKey: "submissions.locked",
    });
    expect(await snapshot(submissionId)).toEqual(before);

    // Reopening needs a reason and is audited.
    signInAs(staff);
    const noReason = await reopenSubmissionAction(
      IDLE,
      formData({ submissionId, version: await version(), reason: " " }),
    );
    expect(noReason).toMatchObject({ status: "error", code: "VALIDATION" });
    await expectSuccess(
      reopenSubmissionAction(
        IDLE,
        formData({ submissionId, version: await version(), reason: "统计口径调整" }),
      ),
    );
    const audit = await db().auditLog.findFirstOrThrow({
      where: { entity: "submission", entityId: String(submissionId), action: "reopen" },
    });
    expect(audit.actorId).toBe(staff.id);
    view = await getSubmission(officer, submissionId);
    expect(view).toMatchObject({ state: "RETURNED", reopenReason: "统计口径调整", canEdit: true });
    expect(view?.events.map((e) => e.toState)).toEqual([
      "DRAFT",
      "SUBMITTED",
      "RETURNED",
      "SUBMITTED",
      "APPROVED",
      "RETURNED",
    ]);
  });

  it("counts only approved values in the indicators", async () => {
    const compute = () =>
      unsafeComputeIndicators(db(), {
        cityId: staff.cityId,
        countyIds: [shangheId],
        includeCity: false,
        asOf: new Date("2027-02-15T00:00:00Z"),
      });
    /** The county's latest approved projects_planned, as the indicator pages show it */
    const planned = async () => {
      const computation = await compute();
      const latest = computation.counties.get(shangheId)?.values.get("projects_planned");
      return {
        quarter: latest ? `${latest.quarter.year}Q${latest.quarter.quarter}` : null,
        value: latest?.result.computable ? latest.result.value : null,
        isAwaitingApproval: computation.awaitingApproval.has(shangheId),
      };
    };
    // Reopened (returned): the 2027 Q1 figures do not count, and the county shows as awaiting approval.
    expect(await planned()).toMatchObject({ isAwaitingApproval: true });
    expect((await planned()).quarter).not.toBe("2027Q1");
    signInAs(officer);
    await expectSuccess(
      saveSubmissionAction(
        IDLE,
        formData({
          submissionId,
          version: await version(),
          intent: "submit",
          ...(await validValues({ "values.projects_planned": "12", "values.projects_started": "8" })),
        }),
      ),
    );
    expect((await planned()).quarter).not.toBe("2027Q1");
    signInAs(staff);
    await expectSuccess(approveSubmissionAction(IDLE, formData({ submissionId, version: await version() })));
    expect(await planned()).toEqual({ quarter: "2027Q1", value: 12, isAwaitingApproval: false });
  });
});

describe("concurrent saves", () => {
  it("lets exactly one of two writers of the same version through and reports the current values to the other", async () => {
    const lixia = await db().submission.findFirstOrThrow({
      where: { periodId, countyId: otherOfficer.countyId! },
    });
    signInAs(otherOfficer);
    const read = lixia.version;
    const [first, second] = await Promise.all([
      saveSubmissionAction(
        IDLE,
        formData({ submissionId: lixia.id, version: read, intent: "draft", "values.projects_planned": "11" }),
      ),
      saveSubmissionAction(
        IDLE,
        formData({ submissionId: lixia.id, version: read, intent: "draft", "values.projects_planned": "12" }),
      ),
    ]);
    const results = [first, second];
    expect(results.filter((r) => r.status === "success")).toHaveLength(1);
    const stale = results.find((r) => r.status === "error");
    expect(stale).toMatchObject({ code: "STALE_VERSION", details: { current: { version: read + 1 } } });
    const winner = results[0]?.status === "success" ? "11" : "12";
    const value = await db().submissionValue.findFirstOrThrow({
      where: { submissionId: lixia.id, indicatorKey: "projects_planned" },
    });
    expect(value.value?.toString()).toBe(winner);
    expect(
      (stale as { details: { current: { values: Record<string, { value: number }> } } }).details.current
        .values.projects_planned?.value,
    ).toBe(Number(winner));
    expect((await db().submission.findUniqueOrThrow({ where: { id: lixia.id } })).version).toBe(read + 1);
    expect(await db().submissionValueChange.count({ where: { valueId: value.id } })).toBe(1);
  });
});

describe("value history", () => {
  it("records each changed value once, old and new, with exact decimals, and leaves unchanged values alone", async () => {
    const county = await db().county.findFirstOrThrow({ where: { name: "章丘区" } });
    const report = await db().submission.findFirstOrThrow({ where: { periodId, countyId: county.id } });
    const countyOfficer = await sessionUserFor(
      (await db().user.findFirstOrThrow({ where: { countyId: county.id, role: "COUNTY_OFFICER" } }))
        .loginName,
    );
    signInAs(countyOfficer);
    const draft = (version: number, investment: string) =>
      saveSubmissionAction(
        IDLE,
        formData({
          submissionId: report.id,
          version,
          intent: "draft",
          "values.projects_planned": "10",
          "values.investment_completed": investment,
          "notes.investment_completed": "含追加投资",
        }),
      );
    await expectSuccess(draft(report.version, "123.4567"));
    await expectSuccess(draft(report.version + 1, "130"));

    const changes = await db().submissionValueChange.findMany({
      where: { value: { submissionId: report.id } },
      select: {
        version: true,
        value: { select: { indicatorKey: true } },
        oldValue: true,
        newValue: true,
        oldNote: true,
        newNote: true,
        changedById: true,
      },
    });
    const history = changes
      .map(({ value, oldValue, newValue, ...change }) => ({
        ...change,
        key: value.indicatorKey,
        oldValue: oldValue?.toString() ?? null,
        newValue: newValue?.toString() ?? null,
      }))
      .sort((a, b) => a.version - b.version || a.key.localeCompare(b.key));
    const by = { changedById: countyOfficer.id };
    expect(history).toEqual([
      {
        version: report.version + 1,
        key: "investment_completed",
        oldValue: null,
        newValue: "123.4567",
        oldNote: null,
        newNote: "含追加投资",
        ...by,
      },
      {
        version: report.version + 1,
        key: "projects_planned",
        oldValue: null,
        newValue: "10",
        oldNote: null,
        newNote: null,
        ...by,
      },
      {
        version: report.version + 2,
        key: "investment_completed",
        oldValue: "123.4567",
        newValue: "130",
        oldNote: "含追加投资",
        newNote: "含追加投资",
        ...by,
      },
    ]);
    const stored = await db().submissionValue.findMany({
      where: { submissionId: report.id },
      select: { indicatorKey: true, value: true },
      orderBy: { indicatorKey: "asc" },
    });
    expect(stored.map((row) => [row.indicatorKey, row.value?.toString()])).toEqual([
      ["investment_completed", "130"],
      ["projects_planned", "10"],
    ]);
  });
});

describe("invalid payloads", () => {
  let target: number;
  beforeAll(async () => {
    const county = await db().county.findFirstOrThrow({ where: { name: "平阴县" } });
    target = (await db().submission.findFirstOrThrow({ where: { periodId, countyId: county.id } })).id;
  });

  const cases: [string, (fields: Record<string, string>) => Record<string, string>, string, string][] = [
    [
      "text in a number",
      (f) => ({ ...f, "values.projects_planned": "abc" }),
      "values.projects_planned",
      "submissions.notNumber",
    ],
    [
      "a fractional count",
      (f) => ({ ...f, "values.projects_planned": "2.5" }),
      "values.projects_planned",
      "submissions.integer",
    ],
    [
      "a negative count",
      (f) => ({ ...f, "values.teachers_trained": "-1" }),
      "values.teachers_trained",
      "submissions.negative",
    ],
    [
      "a negative amount",
      (f) => ({ ...f, "values.investment_budgeted": "-5" }),
      "values.investment_budgeted",
      "submissions.negative",
    ],
    [
      "a percentage over 100",
      (f) => ({ ...f, "values.rural_students_city_trip_share": "101" }),
      "values.rural_students_city_trip_share",
      "submissions.percentRange",
    ],
    [
      "started > planned",
      (f) => ({ ...f, "values.projects_started": "11" }),
      "values.projects_started",
      "submissions.startedOverPlanned",
    ],
    [
      "finished > started",
      (f) => ({ ...f, "values.projects_completed": "9" }),
      "values.projects_completed",
      "submissions.completedOverStarted",
    ],
    [
      "spent > budget without a note",
      (f) => ({ ...f, "values.investment_completed": "1200", "notes.investment_completed": "" }),
      "values.investment_completed",
      "submissions.spentOverBudget",
    ],
    [
      "a missing value at submit",
      (f) => ({ ...f, "values.dropout_count": "" }),
      "values.dropout_count",
      "submissions.requiredAtSubmit",
    ],
    [
      "an unexplained outlier at submit",
      (f) => ({ ...f, "values.projects_planned": "1000", "notes.projects_planned": "" }),
      "notes.projects_planned",
      // against last quarter, or the county's history when last quarter was not approved
      "submissions.outlier(Change|History)",
    ],
    [
      "an unknown indicator",
      (f) => ({ ...f, "values.not_an_indicator": "1" }),
      "values.not_an_indicator",
      "invalid",
    ],
    [
      "an over-long note",
      (f) => ({ ...f, "notes.projects_planned": "长".repeat(1001) }),
      "notes.projects_planned",
      "tooLong",
    ],
  ];

  for (const [label, mutate, field, key] of cases) {
    it(`refuses ${label} and changes nothing`, async () => {
      signInAs(await sessionUserFor("jinan.pingyin"));
      const before = await snapshot(target);
      const result = await saveSubmissionAction(
        IDLE,
        formData({
          submissionId: target,
          version: before.submission.version,
          intent: "submit",
          ...mutate(await validValues()),
        }),
      );
      expect(result).toMatchObject({ status: "error", code: "VALIDATION" });
      if (result.status !== "error") return;
      expect(result.fieldErrors?.[field]?.map((e) => e.key)).toContainEqual(
        expect.stringMatching(`^${key}$`),
      );
      expect(await snapshot(target)).toEqual(before);
    });
  }

  it("refuses a missing or malformed id or version and an unknown intent", async () => {
    signInAs(await sessionUserFor("jinan.pingyin"));
    const before = await snapshot(target);
    for (const fields of <Record<string, string | number>[]>[
      { version: 0, intent: "draft" },
      { submissionId: "x", version: 0, intent: "draft" },
      { submissionId: target, version: -1, intent: "draft" },
      { submissionId: target, version: 0, intent: "publish" },
    ]) {
      expect(await saveSubmissionAction(IDLE, formData(fields))).toMatchObject({
        status: "error",
        code: "VALIDATION",
      });
    }
    expect(await snapshot(target)).toEqual(before);
  });
});

describe("returning a report", () => {
  it("needs a reason overall or on a value, refuses unknown values, and accepts a comment on one value alone", async () => {
    const county = await db().county.findFirstOrThrow({ where: { name: "长清区" } });
    const report = await db().submission.findFirstOrThrow({ where: { periodId, countyId: county.id } });
    const countyOfficer = await db().user.findFirstOrThrow({
      where: { countyId: county.id, role: "COUNTY_OFFICER" },
    });
    signInAs(await sessionUserFor(countyOfficer.loginName));
    await expectSuccess(
      saveSubmissionAction(
        IDLE,
        formData({ submissionId: report.id, version: 0, intent: "submit", ...(await validValues()) }),
      ),
    );
    signInAs(staff);
    const before = await snapshot(report.id);
    const v = before.submission.version;
    expect(
      await returnSubmissionAction(IDLE, formData({ submissionId: report.id, version: v, reason: "" })),
    ).toMatchObject({
      code: "VALIDATION",
      fieldErrors: { reason: [{ key: "submissions.returnNeedsReason" }] },
    });
    expect(
      await returnSubmissionAction(
        IDLE,
        formData({ submissionId: report.id, version: v, reason: "", "comments.no_such_indicator": "?" }),
      ),
    ).toMatchObject({ code: "VALIDATION" });
    expect(await snapshot(report.id)).toEqual(before);

    await expectSuccess(
      returnSubmissionAction(
        IDLE,
        formData({ submissionId: report.id, version: v, reason: "", "comments.dropout_count": "请核实" }),
      ),
    );
    const view = await getSubmission(staff, report.id);
    expect(view).toMatchObject({ state: "RETURNED", returnReason: null });
    expect(view?.fields.find((field) => field.key === "dropout_count")?.returnComment).toBe("请核实");
  });
});

describe("authorization", () => {
  it("refuses a county officer's save for another county (it looks missing) and changes nothing", async () => {
    signInAs(officer);
    const lixia = await db().submission.findFirstOrThrow({
      where: { periodId, countyId: otherOfficer.countyId! },
    });
    const before = await snapshot(lixia.id);
    const result = await saveSubmissionAction(
      IDLE,
      formData({
        submissionId: lixia.id,
        version: before.submission.version,
        intent: "submit",
        ...(await validValues()),
      }),
    );
    expect(result).toMatchObject({ status: "error", code: "NOT_FOUND" });
    expect(await snapshot(lixia.id)).toEqual(before);
  });

  it("refuses a county officer's approval, return and reopen, also of its own county", async () => {
    const feicheng = await db().county.findFirstOrThrow({ where: { name: "济阳区" } });
    const own = await db().submission.findFirstOrThrow({ where: { periodId, countyId: feicheng.id } });
    const countyOfficer = await db().user.findFirstOrThrow({
      where: { countyId: feicheng.id, role: "COUNTY_OFFICER" },
    });
    signInAs(await sessionUserFor(countyOfficer.loginName));
    await expectSuccess(
      saveSubmissionAction(
        IDLE,
        formData({ submissionId: own.id, version: 0, intent: "submit", ...(await validValues()) }),
      ),
    );
    const before = await snapshot(own.id);
    const v = before.submission.version;
    expect(await approveSubmissionAction(IDLE, formData({ submissionId: own.id, version: v }))).toMatchObject(
      {
        code: "FORBIDDEN",
      },
    );
    expect(
      await returnSubmissionAction(IDLE, formData({ submissionId: own.id, version: v, reason: "自己退回" })),
    ).toMatchObject({ code: "FORBIDDEN" });
    expect(
      await reopenSubmissionAction(IDLE, formData({ submissionId: own.id, version: v, reason: "自己开放" })),
    ).toMatchObject({ code: "FORBIDDEN" });
    expect(await closePeriodAction(IDLE, formData({ periodId }))).toMatchObject({ code: "FORBIDDEN" });
    expect(await snapshot(own.id)).toEqual(before);
  });

  it("refuses city staff writing a county's figures", async () => {
    signInAs(staff);
    const result = await saveSubmissionAction(
      IDLE,
      formData({ submissionId, version: await version(), intent: "draft", "values.projects_planned": "3" }),
    );
    expect(result).toMatchObject({ status: "error", code: "FORBIDDEN" });
  });
});

describe("closing a quarter", () => {
  it("freezes the quarter, refuses county writes, and lets city staff reopen one report with a reason", async () => {
    const pingyin = await sessionUserFor("jinan.pingyin");
    const target = await db().submission.findFirstOrThrow({
      where: { periodId, countyId: pingyin.countyId! },
    });
    signInAs(staff);
    await expectSuccess(closePeriodAction(IDLE, formData({ periodId })));
    expect(await db().indicatorSnapshot.count({ where: { year: 2027, quarter: 1 } })).toBeGreaterThan(0);

    signInAs(pingyin);
    const refused = await saveSubmissionAction(
      IDLE,
      formData({
        submissionId: target.id,
        version: target.version,
        intent: "draft",
        "values.projects_planned": "3",
      }),
    );
    expect(refused).toMatchObject({ code: "INVALID_STATE", messageKey: "submissions.periodClosed" });

    signInAs(staff);
    await expectSuccess(
      reopenSubmissionAction(
        IDLE,
        formData({ submissionId: target.id, version: target.version, reason: "补报" }),
      ),
    );
    signInAs(pingyin);
    await expectSuccess(
      saveSubmissionAction(
        IDLE,
        formData({
          submissionId: target.id,
          version: target.version + 1,
          intent: "draft",
          "values.projects_planned": "3",
        }),
      ),
    );
  });
});

describe("the board", () => {
  it("lists every county's report of the quarter and the completeness and timeliness rates", async () => {
    const board = await getPeriodBoard(staff, periodId);
    const counties = await db().county.count({ where: { cityId: staff.cityId } });
    expect(board?.rows).toHaveLength(counties);
    // 商河县, 济阳区 and 长清区 submitted 2027 Q1 in the tests above, all before the 25 March deadline.
    const submitted = board!.rows.filter((row) => row.submittedAt !== null).map((row) => row.county.name);
    expect(submitted.sort()).toEqual(["商河县", "济阳区", "长清区"].sort());
    // 长清区's came back to the county ("returning a report" above): the board lists it as missing, and the trend
    // and the city strip's summary count it as not submitted, as the board does (they used to count it on time).
    const missing = board!.rows.filter((row) => SUBMISSION_WORKFLOW.isIn("awaitingCounty", row.state));
    expect(
      missing.filter((row) => row.submittedAt !== null).map((row) => [row.county.name, row.state]),
    ).toEqual([["长清区", "RETURNED"]]);
    const summary = await getSubmissionSummary(staff, null, { year: 2027, quarter: 1 });
    expect(summary?.timelinessCounts).toEqual({ on_time: 2, late: 0, not_submitted: missing.length });
    expect(summary?.rows.find((row) => row.countyName === "长清区")?.timeliness).toBe("not_submitted");
    const trend = await getCompletenessTrend(staff, periodId);
    // The quarterly report's periods only: a monthly collection's periods of the same city are another trend.
    expect(new Set(trend.map((row) => row.periodType))).toEqual(new Set(["QUARTER"]));
    expect(trend.at(-1)).toMatchObject({
      year: 2027,
      sequence: 1,
      total: counties,
      submitted: 2,
      onTime: 2,
      completeness: (100 * 2) / counties,
      timeliness: (100 * 2) / counties,
    });
    // A county officer sees its own county's row only; another city's staff find no such quarter.
    expect((await getPeriodBoard(officer, periodId))?.rows.map((row) => row.county.id)).toEqual([shangheId]);
    expect(await getPeriodBoard(await sessionUserFor("weifang.staff"), periodId)).toBeNull();
  });
});
