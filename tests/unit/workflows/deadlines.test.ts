import chineseDays from "chinese-days";
import { describe, expect, it } from "vitest";
import {
  addWorkingDays,
  daysUntil,
  deadlineAfter,
  deadlineOf,
  deadlineRuleOf,
  isCalendarCovered,
  isWorkingDay,
  LAST_COVERED_YEAR,
  onOrNextWorkingDay,
  periodContaining,
  previousPeriod,
  periodEnd,
  periodStart,
  QUARTERLY_DEADLINE_RULE,
} from "@/lib/workflows/deadlines";
import { addDays, isoDay } from "@/lib/utils/periods";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

// Expected days are read off the State Council's notices (国务院办公厅关于2025年/2026年部分节假日安排的通知):
// 2025 National Day + Mid-Autumn: Oct 1–8 off, Sun Sep 28 and Sat Oct 11 worked. 2026 New Year: Jan 1–3 off,
// Sun Jan 4 worked. 2026 Spring Festival: Feb 15–23 off, Sat Feb 14 and Sat Feb 28 worked. 2026 National Day:
// Oct 1–7 off, Sun Sep 20 and Sat Oct 10 worked.
describe("the working-day calendar", () => {
  it("knows holidays, weekends and make-up days", () => {
    expect(isWorkingDay(day("2026-10-01"))).toBe(false); // National Day
    expect(isWorkingDay(day("2025-10-08"))).toBe(false); // the 8th day of the 2025 holiday
    expect(isWorkingDay(day("2026-10-10"))).toBe(true); // Saturday worked in lieu
    expect(isWorkingDay(day("2026-09-20"))).toBe(true); // Sunday worked in lieu
    expect(isWorkingDay(day("2026-10-11"))).toBe(false); // plain Sunday
    expect(isWorkingDay(day("2026-02-14"))).toBe(true); // Saturday before the Spring Festival, worked
    expect(isWorkingDay(day("2026-02-16"))).toBe(false); // 除夕 week, off
    expect(isWorkingDay(day("2026-12-02"))).toBe(true); // plain Wednesday
  });

  it("moves a rest day to the next working day and keeps a working day", () => {
    expect(isoDay(onOrNextWorkingDay(day("2026-10-01")))).toBe("2026-10-08");
    expect(isoDay(onOrNextWorkingDay(day("2025-10-01")))).toBe("2025-10-09");
    expect(isoDay(onOrNextWorkingDay(day("2026-02-15")))).toBe("2026-02-24");
    expect(isoDay(onOrNextWorkingDay(day("2026-02-28")))).toBe("2026-02-28");
  });

  it("counts working days after a day, make-up days included, the day itself excluded", () => {
    // Oct 8 (1), Oct 9 (2), Sat Oct 10 worked (3), Mon Oct 12 (4), Tue Oct 13 (5)
    expect(isoDay(addWorkingDays(day("2026-09-30"), 5))).toBe("2026-10-13");
    // Oct 9 (1), Oct 10 (2), Sat Oct 11 worked (3)
    expect(isoDay(addWorkingDays(day("2025-09-30"), 3))).toBe("2025-10-11");
    // After New Year's Eve 2025 the first working day is Sunday Jan 4, 2026
    expect(isoDay(addWorkingDays(day("2025-12-31"), 1))).toBe("2026-01-04");
    expect(() => addWorkingDays(day("2026-09-30"), 0)).toThrow(RangeError);
  });

  it("agrees with the package's own isWorkday on every day of 2004–2027", () => {
    const disagreements: string[] = [];
    for (let d = day("2004-01-01"); d < day("2028-01-01"); d = addDays(d, 1))
      if (isWorkingDay(d) !== chineseDays.isWorkday(isoDay(d))) disagreements.push(isoDay(d));
    expect(disagreements).toEqual([]);
  });

  it("says which years the published calendar covers, and falls back to weekdays beyond", () => {
    expect(LAST_COVERED_YEAR).toBe(2026);
    expect(isCalendarCovered(day("2026-12-31"))).toBe(true);
    expect(isCalendarCovered(day("2027-01-01"))).toBe(false);
    // 2027's arrangement is not in the data: New Year's Day (a Friday) reads as a working day, Saturday does not.
    expect(isWorkingDay(day("2027-01-01"))).toBe(true);
    expect(isWorkingDay(day("2027-01-02"))).toBe(false);
  });
});

