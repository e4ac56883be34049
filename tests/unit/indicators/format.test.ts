import { describe, expect, it } from "vitest";
import {
  formatIndicatorNumber,
  formatIndicatorValue,
  formatRollUpAmount,
  formatTargetAmount,
  formatTargetBound,
} from "@/lib/indicators/format";

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

describe("target formatting", () => {
  const ratio = { valueType: "RATIO", unit: "", unitEn: "", direction: "AT_MOST" } as const;
  const share = { valueType: "PERCENT", unit: "%", unitEn: "%", direction: "AT_LEAST" } as const;

  it("writes a target as policy sets it, not with a measured value's fixed decimals", () => {
    expect(formatTargetBound(1.05, ratio, "zh")).toBe("≤ 1.05");
    expect(formatTargetBound(60, share, "en")).toBe("≥ 60%");
    expect(formatTargetBound(92.5, share, "zh")).toBe("≥ 92.5%");
  });

  it("keeps as many decimals as the value type allows and no more", () => {
    expect(formatTargetAmount(1.0456, ratio, "zh")).toBe("1.046");
    expect(
      formatTargetAmount(15000, { valueType: "COUNT", unit: "人次", unitEn: "person-times" }, "en"),
    ).toBe("15,000 person-times");
  });
});

describe("roll-up formatting", () => {
  it("shows a small gap of a share or an amount instead of rounding it to 0, and a count in whole units", () => {
    expect(formatRollUpAmount(0.04, { valueType: "PERCENT", unit: "%", unitEn: "%" }, "zh")).toBe("0.04%");
    expect(formatRollUpAmount(0.01, { valueType: "AMOUNT", unit: "万元", unitEn: "10k CNY" }, "zh")).toBe(
      "0.01 万元",
    );
    expect(formatRollUpAmount(0.003, { valueType: "RATIO", unit: "", unitEn: "" }, "en")).toBe("0.003");
    expect(formatRollUpAmount(15000, { valueType: "COUNT", unit: "节", unitEn: "courses" }, "zh")).toBe(
      "15,000 节",
    );
  });
});
