import { describe, expect, it } from "vitest";
import { locationClassOfCode, URBAN_RURAL_CODE_LIST } from "@/lib/indicators/urban-rural-code";

describe("统计用城乡分类代码 → location class (decision 0019)", () => {
  it.each([
    ["111", "URBAN"],
    ["112", "URBAN"],
    ["121", "TOWN_AREA"],
    ["122", "TOWN_AREA"],
    ["123", "TOWN_AREA"],
    ["210", "VILLAGE"],
    ["220", "VILLAGE"],
  ] as const)("%s is %s", (code, expected) => {
    expect(locationClassOfCode(code)).toBe(expected);
  });

  it("knows exactly the seven codes of the statistics", () => {
    expect([...URBAN_RURAL_CODE_LIST].sort()).toEqual(["111", "112", "121", "122", "123", "210", "220"]);
  });
});
