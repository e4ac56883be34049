import { describe, expect, it } from "vitest";
import { tickText, valueScale } from "@/lib/charts/value-scale";

describe("chart value scale", () => {
  it("starts bars at zero, so a ratio below 1 is a shorter bar, not a negative one", () => {
    const scale = valueScale([0.982, 1.035, 1.067], { valueType: "RATIO", target: 1.05, kind: "bar" });
    expect(scale.domain[0]).toBe(0);
    expect(scale.domain[1]).toBeGreaterThanOrEqual(1.067);
    expect(scale.ticks[0]).toBe(0);
  });

  it("puts the ticks of a line on round values", () => {
    // 1.029–1.208 with the target 1.05: padded to about 1.01–1.23, then widened to round ends.
    const scale = valueScale([1.208, 1.119, 1.059], { valueType: "RATIO", target: 1.05, kind: "line" });
    expect(scale.ticks).toEqual([1, 1.05, 1.1, 1.15, 1.2, 1.25]);
    expect(scale.domain).toEqual([1, 1.25]);
  });

  it("never draws a share past 100 %", () => {
    const scale = valueScale([70.1, 74.3, 77.5], { valueType: "PERCENT", target: 100, kind: "line" });
    expect(scale.domain[1]).toBe(100);
    expect(scale.ticks.at(-1)).toBe(100);
    expect(Math.max(...scale.ticks)).toBeLessThanOrEqual(100);
  });

  it("writes the unit of a share on its ticks and only the digits the steps need", () => {
    expect(tickText(50, [0, 25, 50, 75, 100], "PERCENT")).toBe("50%");
    expect(tickText(1.05, [1, 1.05, 1.1], "RATIO")).toBe("1.05");
    expect(tickText(2000, [0, 1000, 2000], "COUNT")).toBe("2000");
  });
});
