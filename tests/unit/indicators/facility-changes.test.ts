import { describe, expect, it } from "vitest";
import { largeFacilityChanges } from "@/lib/indicators/formulas/facility-changes";

const fields = ["equipmentValue", "books", "musicRooms"] as const;
const record = (equipmentValue: number, books: number, musicRooms: number) => ({
  equipmentValue,
  books,
  musicRooms,
});

describe("largeFacilityChanges", () => {
  it("questions 170 typed for 1,700,000 元 (170 万元), and the other way round", () => {
    expect(largeFacilityChanges(record(1_700_000, 5000, 2), record(170, 5000, 2), fields)).toEqual([
      { field: "equipmentValue", before: 1_700_000, after: 170 },
    ]);
    expect(largeFacilityChanges(record(170, 5000, 2), record(1_700_000, 5000, 2), fields)).toHaveLength(1);
  });

  it("lets exactly three times, or a third, pass, and questions just beyond", () => {
    expect(largeFacilityChanges(record(100, 3000, 2), record(300, 1000, 2), fields)).toEqual([]);
    expect(largeFacilityChanges(record(100, 3000, 2), record(301, 999, 2), fields)).toEqual([
      { field: "equipmentValue", before: 100, after: 301 },
      { field: "books", before: 3000, after: 999 },
    ]);
  });

  it("leaves small counts, zeros and a first record alone", () => {
    // 1 → 4 music rooms is a real change: both below 10.
    expect(largeFacilityChanges(record(100, 3000, 1), record(100, 3000, 4), fields)).toEqual([]);
    // 2 → 12 reaches 10 and is six times as many.
    expect(largeFacilityChanges(record(100, 3000, 2), record(100, 3000, 12), fields)).toHaveLength(1);
    expect(largeFacilityChanges(record(0, 3000, 2), record(500_000, 0, 2), fields)).toEqual([]);
    expect(largeFacilityChanges(null, record(1, 2, 3), fields)).toEqual([]);
  });
});
