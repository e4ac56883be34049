import { describe, expect, it } from "vitest";
import { provinceDefinitions, rollUpCities, sumBasesByCity } from "@/lib/indicators/province";
import type { HistoryPoint } from "@/lib/indicators/status";
import { indicatorDefinition } from "../../support/indicator-definition";

const Q3 = { year: 2026, quarter: 3 } as const;
const Q4 = { year: 2026, quarter: 4 } as const;
const city = (points: Record<string, HistoryPoint[]>) => new Map(Object.entries(points));

describe("rollUpCities", () => {
  const share = indicatorDefinition({ key: "share", cityRollUp: "MEAN" });
  const count = indicatorDefinition({ key: "count", cityRollUp: "SUM", valueType: "COUNT" });

  it("takes the mean of the cities' shares and the sum of their counts, quarter by quarter", () => {
    const { values, history } = rollUpCities(
      [share, count],
      [
        city({
          share: [
            { ...Q3, value: 60 },
            { ...Q4, value: 80 },
          ],
          count: [{ ...Q4, value: 1200 }],
        }),
        city({
          share: [
            { ...Q3, value: 70 },
            { ...Q4, value: 90 },
          ],
          count: [{ ...Q4, value: 300 }],
        }),
        city({ share: [{ ...Q4, value: 100 }], count: [{ ...Q3, value: 50 }] }),
      ],
      [Q3, Q4],
    );
    // Q3: (60 + 70) / 2 = 65 of the two cities with a figure; Q4: (80 + 90 + 100) / 3 = 90.
    expect(history.get("share")).toEqual([
      { ...Q3, value: 65 },
      { ...Q4, value: 90 },
    ]);
    expect(values.get("share")).toEqual({
      result: { computable: true, value: 90 },
      quarter: Q4,
      coverage: { reporting: 3, total: 3 },
    });
    // Q3: 50 (one city); Q4: 1200 + 300 = 1500 of two cities of three.
    expect(history.get("count")).toEqual([
      { ...Q3, value: 50 },
      { ...Q4, value: 1500 },
    ]);
    expect(values.get("count")?.coverage).toEqual({ reporting: 2, total: 3 });
  });

  it("has no figure where no city has one", () => {
    const { values, history } = rollUpCities([share], [city({}), city({})], [Q3, Q4]);
    expect(values.has("share")).toBe(false);
    expect(history.has("share")).toBe(false);
  });
});

describe("provinceDefinitions", () => {
  it("keeps the programme's target of a share and drops a city-sized one of a count", () => {
    const [share, count] = provinceDefinitions([
      indicatorDefinition({ key: "share", cityRollUp: "MEAN", defaultTarget: 85 }),
      indicatorDefinition({ key: "count", cityRollUp: "SUM", defaultTarget: 15000 }),
    ]);
    expect(share?.defaultTarget).toBe(85);
    expect(count?.defaultTarget).toBeNull();
    expect(count?.defaultDeadlineYear).toBeNull();
  });
});

describe("sumBasesByCity", () => {
  const bases = (schools: number, enrolment: number, teachers: number, ruralSchools: number) => ({
    schools,
    enrolment,
    teachers,
    ruralSchools,
  });

  it("adds each city's counties' bases, in the cities' order, a city without counties at zero", () => {
    const cities = [
      { id: 7, code: "370200" },
      { id: 3, code: "370100" },
      { id: 9, code: "370300" },
    ];
    const result = sumBasesByCity(cities, [
      { cityId: 3, bases: bases(40, 12_000, 900, 25) },
      { cityId: 7, bases: bases(10, 3_000, 200, 8) },
      { cityId: 3, bases: bases(15, 4_500, 310, 0) },
      // A county of a city not asked for is left out.
      { cityId: 99, bases: bases(1, 1, 1, 1) },
    ]);
    expect(result).toEqual([
      { id: 7, code: "370200", bases: bases(10, 3_000, 200, 8) },
      { id: 3, code: "370100", bases: bases(55, 16_500, 1_210, 25) },
      { id: 9, code: "370300", bases: bases(0, 0, 0, 0) },
    ]);
  });
});
