import { describe, expect, it } from "vitest";
import { periodLabel, periodWhen } from "@/lib/utils/reporting-periods";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const period = (periodType: "MONTH" | "QUARTER" | "HALF_YEAR" | "YEAR" | "ONE_OFF", sequence: number) => ({
  periodType,
  year: 2026,
  sequence,
  startsOn: day("2026-06-01"),
  endsOn: day("2026-06-30"),
});

describe("periodWhen and periodLabel", () => {
  it("name when a period is in both languages, for every period type", () => {
    expect(periodWhen(period("MONTH", 9), "zh")).toBe("2026年9月");
    expect(periodWhen(period("MONTH", 9), "en")).toBe("September 2026");
    expect(periodWhen(period("QUARTER", 3), "zh")).toBe("2026年第3季度");
    expect(periodWhen(period("HALF_YEAR", 2), "zh")).toBe("2026年下半年");
    expect(periodWhen(period("HALF_YEAR", 1), "en")).toBe("H1 2026");
    expect(periodWhen(period("YEAR", 1), "en")).toBe("2026");
    expect(periodWhen(period("ONE_OFF", 1), "zh")).toBe("2026-06-01 至 2026-06-30");
  });

  it("put the collection's name before it", () => {
    const collection = { nameZh: "营养餐月调度", nameEn: "Meals monthly" };
    expect(periodLabel({ ...period("MONTH", 10), collection }, "zh")).toBe("营养餐月调度 2026年10月");
    expect(periodLabel({ ...period("MONTH", 10), collection }, "en")).toBe("Meals monthly October 2026");
  });
});