describe("period ends", () => {
  it("is the last day of the month, quarter, half-year or year", () => {
    expect(isoDay(periodEnd({ type: "month", year: 2028, index: 2 }))).toBe("2028-02-29");
    expect(isoDay(periodEnd({ type: "month", year: 2026, index: 12 }))).toBe("2026-12-31");
    expect(isoDay(periodEnd({ type: "quarter", year: 2026, index: 3 }))).toBe("2026-09-30");
    expect(isoDay(periodEnd({ type: "half_year", year: 2026, index: 1 }))).toBe("2026-06-30");
    expect(isoDay(periodEnd({ type: "year", year: 2026, index: 1 }))).toBe("2026-12-31");
    expect(() => periodEnd({ type: "quarter", year: 2026, index: 5 })).toThrow(RangeError);
  });
});

describe("the period before", () => {
  it("is the month, quarter or half before, across the new year, and last year", () => {
    expect(previousPeriod({ type: "month", year: 2026, index: 11 })).toEqual({
      type: "month",
      year: 2026,
      index: 10,
    });
    expect(previousPeriod({ type: "month", year: 2027, index: 1 })).toEqual({
      type: "month",
      year: 2026,
      index: 12,
    });
    expect(previousPeriod({ type: "quarter", year: 2027, index: 1 })).toEqual({
      type: "quarter",
      year: 2026,
      index: 4,
    });
    expect(previousPeriod({ type: "half_year", year: 2026, index: 1 })).toEqual({
      type: "half_year",
      year: 2025,
      index: 2,
    });
    expect(previousPeriod({ type: "year", year: 2026, index: 1 })).toEqual({
      type: "year",
      year: 2025,
      index: 1,
    });
    expect(() => previousPeriod({ type: "month", year: 2026, index: 13 })).toThrow(RangeError);
  });
});

describe("the period a day falls in", () => {
  it("is the month, quarter, half or year of that day, from its first day to its last", () => {
    expect(periodContaining("month", day("2026-12-01"))).toEqual({ type: "month", year: 2026, index: 12 });
    expect(periodContaining("month", day("2027-01-31"))).toEqual({ type: "month", year: 2027, index: 1 });
    expect(periodContaining("quarter", day("2026-09-30"))).toEqual({ type: "quarter", year: 2026, index: 3 });
    expect(periodContaining("quarter", day("2026-10-01"))).toEqual({ type: "quarter", year: 2026, index: 4 });
    expect(periodContaining("half_year", day("2026-06-30"))).toEqual({
      type: "half_year",
      year: 2026,
      index: 1,
    });
    expect(periodContaining("half_year", day("2026-07-01"))).toEqual({
      type: "half_year",
      year: 2026,
      index: 2,
    });
    expect(periodContaining("year", day("2026-07-01"))).toEqual({ type: "year", year: 2026, index: 1 });
    // Its own first day is in it.
    const march = periodContaining("month", day("2028-03-15"));
    expect(isoDay(periodStart(march))).toBe("2028-03-01");
  });
});

describe("deadline rules", () => {
  it("the Nth working day after the period ends", () => {
    const rule = { kind: "working_days_after_end", days: 5 } as const;
    // Q3 2026 ends on the eve of National Day: the holiday is skipped, the make-up Saturday counts.
    expect(isoDay(deadlineOf(rule, { type: "quarter", year: 2026, index: 3 }))).toBe("2026-10-13");
    // January 2026 ends on a Saturday: Mon Feb 2 … Fri Feb 6.
    expect(isoDay(deadlineOf(rule, { type: "month", year: 2026, index: 1 }))).toBe("2026-02-06");
    // The 11th working day of February 2026 is the Spring Festival's make-up Saturday; the 12th is after the holiday.
    expect(isoDay(deadlineOf({ ...rule, days: 11 }, { type: "month", year: 2026, index: 1 }))).toBe(
      "2026-02-14",
    );
    expect(isoDay(deadlineOf({ ...rule, days: 12 }, { type: "month", year: 2026, index: 1 }))).toBe(
      "2026-02-24",
    );
    // The year 2025: the 1st working day after it is the Sunday worked in lieu of New Year's Day.
    expect(isoDay(deadlineOf({ ...rule, days: 1 }, { type: "year", year: 2025, index: 1 }))).toBe(
      "2026-01-04",
    );
  });

  it("a fixed day of the next month, moved off rest days", () => {
    // Oct 1 2026 is National Day: moved to Thu Oct 8.
    expect(
      isoDay(deadlineOf({ kind: "day_of_next_month", day: 1 }, { type: "month", year: 2026, index: 9 })),
    ).toBe("2026-10-08");
    // Oct 5 2025 is inside the 8-day holiday: moved to Thu Oct 9.
    expect(
      isoDay(deadlineOf({ kind: "day_of_next_month", day: 5 }, { type: "quarter", year: 2025, index: 3 })),
    ).toBe("2025-10-09");
    // Sat Feb 14 2026 is a make-up working day: kept.
    expect(
      isoDay(deadlineOf({ kind: "day_of_next_month", day: 14 }, { type: "month", year: 2026, index: 1 })),
    ).toBe("2026-02-14");
    // Feb 15 2026 starts the Spring Festival: moved to Tue Feb 24.
    expect(
      isoDay(deadlineOf({ kind: "day_of_next_month", day: 15 }, { type: "month", year: 2026, index: 1 })),
    ).toBe("2026-02-24");
    // "The 31st" of February is its last day (Sat Feb 28 2026, worked).
    expect(
      isoDay(deadlineOf({ kind: "day_of_next_month", day: 31 }, { type: "month", year: 2026, index: 1 })),
    ).toBe("2026-02-28");
    // A plain Sunday moves to Monday: Nov 10 2024 → Nov 11.
    expect(
      isoDay(deadlineOf({ kind: "day_of_next_month", day: 10 }, { type: "month", year: 2024, index: 10 })),
    ).toBe("2024-11-11");
  });

  it("the quarterly report's rule: six days before the quarter ends, on a working day", () => {
    expect(isoDay(deadlineOf(QUARTERLY_DEADLINE_RULE, { type: "quarter", year: 2026, index: 3 }))).toBe(
      "2026-09-24",
    );
    expect(isoDay(deadlineOf(QUARTERLY_DEADLINE_RULE, { type: "quarter", year: 2026, index: 1 }))).toBe(
      "2026-03-25",
    );
    // Sat Dec 25 2027 (beyond the published calendar: weekdays only) → Mon Dec 27.
    expect(isoDay(deadlineOf(QUARTERLY_DEADLINE_RULE, { type: "quarter", year: 2027, index: 4 }))).toBe(
      "2027-12-27",
    );
  });
});

