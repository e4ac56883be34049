// Deadline reminders (decision 0037): the officers of every county that still owes its report get the rule due
// today, once per county and rule, however many processes send at the same time.
import { PrismaPg } from "@prisma/adapter-pg";
import { beforeAll, describe, expect, it } from "vitest";
import { sendDueReminders } from "@/lib/data/notifications/send-due-reminders";
import { openPeriod } from "@/lib/data/submissions/open-period";
import { db } from "@/lib/db";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { sessionUserFor, type CitySessionUser } from "../support/session-user";

// A quarter no other test opens, in 潍坊, due on Thursday 25 March 2032.
const QUARTER = { year: 2032, quarter: 1 } as const;
const DEADLINE = new Date("2032-03-25T00:00:00Z");
/** 08:00 in Beijing on a day of March 2032 */
const beijingMorning = (day: number) => new Date(Date.UTC(2032, 2, day, 0, 0));

let staff: CitySessionUser;
let changle: CitySessionUser;
let periodId: number;

/** The reminders of this file's quarter, by once-only key. */
async function remindersOfQuarter() {
  return db().notification.findMany({
    where: { kind: "DEADLINE_REMINDER", dedupeKey: { startsWith: `reminder:${periodId}:` } },
    select: { userId: true, dedupeKey: true, params: true },
  });
}

beforeAll(async () => {
  staff = await sessionUserFor("weifang.staff");
  changle = await sessionUserFor("weifang.changle");
  periodId = (await openPeriod(staff, { ...QUARTER, deadline: DEADLINE })).id;
  // 昌乐县 has handed its report in: it is owed nothing.
  await db().submission.update({
    where: { periodId_countyId: { periodId, countyId: changle.countyId! } },
    data: { state: "SUBMITTED", submittedAt: new Date() },
  });
});

describe("deadline reminders", () => {
  it("sends nothing before three days ahead", async () => {
    await sendDueReminders(beijingMorning(21));
    expect(await remindersOfQuarter()).toEqual([]);
  });

  it("three days ahead, every officer of a county that owes its report gets one, once, even from two senders at once", async () => {
    const owing = await db().user.findMany({
      where: {
        role: "COUNTY_OFFICER",
        isActive: true,
        county: { cityId: staff.cityId, id: { not: changle.countyId! } },
      },
      select: { id: true },
    });
    expect(owing.length).toBeGreaterThan(1);
    await Promise.all([sendDueReminders(beijingMorning(22)), sendDueReminders(beijingMorning(22))]);
    await sendDueReminders(beijingMorning(23));
    const sent = await remindersOfQuarter();
    expect(sent.map((row) => row.userId).sort((a, b) => a - b)).toEqual(
      owing.map((user) => user.id).sort((a, b) => a - b),
    );
    expect(new Set(sent.map((row) => row.dedupeKey)).size).toBe(owing.length);
    expect(sent.every((row) => row.dedupeKey!.endsWith(":before_3"))).toBe(true);
    expect(sent[0]!.params).toMatchObject({ year: 2032, quarter: 1, deadline: "2032-03-25", daysLeft: 3 });
    expect(sent.some((row) => row.userId === changle.id)).toBe(false);
  });

  it("on the day and after it, the next rule, once each; a county that submits in between is not reminded", async () => {
    const before = (await remindersOfQuarter()).length;
    // 00:30 on the 25th in Beijing is still the 24th in UTC: the deadline day has begun.
    await sendDueReminders(new Date("2032-03-24T16:30:00Z"));
    const onDay = (await remindersOfQuarter()).filter((row) => row.dedupeKey!.endsWith(":on_day"));
    expect(onDay).toHaveLength(before);
    const [first] = onDay;
    const firstCounty = (await db().user.findUniqueOrThrow({ where: { id: first!.userId } })).countyId!;
    await db().submission.update({
      where: { periodId_countyId: { periodId, countyId: firstCounty } },
      data: { state: "SUBMITTED" },
    });
    await sendDueReminders(beijingMorning(28));
    await sendDueReminders(beijingMorning(29));
    const after = (await remindersOfQuarter()).filter((row) => row.dedupeKey!.endsWith(":after_1"));
    const officersThere = await db().user.count({
      where: { countyId: firstCounty, role: "COUNTY_OFFICER", isActive: true },
    });
    expect(after).toHaveLength(before - officersThere);
    expect(after.some((row) => row.userId === first!.userId)).toBe(false);
  });

  it("sends with the same statements however many periods are open: no query per period", async () => {
    // A client that counts the SQL statements it runs, in the place of the app's for this test.
    const counting = new PrismaClient({
      adapter: new PrismaPg({ connectionString: process.env.DATABASE_URL!, max: 2 }),
      log: [{ emit: "event", level: "query" }],
    });
    let statements = 0;
    counting.$on("query", () => {
      statements += 1;
    });
    const app = globalThis as unknown as { prisma?: PrismaClient };
    const own = app.prisma;
    app.prisma = counting;
    const run = async (at: Date) => {
      statements = 0;
      await sendDueReminders(at);
      return statements;
    };
    try {
      const at = new Date("2032-03-24T16:30:00Z");
      const withOnePeriod = await run(at);
      // Two more open quarters due the same day, in two other cities.
      const others = await Promise.all(
        ["jinan.staff", "binzhou.staff"].map(async (login) => {
          const other = await sessionUserFor(login);
          return (await openPeriod(other, { ...QUARTER, deadline: DEADLINE })).id;
        }),
      );
      const withThree = await run(at);
      expect(withThree).toBe(withOnePeriod);
      // …and the run did write their reminders.
      for (const id of others)
        expect(
          await db().notification.count({ where: { dedupeKey: { startsWith: `reminder:${id}:` } } }),
        ).toBeGreaterThan(1);
    } finally {
      app.prisma = own;
      await counting.$disconnect();
    }
  });
});
