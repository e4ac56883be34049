import { describe, expect, it } from "vitest";
import { localized } from "@/lib/utils/localized";

describe("localized", () => {
  const definition = { nameZh: "专任教师数", nameEn: "Full-time teachers", unit: "人", unitEn: "persons" };
  const county = { name: "惠民县", nameEn: "Huimin County" };

  it("reads the <field>Zh or plain <field> text in Chinese and <field>En in English", () => {
    expect(localized(definition, "name", "zh")).toBe("专任教师数");
    expect(localized(definition, "name", "en")).toBe("Full-time teachers");
    expect(localized(definition, "unit", "zh")).toBe("人");
    expect(localized(definition, "unit", "en")).toBe("persons");
    expect(localized(county, "name", "zh")).toBe("惠民县");
    expect(localized(county, "name", "en")).toBe("Huimin County");
  });

  it("falls back to the official Chinese text where the English one is missing or empty", () => {
    expect(localized({ name: "滨城区" }, "name", "en")).toBe("滨城区");
    expect(localized({ name: "滨城区", nameEn: null }, "name", "en")).toBe("滨城区");
    expect(localized({ unit: "所", unitEn: "" }, "unit", "en")).toBe("所");
  });

  it("gives an empty text where neither language has one", () => {
    expect(localized({ formulaZh: null, formulaEn: null }, "formula", "en")).toBe("");
    expect(localized({ formulaZh: null, formulaEn: null }, "formula", "zh")).toBe("");
  });
});
