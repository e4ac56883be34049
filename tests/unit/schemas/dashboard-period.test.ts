import { describe, expect, it } from "vitest";
import { DASHBOARD_QUARTERS, dashboardPeriod } from "@/lib/schemas/dashboard";

describe("dashboardPeriod", () => {
  const now = new Date("2026-11-23T15:30:00Z");

  it("shows the current quarter as of today by default, with the last eight quarters to choose from", () => {
    const period = dashboardPeriod({ period: undefined }, now);
    expect(period.quarter).toEqual({ year: 2026, quarter: 4 });
    expect(period.asOf.toISOString()).toBe("2026-11-23T00:00:00.000Z");
    expect(period.choices).toHaveLength(DASHBOARD_QUARTERS);
    expect(period.choices[0]).toEqual({ year: 2026, quarter: 4 });
    expect(period.choices.at(-1)).toEqual({ year: 2025, quarter: 1 });
  });

  it("reads an earlier quarter as at its last day", () => {
    const period = dashboardPeriod({ period: "2026Q2" }, now);
    expect(period.quarter).toEqual({ year: 2026, quarter: 2 });
    expect(period.asOf.toISOString()).toBe("2026-06-30T00:00:00.000Z");
  });

  it("falls back to the current quarter for a quarter outside the choices", () => {
    expect(dashboardPeriod({ period: "2024Q4" }, now).quarter).toEqual({ year: 2026, quarter: 4 });
    expect(dashboardPeriod({ period: "2027Q1" }, now).quarter).toEqual({ year: 2026, quarter: 4 });
  });
});
