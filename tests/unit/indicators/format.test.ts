import { describe, expect, it } from "vitest";
import { formatIndicatorNumber, formatIndicatorValue } from "@/lib/indicators/format";

describe("indicator value formatting", () => {
  it("gives a ratio three decimals, so 1.049 and 1.051 read apart against 1.05", () => {
    expect(formatIndicatorNumber(1.0494, "RATIO", "zh")).toBe("1.049");
    expect(formatIndicatorNumber(1.0506, "RATIO", "zh")).toBe("1.051");
  });

  it("writes percentages with one decimal and no space before the sign", () => {
    expect(formatIndicatorValue(86.18, { valueType: "PERCENT", unit: "%", unitEn: "%" }, "en")).toBe("86.2%");
  });

  it("groups digits of counts and amounts and adds the unit of the reader's language", () => {
    expect(formatIndicatorValue(189471, { valueType: "AMOUNT", unit: "万元", unitEn: "10k CNY" }, "zh")).toBe(
      "189,471 万元",
    );
    expect(formatIndicatorValue(164, { valueType: "COUNT", unit: "所", unitEn: "schools" }, "en")).toBe(
      "164 schools",
    );
  });
});
