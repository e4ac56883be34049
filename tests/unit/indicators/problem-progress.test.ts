import { describe, expect, it } from "vitest";
import { problemClosureRate } from "@/lib/indicators/problem-progress";

describe("problemClosureRate", () => {
  it("is the accepted share of all problems, in percent", () => {
    expect(problemClosureRate({ total: 8, closed: 2 })).toBe(25);
    expect(problemClosureRate({ total: 3, closed: 3 })).toBe(100);
    expect(problemClosureRate({ total: 4, closed: 0 })).toBe(0);
  });
  it("is not given for a county without problems", () => {
    expect(problemClosureRate({ total: 0, closed: 0 })).toBeNull();
  });
});
