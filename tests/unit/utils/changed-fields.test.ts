import { describe, expect, it } from "vitest";
import { Prisma } from "@/lib/generated/prisma/client";
import { changedFields, comparable } from "@/lib/utils/changed-fields";

describe("comparable", () => {
  it("reads decimals as numbers, dates as their day and nothing as null", () => {
    expect(comparable(new Prisma.Decimal("6000.50"))).toBe(6000.5);
    expect(comparable(new Date("1985-05-05T00:00:00Z"))).toBe("1985-05-05");
    expect(comparable(undefined)).toBeNull();
    expect(comparable(null)).toBeNull();
    expect(comparable(false)).toBe(false);
    expect(comparable("SENIOR")).toBe("SENIOR");
  });
});

describe("changedFields", () => {
  const record = {
    id: 7,
    title: "SENIOR",
    buildingArea: new Prisma.Decimal("6000.00"),
    birthDate: new Date("1985-05-05T00:00:00Z"),
    hiredOn: null,
    hasCanteen: true,
  };

  it("finds no change in values equal to the record's, whatever their type", () => {
    expect(
      changedFields(record, {
        title: "SENIOR",
        buildingArea: 6000,
        birthDate: new Date("1985-05-05T00:00:00Z"),
        hiredOn: undefined,
        hasCanteen: true,
      }),
    ).toEqual([]);
  });

  it("lists each differing field with the record's value and the sent one, in the order sent", () => {
    expect(
      changedFields(record, {
        hasCanteen: false,
        title: "FIRST",
        buildingArea: 6000.01,
        hiredOn: new Date("2010-09-01T00:00:00Z"),
      }),
    ).toEqual([
      { field: "hasCanteen", current: true, yours: false },
      { field: "title", current: "SENIOR", yours: "FIRST" },
      { field: "buildingArea", current: 6000, yours: 6000.01 },
      { field: "hiredOn", current: null, yours: "2010-09-01" },
    ]);
  });

  it("only compares the fields that were sent", () => {
    expect(changedFields(record, { title: "SENIOR" })).toEqual([]);
  });
});
