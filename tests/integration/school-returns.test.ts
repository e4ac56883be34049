import { beforeAll, describe, expect, it } from "vitest";
import { IDLE, type ActionState } from "@/lib/actions/action-state";
import { openCollectionPeriodAction, saveCollectionAction } from "@/lib/actions/collections";
import {
  approveSchoolReturnAction,
  returnSchoolReturnAction,
  saveSchoolReturnAction,
} from "@/lib/actions/school-returns";
import { urgeSchoolReturnsAction } from "@/lib/actions/notifications";
import { saveSubmissionAction } from "@/lib/actions/submissions";
import { getSchoolReturn } from "@/lib/data/school-returns/get-school-return";
import { getSchoolReturnBoard } from "@/lib/data/school-returns/get-school-return-board";
import { getSchoolWorkItems } from "@/lib/data/school-returns/get-school-work-items";
import { sendDueReminders } from "@/lib/data/notifications/send-due-reminders";
import { getSubmission } from "@/lib/data/submissions/get-submission";
import { db } from "@/lib/db";
import { composeMessage } from "@/lib/notifications/compose-message";
import { sessionUserFor, type CitySessionUser } from "../support/session-user";
import { formData } from "../support/form-data";
import { signInAs } from "./support/session";

// School → county → city (decision 0046): a collection its primary schools report, their returns reviewed by the
// county, and the county's figure computed from the approved ones only.

let staff: CitySessionUser;
let officer: CitySessionUser;
let otherOfficer: CitySessionUser;
/** Principals of three primary schools of 商河县: the demo's own and two made for this test */
let principals: CitySessionUser[];
let otherCountyPrincipal: CitySessionUser;

async function expectSuccess(state: Promise<ActionState<unknown>>) {
  const result = await state;
  expect(result, JSON.stringify(result)).toMatchObject({ status: "success" });
  return result;
}

async function principalOf(schoolId: number, loginName: string) {
  const school = await db().school.findUniqueOrThrow({
    where: { id: schoolId },
    select: { cityId: true, countyId: true },
  });
  await db().user.create({
    data: {
      loginName,
      displayName: `${loginName}校长`,
      passwordHash: "not-a-password",
      role: "SCHOOL_PRINCIPAL",
      cityId: school.cityId,
      countyId: school.countyId,
      schoolId,
    },
  });
  return sessionUserFor(loginName);
}

beforeAll(async () => {
  staff = await sessionUserFor("jinan.staff");
  officer = await sessionUserFor("jinan.shanghe");
  otherOfficer = await sessionUserFor("jinan.lixia");
  const own = await sessionUserFor("jinan.principal");
  const others = await db().school.findMany({
    where: { countyId: officer.countyId!, level: "PRIMARY", isActive: true, id: { not: own.schoolId! } },
    orderBy: { id: "asc" },
    take: 2,
    select: { id: true },
  });
  principals = [
    own,
    await principalOf(others[0]!.id, "test.shanghe.p2"),
    await principalOf(others[1]!.id, "test.shanghe.p3"),
  ];
  const lixiaSchool = await db().school.findFirstOrThrow({
    where: { countyId: otherOfficer.countyId!, level: "PRIMARY", isActive: true },
    select: { id: true },
  });
  otherCountyPrincipal = await principalOf(lixiaSchool.id, "test.lixia.p1");
});

