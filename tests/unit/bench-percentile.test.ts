import { describe, expect, it } from "vitest";
import { percentile } from "@/scripts/bench/load";

describe("percentile (nearest rank)", () => {
  const samples = Array.from({ length: 20 }, (_, i) => i + 1); // 1 … 20

  it("takes the smallest sample with at least p% at or below it", () => {
    expect(percentile(samples, 50)).toBe(10);
    expect(percentile(samples, 95)).toBe(19);
    expect(percentile(samples, 99)).toBe(20);
    expect(percentile([7], 99)).toBe(7);
  });
});
