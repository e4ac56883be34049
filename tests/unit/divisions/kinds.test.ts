import { describe, expect, it } from "vitest";
import { countyKindOf, townKindOf } from "@/lib/divisions/kinds";

describe("countyKindOf", () => {
  it.each([
    ["371602", "滨城区", "DISTRICT"],
    ["370120", "某某区", "DISTRICT"],
    ["371621", "惠民县", "COUNTY"],
    ["370570", "某某县", "COUNTY"],
    ["370176", "济南高新技术产业开发区", "FUNCTIONAL_ZONE"],
    ["371471", "德州天衢新区", "FUNCTIONAL_ZONE"],
    ["370180", "某某开发区", "FUNCTIONAL_ZONE"],
    ["371681", "邹平市", "COUNTY_CITY"],
    ["370799", "某某市", "COUNTY_CITY"],
  ])("%s %s is %s", (code, name, kind) => {
    expect(countyKindOf(code, name)).toBe(kind);
  });

  it("refuses a name that contradicts the code", () => {
    expect(() => countyKindOf("371602", "滨城县")).toThrow(/DISTRICT/);
    expect(() => countyKindOf("371681", "邹平区")).toThrow(/COUNTY_CITY/);
  });

  it("refuses a code that is not 6 digits", () => {
    expect(() => countyKindOf("3716", "滨州市")).toThrow(/6 digits/);
  });
});

describe("townKindOf", () => {
  it.each([
    ["371602001", "市中街道", "SUBDISTRICT"],
    ["371602099", "某某街道", "SUBDISTRICT"],
    ["371602100", "某某镇", "TOWN"],
    ["371621199", "某某镇", "TOWN"],
    ["371621200", "某某乡", "TOWNSHIP"],
    ["371621399", "某某乡", "TOWNSHIP"],
    // 类似乡级单位: the code decides, whatever the name ends with.
    ["370126400", "商河经济开发区", "OTHER_UNIT"],
    ["370571400", "经济开发区直属乡镇", "OTHER_UNIT"],
    ["371603400", "海防办事处乡", "OTHER_UNIT"],
    ["370117599", "某某中心", "OTHER_UNIT"],
  ])("%s %s is %s", (code, name, kind) => {
    expect(townKindOf(code, name)).toBe(kind);
  });

  it("refuses a name that contradicts the code", () => {
    expect(() => townKindOf("371602001", "某某镇")).toThrow(/SUBDISTRICT/);
    expect(() => townKindOf("371621100", "某某乡")).toThrow(/TOWN/);
  });

  it("refuses codes outside the NBS ranges", () => {
    expect(() => townKindOf("371602000", "某某街道")).toThrow(/ranges/);
    expect(() => townKindOf("371602600", "某某")).toThrow(/ranges/);
    expect(() => townKindOf("37160200", "某某街道")).toThrow(/9 digits/);
  });
});
