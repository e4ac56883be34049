// A collection whose periods open by themselves on their first day (decision 0051): opened as the member of staff
// who turned the schedule on, once however many runs, never reopening what the city opened or closed, and nothing
// once that member of staff is no longer active.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { IDLE, type ActionState } from "@/lib/actions/action-state";
import { saveCollectionAction } from "@/lib/actions/collections";
import { openScheduledPeriods } from "@/lib/data/collections/open-scheduled-periods";
import { db } from "@/lib/db";
import { isoDay } from "@/lib/utils/periods";
import { deadlineAfter, deadlineRuleOf } from "@/lib/workflows/deadlines";
import { sessionUserFor, type CitySessionUser } from "../support/session-user";
import { formData } from "../support/form-data";
import { signInAs } from "./support/session";

/** 08:00 in Beijing on a day of 2031 (months from 1) */
const beijingMorning = (month: number, day: number) => new Date(Date.UTC(2031, month - 1, day, 0, 0));

let staff: CitySessionUser;
let colleague: CitySessionUser;
let scheduledId: number;
let byHandId: number;

async function expectSuccess(state: Promise<ActionState<unknown>>) {
  const result = await state;
  expect(result, JSON.stringify(result)).toMatchObject({ status: "success" });
}

const definition = (nameZh: string, extra: Record<string, string | number> = {}) =>
  formData({
    version: 0,
    nameZh,
    periodType: "MONTH",
    deadlineKind: "WORKING_DAYS_AFTER_END",
    deadlineDays: 5,
    indicatorKeys: ["projects_planned"],
    ...extra,
  });

const periodsOf = (collectionId: number) =>
  db().reportingPeriod.findMany({
    where: { collectionId },
    orderBy: [{ year: "asc" }, { sequence: "asc" }],
    select: {
      id: true,
      year: true,
      sequence: true,
      state: true,
      deadline: true,
      openedById: true,
      openedAt: true,
    },
  });

beforeAll(async () => {
  staff = await sessionUserFor("binzhou.staff");
  await db().user.create({
    data: {
      loginName: "test.binzhou.staff2",
      displayName: "滨州市教育局第二位工作人员",
      passwordHash: "not-a-password",
      role: "CITY_STAFF",
      cityId: staff.cityId,
    },
  });
  colleague = await sessionUserFor("test.binzhou.staff2");
  signInAs(staff);
  // A new collection opens its own page.
  await expect(
    saveCollectionAction(IDLE, definition("定时开启月调度", { opensOnSchedule: "on" })),
  ).rejects.toThrow(/redirect to \/collections\/\d+/);
  await expect(saveCollectionAction(IDLE, definition("手动开启月调度"))).rejects.toThrow(/redirect/);
  const ids = await Promise.all(
    ["定时开启月调度", "手动开启月调度"].map(
      async (nameZh) =>
        (await db().collection.findFirstOrThrow({ where: { cityId: staff.cityId, nameZh } })).id,
    ),
  );
  [scheduledId, byHandId] = [ids[0]!, ids[1]!];
});

afterAll(async () => {
  await db().user.update({ where: { id: staff.id }, data: { isActive: true } });
});

describe("a collection that opens on schedule", () => {
  it("names the member of staff who turned the schedule on", async () => {
    const collection = await db().collection.findUniqueOrThrow({ where: { id: scheduledId } });
    expect([collection.opensOnSchedule, collection.scheduleOwnerId]).toEqual([true, staff.id]);
    const byHand = await db().collection.findUniqueOrThrow({ where: { id: byHandId } });
    expect([byHand.opensOnSchedule, byHand.scheduleOwnerId]).toEqual([false, null]);
  });

  it("opens the month on its first days, due by the rule, as that member of staff, once however many runs", async () => {
    await Promise.all([
      openScheduledPeriods(beijingMorning(5, 3)),
      openScheduledPeriods(beijingMorning(5, 3)),
    ]);
    await openScheduledPeriods(beijingMorning(5, 4));
    const periods = await periodsOf(scheduledId);
    expect(periods.map((p) => [p.year, p.sequence, p.state, p.openedById])).toEqual([
      [2031, 5, "OPEN", staff.id],
    ]);
    const rule = deadlineRuleOf({ deadlineKind: "WORKING_DAYS_AFTER_END", deadlineDays: 5 });
    expect(isoDay(periods[0]!.deadline)).toBe(isoDay(deadlineAfter(rule, new Date("2031-05-31T00:00:00Z"))));
    // Every county of the city has its report to fill, as when staff open a period by hand.
    expect(await db().submission.count({ where: { periodId: periods[0]!.id } })).toBe(
      await db().county.count({ where: { cityId: staff.cityId } }),
    );
    const audit = await db().auditLog.findMany({
      where: { entity: "reporting_period", entityId: String(periods[0]!.id), action: "open" },
      select: { actorId: true, after: true },
    });
    expect(audit).toEqual([{ actorId: staff.id, after: expect.objectContaining({ onSchedule: true }) }]);
    // The collection without a schedule has nothing.
    expect(await periodsOf(byHandId)).toEqual([]);
  });

  it("leaves a period the city closed or opened by hand as it is", async () => {
    const [may] = await periodsOf(scheduledId);
    await db().reportingPeriod.update({ where: { id: may!.id }, data: { state: "CLOSED" } });
    const { opened } = await openScheduledPeriods(beijingMorning(5, 20));
    expect(opened).toBe(0);
    expect((await periodsOf(scheduledId))[0]!.state).toBe("CLOSED");
  });

  it("keeps its owner when a colleague edits it, and drops the owner when the schedule is turned off", async () => {
    const collection = await db().collection.findUniqueOrThrow({ where: { id: scheduledId } });
    signInAs(colleague);
    await expectSuccess(
      saveCollectionAction(
        IDLE,
        definition("定时开启月调度", {
          collectionId: scheduledId,
          version: collection.version,
          opensOnSchedule: "on",
        }),
      ),
    );
    expect((await db().collection.findUniqueOrThrow({ where: { id: scheduledId } })).scheduleOwnerId).toBe(
      staff.id,
    );
  });

  it("opens nothing once its owner's account is no longer active", async () => {
    await db().user.update({ where: { id: staff.id }, data: { isActive: false } });
    expect(await openScheduledPeriods(beijingMorning(6, 1))).toEqual({ opened: 0 });
    expect((await periodsOf(scheduledId)).map((p) => p.sequence)).toEqual([5]);
    await db().user.update({ where: { id: staff.id }, data: { isActive: true } });
    expect(await openScheduledPeriods(beijingMorning(6, 1))).toEqual({ opened: 1 });
    expect((await periodsOf(scheduledId)).map((p) => p.sequence)).toEqual([5, 6]);

    const collection = await db().collection.findUniqueOrThrow({ where: { id: scheduledId } });
    signInAs(colleague);
    await expectSuccess(
      saveCollectionAction(
        IDLE,
        definition("定时开启月调度", { collectionId: scheduledId, version: collection.version }),
      ),
    );
    const off = await db().collection.findUniqueOrThrow({ where: { id: scheduledId } });
    expect([off.opensOnSchedule, off.scheduleOwnerId]).toEqual([false, null]);
    expect(await openScheduledPeriods(beijingMorning(7, 1))).toEqual({ opened: 0 });
  });
});
