import { describe, expect, it } from "vitest";
import {
  classOf,
  mapLegend,
  NO_DATA_FILL,
  STATUS_FILLS,
  unitFill,
  VALUE_FILLS,
  valueClasses,
} from "@/lib/maps/map-colours";

describe("value classes", () => {
  it("split the range from the lowest to the highest figure into equal classes", () => {
    // 60–100 in 5 classes of 8: 60–68, 68–76, 76–84, 84–92, 92–100.
    const classes = valueClasses([60, 70, null, 100, 85, 92]);
    expect(classes.map((item) => [item.from, item.to])).toEqual([
      [60, 68],
      [68, 76],
      [76, 84],
      [84, 92],
      [92, 100],
    ]);
    expect(classes.map((item) => item.fill)).toEqual(VALUE_FILLS.map((item) => item.fill));
  });

  it("put a figure on a break into the upper class, and the highest figure into the last", () => {
    const classes = valueClasses([60, 70, 100, 85, 92]);
    expect(classOf(68, classes)?.from).toBe(68);
    expect(classOf(60, classes)?.from).toBe(60);
    expect(classOf(92, classes)?.from).toBe(92);
    expect(classOf(100, classes)?.from).toBe(92);
    expect(classOf(null, classes)).toBeNull();
    expect(classOf(101, classes)).toBeNull();
  });

  it("use fewer classes than figures, spread over the whole palette", () => {
    // Two distinct figures: two classes, the lightest and the darkest blue.
    const classes = valueClasses([1.02, 1.1, 1.1]);
    expect(classes).toHaveLength(2);
    expect(classes[0]).toMatchObject({ from: 1.02, fill: VALUE_FILLS[0]!.fill });
    expect(classes[1]).toMatchObject({ to: 1.1, fill: VALUE_FILLS[4]!.fill });
    expect(classes[0]!.to).toBeCloseTo(1.06, 10);
  });

  it("make one class of equal figures and none without figures", () => {
    expect(valueClasses([50, 50]).map((item) => [item.from, item.to])).toEqual([[50, 50]]);
    expect(valueClasses([null, null])).toEqual([]);
  });
});

describe("unit fills", () => {
  const classes = valueClasses([0, 100]);

  it("give a unit without a figure the no-data fill, whatever the mode", () => {
    expect(unitFill({ status: "no_data", value: null }, "status", classes)).toBe(NO_DATA_FILL);
    expect(unitFill({ status: "no_data", value: null }, "value", classes)).toBe(NO_DATA_FILL);
  });

  it("colour by status in the dashboard's status tints, or by the figure's class", () => {
    expect(unitFill({ status: "off_track", value: 10 }, "status", classes)).toBe(STATUS_FILLS.off_track);
    expect(unitFill({ status: "met", value: 100 }, "value", classes).fill).toBe(VALUE_FILLS[4]!.fill);
    expect(unitFill({ status: "met", value: 10 }, "value", classes).fill).toBe(VALUE_FILLS[0]!.fill);
  });
});

describe("map legend", () => {
  const units = [
    { status: "met" as const, value: 98 },
    { status: "off_track" as const, value: 60 },
    { status: "met" as const, value: 100 },
    { status: "no_data" as const, value: null },
  ];

  it("lists the statuses the map shows, best first, with their counts, no data last", () => {
    expect(
      mapLegend(units, "status").map((entry) => [
        entry.kind === "status" ? entry.status : entry.kind,
        entry.count,
      ]),
    ).toEqual([
      ["met", 2],
      ["off_track", 1],
      ["no_data", 1],
    ]);
  });

  it("lists the value classes with their breaks and counts, then no data", () => {
    // 60–100 over 3 distinct figures: 3 classes of 13.33…
    const legend = mapLegend(units, "value");
    expect(legend).toHaveLength(4);
    expect(legend.map((entry) => entry.count)).toEqual([1, 0, 2, 1]);
    const [first, , last, missing] = legend;
    expect(first).toMatchObject({ kind: "value", from: 60 });
    expect(last).toMatchObject({ kind: "value", to: 100 });
    expect(missing).toMatchObject({ kind: "no_data", count: 1 });
  });

  it("has no no-data entry when every unit has a figure", () => {
    expect(mapLegend(units.slice(0, 3), "value").some((entry) => entry.kind === "no_data")).toBe(false);
  });
});
