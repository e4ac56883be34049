import { describe, expect, it } from "vitest";
import { inPeerGroup, sortByIndicator } from "@/lib/indicators/dashboard";
import type { IndicatorRow } from "@/lib/indicators/indicator-rows";

const unit = (name: string, value: number | null) => ({
  name,
  rows: [
    {
      definition: { key: "k" },
      value:
        value === null
          ? { result: { computable: false, reason: "no_data" }, quarter: { year: 2026, quarter: 4 } }
          : { result: { computable: true, value }, quarter: { year: 2026, quarter: 4 } },
    } as unknown as IndicatorRow,
  ],
});

describe("sortByIndicator", () => {
  const units = [unit("a", 2), unit("b", null), unit("c", 1), unit("d", 2)];

  it("orders by value and keeps the catalogue order of ties", () => {
    expect(sortByIndicator(units, "k", "asc").map((u) => u.name)).toEqual(["c", "a", "d", "b"]);
    expect(sortByIndicator(units, "k", "desc").map((u) => u.name)).toEqual(["a", "d", "c", "b"]);
  });

  it("puts units without a value last in both directions", () => {
    expect(sortByIndicator(units, "k", "desc").at(-1)?.name).toBe("b");
    expect(sortByIndicator(units, "missing", "asc").map((u) => u.name)).toEqual(["a", "b", "c", "d"]);
  });
});

describe("inPeerGroup", () => {
  it("groups county-level cities with counties, apart from districts and zones", () => {
    expect(inPeerGroup("COUNTY_CITY", "counties")).toBe(true);
    expect(inPeerGroup("DISTRICT", "counties")).toBe(false);
    expect(inPeerGroup("FUNCTIONAL_ZONE", "zones")).toBe(true);
    expect(inPeerGroup("DISTRICT", null)).toBe(true);
  });
});
