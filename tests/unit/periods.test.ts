import { describe, expect, it } from "vitest";
import {
  addQuarters,
  isFutureQuarter,
  ageOn,
  parseQuarterKey,
  quarterEnd,
  quarterKey,
  quarterOf,
  businessDay,
  currentQuarter,
  endOfBusinessDay,
  quartersBetween,
  recentQuarters,
  referenceDateOf,
  schoolYearOf,
  yearsBefore,
} from "@/lib/utils/periods";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe("quarters", () => {
  it("finds the quarter of a day", () => {
    expect(quarterOf(day("2026-11-23"))).toEqual({ year: 2026, quarter: 4 });
    expect(quarterOf(day("2026-03-31"))).toEqual({ year: 2026, quarter: 1 });
    expect(quarterOf(day("2026-04-01"))).toEqual({ year: 2026, quarter: 2 });
  });

  it("steps across year boundaries", () => {
    expect(addQuarters({ year: 2026, quarter: 1 }, -1)).toEqual({ year: 2025, quarter: 4 });
    expect(addQuarters({ year: 2025, quarter: 4 }, 5)).toEqual({ year: 2027, quarter: 1 });
    expect(quartersBetween({ year: 2025, quarter: 2 }, { year: 2026, quarter: 4 })).toBe(6);
  });

  it("lists recent quarters oldest first", () => {
    expect(recentQuarters({ year: 2026, quarter: 2 }, 3).map(quarterKey)).toEqual([
      "2025Q4",
      "2026Q1",
      "2026Q2",
    ]);
  });

  it("parses only well-formed keys", () => {
    expect(parseQuarterKey("2026Q3")).toEqual({ year: 2026, quarter: 3 });
    expect(parseQuarterKey("2026Q5")).toBeNull();
    expect(parseQuarterKey("26Q1")).toBeNull();
  });

  it("knows the last day of a quarter", () => {
    expect(quarterEnd({ year: 2024, quarter: 1 }).toISOString().slice(0, 10)).toBe("2024-03-31");
    expect(quarterEnd({ year: 2026, quarter: 4 }).toISOString().slice(0, 10)).toBe("2026-12-31");
  });
});

describe("school years and ages", () => {
  it("starts the school year on 1 September", () => {
    expect(schoolYearOf(day("2026-08-31"))).toBe(2025);
    expect(schoolYearOf(day("2026-09-01"))).toBe(2026);
  });

  it("counts whole years, the birthday itself included", () => {
    expect(ageOn(day("1981-11-23"), day("2026-11-23"))).toBe(45);
    expect(ageOn(day("1981-11-24"), day("2026-11-23"))).toBe(44);
    expect(ageOn(day("1980-02-29"), day("2026-02-28"))).toBe(45);
  });
});

describe("yearsBefore", () => {
  it("gives the same calendar day, 29 February falling back to the 28th", () => {
    expect(yearsBefore(day("2026-11-23"), 46)).toEqual(day("1980-11-23"));
    expect(yearsBefore(new Date("2026-11-23T15:30:00Z"), 1)).toEqual(day("2025-11-23"));
    expect(yearsBefore(day("2024-02-29"), 46)).toEqual(day("1978-02-28"));
    expect(yearsBefore(day("2024-02-29"), 4)).toEqual(day("2020-02-29"));
  });

  // The promise the SQL cut-offs rest on, checked against ageOn over four years of days on both sides.
  it("is the last day one can be born on to be that old", () => {
    const mismatches: string[] = [];
    for (let offset = 0; offset < 4 * 366; offset += 1) {
      const on = new Date(Date.UTC(2023, 0, 1 + offset));
      const cutOff = yearsBefore(on, 46);
      for (let delta = -2; delta <= 2; delta += 1) {
        const birth = new Date(cutOff.getTime() + delta * 86_400_000);
        if (ageOn(birth, on) >= 46 !== birth <= cutOff)
          mismatches.push(`${birth.toISOString()} on ${on.toISOString()}`);
      }
    }
    expect(mismatches).toEqual([]);
  });
});

describe("referenceDateOf", () => {
  const now = new Date("2026-11-23T15:30:00Z");
  it("reads a closed quarter as at its last day and the current one as today", () => {
    expect(referenceDateOf({ year: 2026, quarter: 3 }, now).toISOString()).toBe("2026-09-30T00:00:00.000Z");
    expect(referenceDateOf({ year: 2025, quarter: 4 }, now).toISOString()).toBe("2025-12-31T00:00:00.000Z");
    expect(referenceDateOf({ year: 2026, quarter: 4 }, now).toISOString()).toBe("2026-11-23T00:00:00.000Z");
  });
  it("knows a future quarter", () => {
    expect(isFutureQuarter({ year: 2027, quarter: 1 }, now)).toBe(true);
    expect(isFutureQuarter({ year: 2026, quarter: 4 }, now)).toBe(false);
  });
});

describe("business time (Beijing)", () => {
  it("takes today's date in Beijing, not in UTC", () => {
    // 07:59 in Beijing on 1 October is still 30 September in UTC.
    expect(businessDay(new Date("2026-09-30T23:59:00Z")).toISOString()).toBe("2026-10-01T00:00:00.000Z");
    expect(businessDay(new Date("2026-09-30T15:59:59Z")).toISOString()).toBe("2026-09-30T00:00:00.000Z");
    expect(businessDay(new Date("2026-09-30T16:00:00Z")).toISOString()).toBe("2026-10-01T00:00:00.000Z");
  });
  it("turns the quarter at midnight in Beijing", () => {
    expect(currentQuarter(new Date("2026-09-30T15:59:59Z"))).toEqual({ year: 2026, quarter: 3 });
    expect(currentQuarter(new Date("2026-09-30T16:00:00Z"))).toEqual({ year: 2026, quarter: 4 });
    expect(currentQuarter(new Date("2026-12-31T16:00:00Z"))).toEqual({ year: 2027, quarter: 1 });
  });
  it("ends a day at 16:00 UTC", () => {
    expect(endOfBusinessDay(day("2026-12-25")).toISOString()).toBe("2026-12-25T16:00:00.000Z");
  });
  it("reads the current quarter as of today in Beijing", () => {
    const earlyMorning = new Date("2026-11-23T23:30:00Z"); // 07:30 on 24 November in Beijing
    expect(referenceDateOf({ year: 2026, quarter: 4 }, earlyMorning).toISOString()).toBe(
      "2026-11-24T00:00:00.000Z",
    );
  });
});
