import { describe, expect, it } from "vitest";
import { readNumberText } from "@/lib/utils/number-text";

const valueOf = (text: string) => {
  const read = readNumberText(text);
  return read.kind === "number" ? read.value : read.kind;
};

describe("readNumberText", () => {
  it("reads plain decimals, signs and fractions", () => {
    expect(valueOf("0")).toBe(0);
    expect(valueOf("42")).toBe(42);
    expect(valueOf("-3.5")).toBe(-3.5);
    expect(valueOf("+7")).toBe(7);
    expect(valueOf("0.982")).toBe(0.982);
    expect(valueOf(".5")).toBe(0.5);
    expect(valueOf("007")).toBe(7);
  });

  it("accepts thousands separators in groups of three, as in 1,700,000 and 15,000", () => {
    expect(valueOf("1,700,000")).toBe(1_700_000);
    expect(valueOf("15,000")).toBe(15_000);
    expect(valueOf("1,234.56")).toBe(1234.56);
    expect(valueOf("12,34")).toBe("invalid");
    expect(valueOf("1,0000")).toBe("invalid");
    expect(valueOf(",100")).toBe("invalid");
    expect(valueOf("1,,000")).toBe("invalid");
  });

  it("treats an empty or blank field as empty, not as 0", () => {
    expect(valueOf("")).toBe("empty");
    expect(valueOf("   ")).toBe("empty");
    expect(valueOf("\u3000")).toBe("empty");
  });

  it("reads full-width digits, commas and points typed with a Chinese input method", () => {
    expect(valueOf("１２３")).toBe(123);
    expect(valueOf("１，７００，０００")).toBe(1_700_000);
    expect(valueOf("０．５")).toBe(0.5);
  });

  it("refuses hexadecimal, binary, octal, exponents, Infinity, units and stray characters", () => {
    for (const text of [
      "0x10",
      "0b11",
      "0o7",
      "1e3",
      "1E-2",
      "Infinity",
      "-Infinity",
      "NaN",
      "170万",
      "12元",
      "1 000",
      "1.2.3",
      "-",
      "+",
      ".",
      "--1",
    ])
      expect(valueOf(text), text).toBe("invalid");
  });
});
