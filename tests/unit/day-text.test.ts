import { describe, expect, it } from "vitest";
import { readDayText } from "@/lib/utils/day-text";

const day = (value: string) => ({ kind: "day", value });
const INVALID = { kind: "invalid" };

describe("readDayText", () => {
  it("reads a day in each way bureaus write one", () => {
    for (const text of [
      "1985-03-05",
      "1985-3-5",
      "1985/3/5",
      "1985/03/05",
      "1985.3.5",
      "1985年3月5日",
      "1985年03月05日",
      "1985年3月5",
      "19850305",
      " 1985-03-05 ",
      "１９８５／３／５",
      "1985-03-05 00:00:00",
      "1985-03-05T00:00:00Z",
    ])
      expect(readDayText(text), text).toEqual(day("1985-03-05"));
  });

  it("is empty for a blank field, not a day", () => {
    expect(readDayText("")).toEqual({ kind: "empty" });
    expect(readDayText("  ")).toEqual({ kind: "empty" });
  });

  it("reads a month alone only where the field is a month, as its first day", () => {
    for (const [text, value] of [
      ["2007.9", "2007-09-01"],
      ["2007/9", "2007-09-01"],
      ["2007-09", "2007-09-01"],
      ["2007年9月", "2007-09-01"],
      ["2007.12", "2007-12-01"],
      // Excel shows a cell typed 2007.10 as the number 2007.1, and so does the file: January.
      ["2007.1", "2007-01-01"],
    ] as const) {
      expect(readDayText(text, { month: true }), text).toEqual(day(value));
      expect(readDayText(text), text).toEqual(INVALID);
    }
    expect(readDayText("2007-09-15", { month: true })).toEqual(day("2007-09-15"));
  });

  it("refuses days not in the calendar, other orders, mixed separators and other text", () => {
    for (const text of [
      "2023-02-29",
      "2024-02-30",
      "1985-13-01",
      "1985-00-10",
      "1985-03-00",
      "1985-03-32",
      "05/03/1985",
      "3/5/1985",
      "85-3-5",
      "1985-3/5",
      "1985.3-5",
      "1899-12-31",
      "2101-01-01",
      "1985",
      "0x10",
      "31112",
      "yesterday",
      "1985-03-05abc",
    ])
      expect(readDayText(text), text).toEqual(INVALID);
    expect(readDayText("2024-02-29")).toEqual(day("2024-02-29"));
    expect(readDayText("2007.13", { month: true })).toEqual(INVALID);
  });
});
