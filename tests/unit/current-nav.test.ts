import { describe, expect, it } from "vitest";
import { currentNavHref } from "@/lib/utils/current-nav";

const menu = ["/counties/7", "/schools", "/groups", "/groups/worklist", "/problems"];

describe("currentNavHref", () => {
  it("marks only the longest entry that contains the page", () => {
    expect(currentNavHref("/groups/worklist", menu)).toBe("/groups/worklist");
    expect(currentNavHref("/groups/12/edit", menu)).toBe("/groups");
    expect(currentNavHref("/groups", menu)).toBe("/groups");
  });
  it("does not take a longer name for a child", () => {
    expect(currentNavHref("/schoolsx", menu)).toBeNull();
    expect(currentNavHref("/counties/70", menu)).toBeNull();
  });
  it("finds nothing outside the menu", () => {
    expect(currentNavHref("/account/password", menu)).toBeNull();
  });
});
