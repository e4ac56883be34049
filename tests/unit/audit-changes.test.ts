import { describe, expect, it } from "vitest";
import { auditChanges } from "@/lib/audit/changes";

describe("auditChanges", () => {
  it("pairs the fields of both sides in the after-state's order and marks the changed ones", () => {
    expect(
      auditChanges(
        { name: "甲小学", level: "PRIMARY", closedOn: null },
        { name: "乙小学", level: "PRIMARY", isTownSeat: true },
      ),
    ).toEqual([
      { field: "name", before: "甲小学", after: "乙小学", changed: true },
      { field: "level", before: "PRIMARY", after: "PRIMARY", changed: false },
      { field: "isTownSeat", before: undefined, after: true, changed: true },
      { field: "closedOn", before: null, after: undefined, changed: true },
    ]);
  });

  it("lists every field of a creation or a deletion, each as changed", () => {
    expect(auditChanges(null, { a: 1 })).toEqual([
      { field: "a", before: undefined, after: 1, changed: true },
    ]);
    expect(auditChanges({ a: 1 }, null)).toEqual([
      { field: "a", before: 1, after: undefined, changed: true },
    ]);
    expect(auditChanges(null, null)).toEqual([]);
  });

  it("compares nested values by content, whatever their key order", () => {
    const [change] = auditChanges({ rows: { created: 2, updated: 1 } }, { rows: { updated: 1, created: 2 } });
    expect(change).toMatchObject({ field: "rows", changed: false });
    expect(auditChanges({ list: [1, 2] }, { list: [1, 3] })[0]).toMatchObject({ changed: true });
  });

  it("shows a value that is not an object as one field", () => {
    expect(auditChanges(3, 4)).toEqual([{ field: "value", before: 3, after: 4, changed: true }]);
  });
});
