import { describe, expect, it } from "vitest";
import {
  isNormalisable,
  normalise,
  peerGroupsOf,
  rankWithinGroups,
  type UnitBases,
} from "@/lib/indicators/fair-rankings";

const bases = (schools: number, enrolment: number, teachers: number, ruralSchools = 0): UnitBases => ({
  schools,
  enrolment,
  teachers,
  ruralSchools,
});
const count = { valueType: "COUNT", cityRollUp: "SUM" } as const;
const amount = { valueType: "AMOUNT", cityRollUp: "SUM" } as const;
const share = { valueType: "PERCENT", cityRollUp: "MEAN" } as const;
const ratio = { valueType: "RATIO", cityRollUp: "MEAN" } as const;
const perPupilAmount = { valueType: "AMOUNT", cityRollUp: "MEAN" } as const;

describe("normalise", () => {
  const county = bases(40, 25_000, 1_600);

  it("divides a summed count by schools, by 100 pupils and by teachers", () => {
    // 120 classes above size in 40 schools = 3 per school; per 100 of 25,000 pupils = 120 × 100 / 25,000 = 0.48;
    // per teacher = 120 / 1,600 = 0.075.
    expect(normalise(120, count, county, "per_school")).toBe(3);
    expect(normalise(120, count, county, "per_100_pupils")).toBeCloseTo(0.48, 10);
    expect(normalise(120, count, county, "per_teacher")).toBeCloseTo(0.075, 10);
    expect(normalise(120, count, county, "raw")).toBe(120);
  });

  it("keeps an amount in its own unit (万元) per base", () => {
    // 5,000 万元 invested over 40 schools = 125 万元 per school.
    expect(normalise(5_000, amount, county, "per_school")).toBe(125);
  });

  it("never normalises a share, a ratio or an amount that is already per pupil", () => {
    expect(isNormalisable(share)).toBe(false);
    expect(isNormalisable(ratio)).toBe(false);
    expect(isNormalisable(perPupilAmount)).toBe(false);
    expect(normalise(87.5, share, county, "per_school")).toBe(87.5);
    expect(normalise(1.2, ratio, county, "per_teacher")).toBe(1.2);
  });

  it("gives no figure for a zero or missing base, never infinity", () => {
    expect(normalise(3, count, bases(0, 0, 0), "per_school")).toBeNull();
    expect(normalise(3, count, bases(2, 0, 5), "per_100_pupils")).toBeNull();
    expect(normalise(3, count, null, "per_teacher")).toBeNull();
    expect(normalise(null, count, county, "per_school")).toBeNull();
  });
});

describe("peerGroupsOf", () => {
  it("places counties by kind", () => {
    const groups = peerGroupsOf(
      [
        { id: 1, countyKind: "DISTRICT" },
        { id: 2, countyKind: "COUNTY_CITY" },
        { id: 3, countyKind: "FUNCTIONAL_ZONE" },
        { id: 4 },
      ],
      "kind",
    );
    expect([...groups]).toEqual([
      [1, "districts"],
      [2, "counties"],
      [3, "zones"],
      [4, null],
    ]);
  });

  it("bands by enrolment terciles; equal pupils share a band; no pupils, no band", () => {
    // Six units with pupils sorted: 10 (id 6), 20 (5), 30 (4), 30 (3), 50 (2), 60 (1): index × 3 / 6 gives bands
    // 0, 0, 1, 1, 2, 2; id 3 has the same 30 as id 4 and stays with it in medium. Unit 7 has no pupils.
    const units = [60, 50, 30, 30, 20, 10, 0].map((enrolment, index) => ({
      id: index + 1,
      bases: bases(1, enrolment, 1),
    }));
    const groups = peerGroupsOf(units, "size");
    expect(Object.fromEntries(groups)).toEqual({
      1: "large",
      2: "large",
      3: "medium",
      4: "medium",
      5: "small",
      6: "small",
      7: null,
    });
  });

  it("a tie across a tercile boundary keeps the lower band", () => {
    // Sorted 10 (id 1), 20 (2), 20 (3): the third's own tercile would be large (2 × 3 / 3 = 2), but it equals id 2.
    const groups = peerGroupsOf(
      [10, 20, 20].map((enrolment, index) => ({ id: index + 1, bases: bases(1, enrolment, 1) })),
      "size",
    );
    expect(Object.fromEntries(groups)).toEqual({ 1: "small", 2: "medium", 3: "medium" });
  });

  it("splits at half the schools rural, 50% counting as mostly rural", () => {
    const groups = peerGroupsOf(
      [
        { id: 1, bases: bases(10, 1, 1, 5) },
        { id: 2, bases: bases(10, 1, 1, 4) },
        { id: 3, bases: bases(0, 0, 0, 0) },
      ],
      "rural",
    );
    expect(Object.fromEntries(groups)).toEqual({ 1: "mostly_rural", 2: "mostly_urban", 3: null });
  });
});

describe("rankWithinGroups", () => {
  const entries = [
    { id: 1, group: "small", value: 5 },
    { id: 2, group: "small", value: 7 },
    { id: 3, group: "small", value: 7 },
    { id: 4, group: "small", value: 3 },
    { id: 5, group: "large", value: 1 },
    { id: 6, group: "large", value: null },
    { id: 7, group: null, value: 9 },
  ] as const;

  it("ranks within each group, ties sharing the better rank and skipping the next (1, 1, 3, 4)", () => {
    const ranks = rankWithinGroups(entries, "desc");
    expect(ranks.get(2)).toEqual({ group: "small", rank: 1, of: 4 });
    expect(ranks.get(3)).toEqual({ group: "small", rank: 1, of: 4 });
    expect(ranks.get(1)).toEqual({ group: "small", rank: 3, of: 4 });
    expect(ranks.get(4)).toEqual({ group: "small", rank: 4, of: 4 });
    expect(ranks.get(5)).toEqual({ group: "large", rank: 1, of: 1 });
  });

  it("puts the lowest first for an at-most indicator", () => {
    const ranks = rankWithinGroups(entries, "asc");
    expect(ranks.get(4)?.rank).toBe(1);
    expect(ranks.get(2)?.rank).toBe(3);
  });

  it("gives no rank without a figure or without a group", () => {
    const ranks = rankWithinGroups(entries, "desc");
    expect(ranks.has(6)).toBe(false);
    expect(ranks.has(7)).toBe(false);
  });
});
