import { describe, expect, it } from "vitest";
import { lineBreakParts } from "@/lib/pdf/fonts";

const breakable = (word: string) => lineBreakParts(word).filter((part) => part !== "");

describe("lineBreakParts", () => {
  it("lets Chinese break between characters but keeps punctuation off the wrong end of a line", () => {
    expect(breakable("比例（60.0%，目标100.0%）、")).toEqual([
      "比",
      "例",
      "（60.0%，",
      "目",
      "标",
      "100.0%）、",
    ]);
  });

  it("marks every break as needing no hyphen", () => {
    expect(lineBreakParts("简报")).toEqual(["简", "", "报", ""]);
  });
});