describe("days until a deadline", () => {
  it("is 0 on the day, negative after it", () => {
    expect(daysUntil(day("2026-10-13"), day("2026-10-08"))).toBe(5);
    expect(daysUntil(day("2026-10-13"), day("2026-10-13"))).toBe(0);
    expect(daysUntil(day("2026-10-13"), day("2026-10-14"))).toBe(-1);
  });
});

describe("collection periods (decision 0044)", () => {
  it("starts on the period's first day", () => {
    expect(isoDay(periodStart({ type: "month", year: 2026, index: 9 }))).toBe("2026-09-01");
    expect(isoDay(periodStart({ type: "quarter", year: 2026, index: 4 }))).toBe("2026-10-01");
    expect(isoDay(periodStart({ type: "half_year", year: 2026, index: 2 }))).toBe("2026-07-01");
    expect(isoDay(periodStart({ type: "year", year: 2026, index: 1 }))).toBe("2026-01-01");
    expect(() => periodStart({ type: "month", year: 2026, index: 13 })).toThrow(RangeError);
  });

  it("a one-off period's deadline counts from its own last day", () => {
    // A one-off collection ending Fri Sep 25 2026: Mon 28, Tue 29, Wed 30, then National Day (Oct 1–7) is
    // skipped: Thu Oct 8, Fri Oct 9.
    const end = day("2026-09-25");
    expect(isoDay(deadlineAfter({ kind: "working_days_after_end", days: 5 }, end))).toBe("2026-10-09");
    // The 6th is the make-up Saturday Oct 10, which counts.
    expect(isoDay(deadlineAfter({ kind: "working_days_after_end", days: 6 }, end))).toBe("2026-10-10");
    // Five calendar days on is Wed Sep 30, a working day.
    expect(isoDay(deadlineAfter({ kind: "days_from_end", days: 5 }, end))).toBe("2026-09-30");
    // Seven calendar days on is Fri Oct 2, inside the holiday: moved to Thu Oct 8.
    expect(isoDay(deadlineAfter({ kind: "days_from_end", days: 7 }, end))).toBe("2026-10-08");
  });

  it("reads a collection's stored rule", () => {
    expect(deadlineRuleOf({ deadlineKind: "WORKING_DAYS_AFTER_END", deadlineDays: 5 })).toEqual({
      kind: "working_days_after_end",
      days: 5,
    });
    expect(deadlineRuleOf({ deadlineKind: "DAY_OF_NEXT_MONTH", deadlineDays: 10 })).toEqual({
      kind: "day_of_next_month",
      day: 10,
    });
    expect(deadlineRuleOf({ deadlineKind: "DAYS_FROM_END", deadlineDays: -6 })).toEqual(
      QUARTERLY_DEADLINE_RULE,
    );
  });
});

it("the quarterly report collection keeps the quarterly report's rule", async () => {
  const { QUARTERLY_REPORT_COLLECTION } = await import("@/lib/schemas/collections");
  expect(deadlineRuleOf(QUARTERLY_REPORT_COLLECTION)).toEqual(QUARTERLY_DEADLINE_RULE);
});
