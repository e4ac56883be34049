import { describe, expect, it } from "vitest";
import { referenceDateOf, isFutureQuarter } from "@/lib/briefings/reference-date";
import { contentDisposition } from "@/lib/utils/download";

describe("contentDisposition", () => {
  it("gives the UTF-8 name for browsers and an ASCII fallback", () => {
    expect(contentDisposition("潍坊市简报(1).pdf", "briefing.pdf")).toBe(
      "attachment; filename=\"briefing.pdf\"; filename*=UTF-8''%E6%BD%8D%E5%9D%8A%E5%B8%82%E7%AE%80%E6%8A%A5%281%29.pdf",
    );
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
