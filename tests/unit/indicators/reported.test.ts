import { describe, expect, it } from "vitest";
import { rollUpReported } from "@/lib/indicators/reported";

describe("rollUpReported", () => {
  it("adds up counts and amounts", () => {
    expect(rollUpReported("SUM", [12, 30, 8])).toEqual({ computable: true, value: 50 });
  });

  it("averages rates over the counties that reported", () => {
    expect(rollUpReported("MEAN", [90, 96, 99])).toEqual({ computable: true, value: 95 });
  });

  it("is not computable when no county has an approved value", () => {
    expect(rollUpReported("SUM", [])).toEqual({ computable: false, reason: "no_data" });
  });
});
