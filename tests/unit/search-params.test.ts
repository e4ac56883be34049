import { describe, expect, it } from "vitest";
import { hrefWith, pickParams } from "@/lib/utils/search-params";

describe("the parameters a page's links keep", () => {
  it("keeps the first value of each named key and drops the rest of the query", () => {
    // A shared section's key holds these, so a parameter the page ignores must not make a new entry.
    expect(
      pickParams({ period: "2026Q4", group: ["district", "county"], bench: "17", sort: "" }, [
        "period",
        "group",
        "sort",
        "trend",
      ]),
    ).toEqual({ period: "2026Q4", group: "district" });
  });

  it("changes some of them in a link", () => {
    expect(hrefWith("/city", { period: "2026Q4", sort: "ratio" }, { sort: undefined, trend: "x" })).toBe(
      "/city?period=2026Q4&trend=x",
    );
  });
});
