import { describe, expect, it } from "vitest";
import {
  birthDateRange,
  PYRAMID_AGE_BANDS,
  PYRAMID_BAND_BOUNDS,
  ROSTER_AGE_BANDS,
  ROSTER_AGE_RANGES,
} from "@/lib/indicators/age-bands";
import { isAgedAtMost45 } from "@/lib/indicators/formulas/principals";
import { sportsAreaOf } from "@/lib/indicators/formulas/quality-balanced";
import { ageOn } from "@/lib/utils/periods";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const inRange = (birth: Date, range: { gt?: Date; lte: Date }) =>
  birth <= range.lte && (range.gt === undefined || birth > range.gt);

describe("the roster's age bands", () => {
  it("splits at the young-principal age", () => {
    expect(ROSTER_AGE_BANDS).toEqual(["under30", "30to39", "40to45", "46to54", "55plus"]);
    expect(ROSTER_AGE_RANGES["40to45"]).toEqual({ min: 40, max: 45 });
    expect(ROSTER_AGE_RANGES["46to54"]).toEqual({ min: 46, max: 54 });
  });

  it("filters on birth dates that give exactly the band's ages", () => {
    const on = day("2024-02-29");
    const range = birthDateRange(ROSTER_AGE_RANGES["40to45"], on);
    expect(range).toEqual({ lte: day("1984-02-29"), gt: day("1978-02-28") });
    expect(birthDateRange(ROSTER_AGE_RANGES["55plus"], on)).toEqual({ lte: day("1969-02-28") });
    const mismatches: string[] = [];
    for (let offset = 0; offset < 60 * 366; offset += 3) {
      const birth = new Date(Date.UTC(1960, 0, 1 + offset));
      const age = ageOn(birth, on);
      for (const band of ROSTER_AGE_BANDS) {
        const { min, max } = ROSTER_AGE_RANGES[band];
        const expected = age >= min && (max === null || age <= max);
        if (inRange(birth, birthDateRange(ROSTER_AGE_RANGES[band], on)) !== expected)
          mismatches.push(`${birth.toISOString().slice(0, 10)} ${band}`);
      }
    }
    expect(mismatches).toEqual([]);
  });

  it("holds in 40–45 exactly the teachers of 40 or over the principal rule calls 45 or under", () => {
    const on = day("2026-11-23");
    const range = birthDateRange(ROSTER_AGE_RANGES["40to45"], on);
    for (const birth of [day("1980-11-23"), day("1980-11-24"), day("1986-11-23"), day("1986-11-24")])
      expect(inRange(birth, range)).toBe(isAgedAtMost45(birth, on) && ageOn(birth, on) >= 40);
  });
});

describe("the pyramid's age bands", () => {
  it("gives SQL's width_bucket the lower bound of every band after the first", () => {
    // width_bucket(age, [30, 40, 50, 55]): 29 → 0 (under30), 30 → 1, 49 → 2, 54 → 3, 55 → 4 (55plus).
    expect(PYRAMID_BAND_BOUNDS).toEqual([30, 40, 50, 55]);
    expect(PYRAMID_AGE_BANDS.map((band) => band.band)).toEqual([
      "under30",
      "30to39",
      "40to49",
      "50to54",
      "55plus",
    ]);
  });
});

describe("sportsAreaOf", () => {
  it("adds indoor halls and outdoor grounds", () => {
    expect(sportsAreaOf({ sportsAreaIndoor: 800, sportsAreaOutdoor: 4200.5 })).toBe(5000.5);
  });
});
