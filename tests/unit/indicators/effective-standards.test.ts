import { describe, expect, it } from "vitest";
import {
  rowsInForce,
  thresholdValue,
  toEffectiveStandards,
  type ThresholdRow,
} from "@/lib/indicators/effective-standards";

let nextId = 1;
function row(fields: Partial<ThresholdRow> & Pick<ThresholdRow, "setKey" | "indicatorKey">): ThresholdRow {
  return {
    id: nextId++,
    setCityId: null,
    overridesKey: null,
    schoolLevel: null,
    minClasses: null,
    maxClasses: null,
    comparator: "GTE",
    value: 1,
    unit: "",
    effectiveFrom: new Date("2017-01-01"),
    source: "test",
    confidence: "OFFICIAL",
    note: null,
    ...fields,
  };
}

const AS_OF = new Date("2026-11-23");

describe("rowsInForce", () => {
  it("lets a city's own copy of a set replace the shared set for that city only", () => {
    const shared = row({ setKey: "shandong_class2", indicatorKey: "c2_books_per_pupil", value: null });
    const jinanCopy = row({
      setKey: "shandong_class2",
      setCityId: 1,
      indicatorKey: "c2_books_per_pupil",
      value: 30,
    });
    const weifangCopy = row({
      setKey: "shandong_class2",
      setCityId: 2,
      indicatorKey: "c2_books_per_pupil",
      value: 40,
    });
    const rows = [shared, jinanCopy, weifangCopy];
    expect(rowsInForce(rows, 1, AS_OF)).toEqual([jinanCopy]);
    expect(rowsInForce(rows, 2, AS_OF)).toEqual([weifangCopy]);
    expect(rowsInForce(rows, 3, AS_OF)).toEqual([shared]);
  });

  it("keeps the latest row in effect and ignores rows that start after the reference date", () => {
    const old = row({ setKey: "s", indicatorKey: "k", value: 6000, effectiveFrom: new Date("2017-04-26") });
    const current = row({
      setKey: "s",
      indicatorKey: "k",
      value: 7000,
      effectiveFrom: new Date("2024-01-01"),
    });
    const future = row({
      setKey: "s",
      indicatorKey: "k",
      value: 9000,
      effectiveFrom: new Date("2027-01-01"),
    });
    expect(rowsInForce([old, current, future], 1, AS_OF)).toEqual([current]);
    expect(rowsInForce([old, current, future], 1, new Date("2020-06-30"))).toEqual([old]);
  });

  it("lets an overriding set replace the overridden set's row for the same item (Shandong's 8000 over 6000)", () => {
    const national = row({ setKey: "moe", indicatorKey: "special_ed_funding_per_pupil", value: 6000 });
    const shandong = row({
      setKey: "shandong",
      overridesKey: "moe",
      indicatorKey: "special_ed_funding_per_pupil",
      value: 8000,
      effectiveFrom: new Date("2019-01-01"),
    });
    const other = row({ setKey: "moe", indicatorKey: "social_recognition", value: 85 });
    expect(rowsInForce([national, shandong, other], 1, AS_OF)).toEqual([shandong, other]);
    expect(thresholdValue(rowsInForce([national, shandong], 1, AS_OF), "special_ed_funding_per_pupil")).toBe(
      8000,
    );
  });
});

describe("thresholdValue", () => {
  it("prefers the row for the school level over the row for every level, and ignores size-banded rows", () => {
    const rows = [
      row({ setKey: "s", indicatorKey: "k", schoolLevel: null, value: 10 }),
      row({ setKey: "s", indicatorKey: "k", schoolLevel: "JUNIOR", value: 12 }),
      row({
        setKey: "s",
        indicatorKey: "k",
        schoolLevel: "PRIMARY",
        minClasses: 1,
        maxClasses: 12,
        value: 99,
      }),
    ];
    expect(thresholdValue(rows, "k", "JUNIOR")).toBe(12);
    expect(thresholdValue(rows, "k", "PRIMARY")).toBe(10);
    expect(thresholdValue(rows, "missing", "PRIMARY")).toBeNull();
  });
});

describe("toEffectiveStandards", () => {
  it("groups Class Ⅱ rows by level with their size bands, and leaves unset values as not configured", () => {
    const standards = toEffectiveStandards([
      row({
        setKey: "shandong_class2",
        indicatorKey: "c2_books_per_pupil",
        schoolLevel: "PRIMARY",
        value: null,
      }),
      row({
        setKey: "shandong_class2",
        indicatorKey: "c2_site_area_per_pupil",
        schoolLevel: "PRIMARY",
        minClasses: 13,
        maxClasses: 24,
        value: 21,
      }),
      row({
        setKey: "moe_2017_quality_balanced",
        indicatorKey: "qb_cv_primary",
        schoolLevel: "PRIMARY",
        value: 0.5,
      }),
    ]);
    expect(standards.classTwo.PRIMARY).toEqual([
      { indicatorKey: "c2_books_per_pupil", minClasses: null, maxClasses: null, value: null },
      { indicatorKey: "c2_site_area_per_pupil", minClasses: 13, maxClasses: 24, value: 21 },
    ]);
    expect(standards.classTwo.JUNIOR).toBeUndefined();
    expect(standards.cvLimits).toEqual({ PRIMARY: 0.5, JUNIOR: null });
    expect(standards.resourceThresholds.PRIMARY.res_sports_area_per_pupil).toBeNull();
  });
});
