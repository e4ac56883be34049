// The whole-set standard form's schema (issue 22): one `value.<row id>` field per item, empty for "not configured".
import { describe, expect, it } from "vitest";
import { updateStandardSetSchema } from "@/lib/schemas/indicators";

const base = { setId: "7", version: "3", effectiveFrom: "2026-09-01" };

describe("updateStandardSetSchema", () => {
  it("reads every item's value, with thousands separators, and an empty one as not configured", () => {
    expect(updateStandardSetSchema.parse({ ...base, "value.12": "1,500", "value.13": "" })).toEqual({
      setId: 7,
      version: 3,
      effectiveFrom: "2026-09-01",
      items: [
        { id: 12, value: 1500 },
        { id: 13, value: null },
      ],
    });
  });

  it("names the item of a bad value, and refuses a form without items or with a field of no item", () => {
    const negative = updateStandardSetSchema.safeParse({ ...base, "value.12": "-1" });
    expect(negative.error?.issues.map((issue) => [issue.path.join("."), issue.message])).toEqual([
      ["value.12", "positive"],
    ]);
    expect(updateStandardSetSchema.safeParse(base).success).toBe(false);
    expect(updateStandardSetSchema.safeParse({ ...base, "value.12": "1", "value.x": "1" }).success).toBe(
      false,
    );
    expect(updateStandardSetSchema.safeParse({ ...base, "value.12": "1", other: "" }).success).toBe(false);
    expect(updateStandardSetSchema.safeParse({ ...base, version: "", "value.12": "1" }).success).toBe(false);
  });
});