describe("a collection its schools report, rolled up into the county's report", () => {
  let collectionId: number;
  let periodId: number;
  let pupilsKey: string;
  let rateKey: string;
  const returnIds: number[] = [];

  const returnOf = async (schoolId: number) =>
    db().schoolReturn.findUniqueOrThrow({
      where: { periodId_schoolId: { periodId, schoolId } },
      select: { id: true, version: true, state: true },
    });

  it("city staff choose schools of a level as reporters; a rate cannot roll up", async () => {
    signInAs(staff);
    const definition = {
      version: 0,
      nameZh: "学校营养餐月调度",
      nameEn: "School meals monthly",
      periodType: "MONTH",
      deadlineKind: "WORKING_DAYS_AFTER_END",
      deadlineDays: 5,
      reporterLevel: "SCHOOL",
      schoolLevels: ["PRIMARY"],
      "custom.0.nameZh": "就餐学生数",
      "custom.0.unit": "人",
      "custom.0.valueType": "COUNT",
      "custom.0.rollsUp": "on",
      "custom.1.nameZh": "营养餐覆盖率",
      "custom.1.unit": "%",
      "custom.1.valueType": "PERCENT",
    };
    const refused = await saveCollectionAction(IDLE, formData({ ...definition, "custom.1.rollsUp": "on" }));
    expect(refused).toMatchObject({
      status: "error",
      fieldErrors: { "custom.1.rollsUp": [expect.objectContaining({ key: "collections.notSummable" })] },
    });
    const noLevels = await saveCollectionAction(IDLE, formData({ ...definition, schoolLevels: [] }));
    expect(noLevels).toMatchObject({ status: "error" });
    expect(await db().collection.count({ where: { nameZh: "学校营养餐月调度" } })).toBe(0);

    // A new collection opens its own page.
    await expect(saveCollectionAction(IDLE, formData(definition))).rejects.toThrow(
      /redirect to \/collections\/\d+/,
    );
    const collection = await db().collection.findFirstOrThrow({
      where: { nameZh: "学校营养餐月调度" },
      select: {
        id: true,
        reporterLevel: true,
        schoolLevels: true,
        items: { orderBy: { sortOrder: "asc" }, select: { indicatorKey: true, rollsUp: true } },
      },
    });
    expect(collection).toMatchObject({ reporterLevel: "SCHOOL", schoolLevels: ["PRIMARY"] });
    expect(collection.items.map((item) => item.rollsUp)).toEqual([true, false]);
    collectionId = collection.id;
    [pupilsKey, rateKey] = collection.items.map((item) => item.indicatorKey) as [string, string];
  });

  it("opening a period gives every open primary school of the city a return, and every county its report", async () => {
    signInAs(staff);
    await expectSuccess(
      openCollectionPeriodAction(IDLE, formData({ collectionId, year: 2026, sequence: 11 })),
    );
    const period = await db().reportingPeriod.findFirstOrThrow({
      where: { collectionId },
      select: { id: true, cityId: true },
    });
    periodId = period.id;
    const primary = await db().school.count({
      where: { cityId: period.cityId, level: "PRIMARY", isActive: true },
    });
    expect(await db().schoolReturn.count({ where: { periodId } })).toBe(primary);
    expect(
      await db().schoolReturn.count({ where: { periodId, school: { level: { not: "PRIMARY" } } } }),
    ).toBe(0);
    expect(await db().submission.count({ where: { periodId } })).toBe(
      await db().county.count({ where: { cityId: period.cityId } }),
    );
  });

  it("each principal sees its open return, saves a draft and submits", async () => {
    const values = [120, 80, 55];
    for (const [index, principal] of principals.entries()) {
      signInAs(principal);
      const work = await getSchoolWorkItems(principal);
      const found = await returnOf(principal.schoolId!);
      expect(work.returns.map((item) => item.id)).toEqual([found.id]);
      returnIds.push(found.id);
      await expectSuccess(
        saveSchoolReturnAction(
          IDLE,
          formData({
            returnId: found.id,
            version: found.version,
            intent: "draft",
            [`values.${pupilsKey}`]: String(values[index]! - 1),
          }),
        ),
      );
      const draft = await returnOf(principal.schoolId!);
      expect(draft).toMatchObject({ state: "DRAFT", version: found.version + 1 });
      await expectSuccess(
        saveSchoolReturnAction(
          IDLE,
          formData({
            returnId: found.id,
            version: draft.version,
            intent: "submit",
            [`values.${pupilsKey}`]: String(values[index]),
            [`values.${rateKey}`]: "95",
          }),
        ),
      );
      expect((await returnOf(principal.schoolId!)).state).toBe("SUBMITTED");
      // The form's history of the item, newest first: the submitted value over the draft's, the draft's over nothing.
      const view = await getSchoolReturn(principal, found.id);
      const history = view!.fields.find((field) => field.key === pupilsKey)!.changes;
      expect(history.map((change) => [change.oldValue, change.newValue, change.changedBy])).toEqual([
        [values[index]! - 1, values[index], principal.displayName],
        [null, values[index]! - 1, principal.displayName],
      ]);
    }
    // Submitting without every value is refused by the collection's schema; nothing is written.
    signInAs(otherCountyPrincipal);
    const other = await returnOf(otherCountyPrincipal.schoolId!);
    const incomplete = await saveSchoolReturnAction(
      IDLE,
      formData({
        returnId: other.id,
        version: other.version,
        intent: "submit",
        [`values.${pupilsKey}`]: "10",
      }),
    );
    expect(incomplete).toMatchObject({ status: "error", code: "VALIDATION" });
    expect(await returnOf(otherCountyPrincipal.schoolId!)).toEqual(other);
  });

  it("a principal of another school, an officer of another county and city staff cannot write by forged id", async () => {
    const target = await returnOf(principals[1]!.schoolId!);
    const before = await db().schoolReturn.findUniqueOrThrow({
      where: { id: target.id },
      include: { values: true },
    });

    signInAs(principals[0]!);
    expect(await getSchoolReturn(principals[0]!, target.id)).toBeNull();
    expect(
      await saveSchoolReturnAction(
        IDLE,
        formData({
          returnId: target.id,
          version: target.version,
          intent: "draft",
          [`values.${pupilsKey}`]: "1",
        }),
      ),
    ).toMatchObject({ status: "error", code: "NOT_FOUND" });
    signInAs(otherCountyPrincipal);
    expect(await getSchoolReturn(otherCountyPrincipal, target.id)).toBeNull();

    signInAs(otherOfficer);
    expect(await getSchoolReturn(otherOfficer, target.id)).toBeNull();
    for (const action of [approveSchoolReturnAction, returnSchoolReturnAction])
      expect(
        await action(IDLE, formData({ returnId: target.id, version: target.version, reason: "伪造" })),
      ).toMatchObject({ status: "error", code: "NOT_FOUND" });
    const otherBoard = await getSchoolReturnBoard(otherOfficer, periodId);
    expect(otherBoard!.rows.map((row) => row.id)).not.toContain(target.id);

    // City staff read every school's return of the city, and review none: that is the county's.
    signInAs(staff);
    expect((await getSchoolReturn(staff, target.id))?.state).toBe("SUBMITTED");
    expect(
      await approveSchoolReturnAction(IDLE, formData({ returnId: target.id, version: target.version })),
    ).toMatchObject({ status: "error", code: "FORBIDDEN" });

    expect(
      await db().schoolReturn.findUniqueOrThrow({ where: { id: target.id }, include: { values: true } }),
    ).toEqual(before);
  });

  it("the county approves two returns and returns the third with a reason; the principals are told", async () => {
    signInAs(officer);
    const work = await getSchoolWorkItems(officer);
    expect(work.reviews.find((item) => item.period.id === periodId)).toMatchObject({ awaitingReview: 3 });
    const [first, second, third] = await Promise.all(principals.map((p) => returnOf(p.schoolId!)));
    // A stale version is refused and changes nothing.
    expect(
      await approveSchoolReturnAction(IDLE, formData({ returnId: first!.id, version: first!.version - 1 })),
    ).toMatchObject({ status: "error", code: "STALE_VERSION" });
    await expectSuccess(
      approveSchoolReturnAction(IDLE, formData({ returnId: first!.id, version: first!.version })),
    );
    await expectSuccess(
      approveSchoolReturnAction(IDLE, formData({ returnId: second!.id, version: second!.version })),
    );
    // Returning needs a reason.
    expect(
      await returnSchoolReturnAction(
        IDLE,
        formData({ returnId: third!.id, version: third!.version, reason: "" }),
      ),
    ).toMatchObject({ status: "error", code: "VALIDATION" });
    await expectSuccess(
      returnSchoolReturnAction(
        IDLE,
        formData({ returnId: third!.id, version: third!.version, reason: "就餐人数与花名册不符" }),
      ),
    );
    // The workflow's own transitions: an approved return is approved once, a returned one is not approved.
    const approved = await returnOf(principals[0]!.schoolId!);
    expect(
      await approveSchoolReturnAction(IDLE, formData({ returnId: approved.id, version: approved.version })),
    ).toMatchObject({ status: "error", code: "INVALID_STATE" });
    const returned = await returnOf(principals[2]!.schoolId!);
    expect(returned.state).toBe("RETURNED");
    expect(
      await approveSchoolReturnAction(IDLE, formData({ returnId: returned.id, version: returned.version })),
    ).toMatchObject({ status: "error", code: "INVALID_STATE" });

    const notices = await db().notification.findMany({
      where: { link: { in: returnIds.map((id) => `/school-returns/${id}`) } },
      select: { userId: true, kind: true, params: true },
      orderBy: { id: "asc" },
    });
    expect(notices.map((notice) => [notice.userId, notice.kind])).toEqual([
      [principals[0]!.id, "REPORT_APPROVED"],
      [principals[1]!.id, "REPORT_APPROVED"],
      [principals[2]!.id, "REPORT_RETURNED"],
    ]);
    expect(notices[2]!.params).toMatchObject({ reason: "就餐人数与花名册不符" });
    const audit = await db().auditLog.count({
      where: { entity: "school_return", entityId: { in: returnIds.map(String) } },
    });
    // Two saves per school (draft, submit) and three reviews.
    expect(audit).toBe(9);

    // The returned school sees why in its panel; an approved return is locked for its principal.
    signInAs(principals[2]!);
    expect((await getSchoolWorkItems(principals[2]!)).returns[0]).toMatchObject({
      state: "RETURNED",
      returnReason: "就餐人数与花名册不符",
    });
    signInAs(principals[0]!);
    expect(
      await saveSchoolReturnAction(
        IDLE,
        formData({
          returnId: approved.id,
          version: approved.version,
          intent: "draft",
          [`values.${pupilsKey}`]: "1",
        }),
      ),
    ).toMatchObject({ status: "error", code: "INVALID_STATE" });
  });

  it("the county's figure is the sum of the approved returns only; the returned one is out", async () => {
    signInAs(officer);
    const report = await db().submission.findUniqueOrThrow({
      where: { periodId_countyId: { periodId, countyId: officer.countyId! } },
      select: { id: true, version: true },
    });
    const view = await getSubmission(officer, report.id);
    const expected = await db().schoolReturn.count({
      where: { periodId, school: { countyId: officer.countyId! } },
    });
    const pupils = view!.fields.find((field) => field.key === pupilsKey)!;
    expect(pupils.computed).toEqual({ value: 120 + 80, approved: 2, expected, isComplete: false });
    expect(view!.fields.find((field) => field.key === rateKey)!.computed).toBeNull();

    // Whatever the form sends for an item that rolls up, the server computes it; the rate is the county's own.
    await expectSuccess(
      saveSubmissionAction(
        IDLE,
        formData({
          submissionId: report.id,
          version: report.version,
          intent: "submit",
          [`values.${pupilsKey}`]: "999",
          [`values.${rateKey}`]: "93.5",
        }),
      ),
    );
    const values = await db().submissionValue.findMany({
      where: { submissionId: report.id },
      select: { indicatorKey: true, value: true },
    });
    expect(Object.fromEntries(values.map((row) => [row.indicatorKey, Number(row.value)]))).toEqual({
      [pupilsKey]: 200,
      [rateKey]: 93.5,
    });
    expect((await db().submission.findUniqueOrThrow({ where: { id: report.id } })).state).toBe("SUBMITTED");
  });

  it("the county's board counts its schools with the report board's states and timeliness", async () => {
    signInAs(officer);
    const board = await getSchoolReturnBoard(officer, periodId);
    const expected = await db().schoolReturn.count({
      where: { periodId, school: { countyId: officer.countyId! } },
    });
    expect(board!.rows).toHaveLength(expected);
    expect(board!.summary).toMatchObject({
      total: expected,
      byState: { APPROVED: 2, RETURNED: 1, SUBMITTED: 0, NOT_STARTED: expected - 3 },
      // Deadline in December 2026: both approved returns were submitted in time.
      on_time: 2,
      late: 0,
      not_submitted: expected - 2,
    });
    expect(board!.report).toMatchObject({ state: "SUBMITTED" });
    // City staff see every county's schools; a principal has no board.
    const cityBoard = await getSchoolReturnBoard(staff, periodId);
    expect(cityBoard!.rows.length).toBe(await db().schoolReturn.count({ where: { periodId } }));
    expect(await getSchoolReturnBoard(principals[0]!, periodId)).toBeNull();
  });

  it("the county urges the schools still owing their return: their principals are told once a day, in the county's words", async () => {
    const urgesOf = (userId: number) =>
      db().notification.findMany({
        where: { userId, kind: "REPORT_URGED" },
        select: { link: true, dedupeKey: true, params: true, kind: true },
      });
    const [approved, , returned] = principals;
    const returnedId = (await returnOf(returned!.schoolId!)).id;
    const chosen = [approved!.schoolId!, returned!.schoolId!, otherCountyPrincipal.schoolId!];
    // A principal and city staff may not urge; an officer's ids of another county's schools alone read as missing.
    for (const user of [principals[1]!, staff]) {
      signInAs(user);
      expect(await urgeSchoolReturnsAction(IDLE, formData({ periodId, schoolIds: chosen }))).toMatchObject({
        status: "error",
        code: "FORBIDDEN",
      });
    }
    signInAs(otherOfficer);
    expect(
      await urgeSchoolReturnsAction(IDLE, formData({ periodId, schoolIds: approved!.schoolId! })),
    ).toMatchObject({ status: "error", code: "NOT_FOUND" });
    expect(await urgesOf(approved!.id)).toEqual([]);

    // 商河's officer chooses an approved school, a returned one and another county's: only the returned one is owed.
    signInAs(officer);
    await expectSuccess(urgeSchoolReturnsAction(IDLE, formData({ periodId, schoolIds: chosen })));
    await expectSuccess(urgeSchoolReturnsAction(IDLE, formData({ periodId, schoolIds: chosen })));
    const [notice, ...more] = await urgesOf(returned!.id);
    expect(more).toEqual([]);
    expect(notice).toMatchObject({
      link: `/school-returns/${returnedId}`,
      dedupeKey: expect.stringMatching(new RegExp(`^urge:${periodId}:school-${returned!.schoolId}:\\d{4}-`)),
    });
    expect(await urgesOf(approved!.id)).toEqual([]);
    expect(await urgesOf(otherCountyPrincipal.id)).toEqual([]);
    const school = await db().school.findUniqueOrThrow({ where: { id: returned!.schoolId! } });
    const message = await composeMessage({ ...notice!, link: notice!.link }, "zh", undefined);
    expect(message.title).toBe(`县教育局催报：${school.name}「学校营养餐月调度 2026年11月」`);
    expect(message.body).toMatch(/县教育局提醒/);
    // Approved returns only: nothing to urge, and nothing is written.
    expect(
      await urgeSchoolReturnsAction(IDLE, formData({ periodId, schoolIds: approved!.schoolId! })),
    ).toMatchObject({ status: "error", code: "INVALID_STATE" });
  });

  it("the day after the deadline, the principals of schools still owing their return are reminded once; approved ones are not", async () => {
    const { deadline } = await db().reportingPeriod.findUniqueOrThrow({ where: { id: periodId } });
    // 08:00 in Beijing the day after the deadline: the after_1 rule is due.
    const dayAfter = new Date(deadline.getTime() + 24 * 3600_000);
    const remindersOf = (userId: number) =>
      db().notification.findMany({
        where: {
          userId,
          kind: "DEADLINE_REMINDER",
          dedupeKey: { startsWith: `reminder:${periodId}:school-` },
        },
        select: { link: true, dedupeKey: true, params: true },
      });
    await Promise.all([sendDueReminders(dayAfter), sendDueReminders(dayAfter)]);
    await sendDueReminders(dayAfter);
    const [returned] = principals.slice(2);
    const returnedId = (await returnOf(returned!.schoolId!)).id;
    expect(await remindersOf(returned!.id)).toEqual([
      {
        link: `/school-returns/${returnedId}`,
        dedupeKey: `reminder:${periodId}:school-${returned!.schoolId}:after_1`,
        params: expect.objectContaining({ daysLeft: -1 }),
      },
    ]);
    // The other county's principal never submitted: reminded too. The two approved schools: nothing.
    expect(await remindersOf(otherCountyPrincipal.id)).toHaveLength(1);
    for (const approved of principals.slice(0, 2)) expect(await remindersOf(approved.id)).toEqual([]);
  });

  it("December's return shows each school its own approved November value; a returned one shows none", async () => {
    signInAs(staff);
    await expectSuccess(
      openCollectionPeriodAction(IDLE, formData({ collectionId, year: 2026, sequence: 12 })),
    );
    const lastValuesOf = async (principal: CitySessionUser) => {
      const december = await db().schoolReturn.findFirstOrThrow({
        where: { schoolId: principal.schoolId!, period: { collectionId, sequence: 12 } },
        select: { id: true },
      });
      const view = await getSchoolReturn(principal, december.id);
      return [pupilsKey, rateKey].map((key) => view!.fields.find((field) => field.key === key)?.lastValue);
    };
    // 120 and 80 pupils, 95 %, approved in November; the third school's 55 came back and is not a figure.
    expect(await lastValuesOf(principals[0]!)).toEqual([120, 95]);
    expect(await lastValuesOf(principals[1]!)).toEqual([80, 95]);
    expect(await lastValuesOf(principals[2]!)).toEqual([null, null]);
  });
});
