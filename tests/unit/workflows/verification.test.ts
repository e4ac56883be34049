import { describe, expect, it } from "vitest";
import { drawSampleSchema, recordFindingSchema } from "@/lib/schemas/verification";
import {
  canRecordFinding,
  freshSeed,
  summariseFindingCounts,
  summariseFindings,
} from "@/lib/workflows/verification";

describe("verification samples", () => {
  it("a fresh seed names the quarter and six digits of the random number", () => {
    const below: number[] = [];
    expect(freshSeed({ year: 2026, quarter: 3 }, (n) => (below.push(n), 42100))).toBe("2026Q3-042100");
    expect(below).toEqual([1_000_000]);
    expect(freshSeed({ year: 2025, quarter: 4 }, () => 0)).toBe("2025Q4-000000");
    expect(freshSeed({ year: 2025, quarter: 4 }, () => 999_999)).toBe("2025Q4-999999");
  });

  it("counts findings from grouped rows and from items alike", () => {
    expect(
      summariseFindingCounts([
        { finding: "PENDING", count: 4 },
        { finding: "DISCREPANCY", count: 1 },
        { finding: "CONFIRMED", count: 5 },
      ]),
    ).toEqual({ total: 10, pending: 4, confirmed: 5, discrepancies: 1 });
    expect(summariseFindings([{ finding: "CONFIRMED" }, { finding: "PENDING" }])).toEqual({
      total: 2,
      pending: 1,
      confirmed: 1,
      discrepancies: 0,
    });
    expect(summariseFindings([])).toEqual({ total: 0, pending: 0, confirmed: 0, discrepancies: 0 });
  });

  it("a finding is recorded once", () => {
    expect(canRecordFinding("PENDING")).toBe(true);
    expect(canRecordFinding("CONFIRMED")).toBe(false);
    expect(canRecordFinding("DISCREPANCY")).toBe(false);
  });

  it("a draw takes 1–50 values and a seed of plain characters; blank means a fresh seed", () => {
    expect(drawSampleSchema.parse({ periodId: "3", size: "12", seed: " " })).toEqual({
      periodId: 3,
      size: 12,
    });
    expect(drawSampleSchema.parse({ periodId: "3" }).size).toBe(10);
    expect(drawSampleSchema.safeParse({ periodId: "3", size: "0" }).success).toBe(false);
    expect(drawSampleSchema.safeParse({ periodId: "3", size: "51" }).success).toBe(false);
    expect(drawSampleSchema.safeParse({ periodId: "3", size: "2.5" }).success).toBe(false);
    expect(drawSampleSchema.safeParse({ periodId: "3", seed: "a b" }).success).toBe(false);
    expect(drawSampleSchema.parse({ periodId: "3", seed: "2026Q3-042100" }).seed).toBe("2026Q3-042100");
  });

  it("a discrepancy needs the checked value and a note; a confirmation needs neither", () => {
    expect(recordFindingSchema.safeParse({ itemId: "1", finding: "CONFIRMED" }).success).toBe(true);
    const missing = recordFindingSchema.safeParse({ itemId: "1", finding: "DISCREPANCY" });
    expect(missing.success).toBe(false);
    expect(missing.error?.issues.map((issue) => issue.path[0]).sort()).toEqual(["checkedValue", "note"]);
    expect(
      recordFindingSchema.parse({
        itemId: "1",
        finding: "DISCREPANCY",
        checkedValue: "1,234.5",
        note: "核对学籍",
      }),
    ).toMatchObject({ checkedValue: 1234.5, note: "核对学籍" });
    expect(recordFindingSchema.safeParse({ itemId: "1", finding: "PENDING" }).success).toBe(false);
  });
});
