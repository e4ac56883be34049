// The choropleth as the server renders it, here for the province's 16 cities (the province page's use).
import { NextIntlClientProvider } from "next-intl";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { TileChoropleth } from "@/components/maps/tile-choropleth";
import { loadMessages } from "@/lib/i18n/messages";
import { NO_DATA_FILL, STATUS_FILLS, VALUE_FILLS } from "@/lib/maps/map-colours";
import { shandongCityMapUnits } from "@/lib/maps/map-units";
import { SHANDONG_CITY_TILES } from "@/lib/maps/tile-layouts";

// 济南 met at 98%, 青岛 off track at 60%, 淄博 without a figure, every other city at risk at 80%.
const units = shandongCityMapUnits((code) => {
  if (code === "370300") return undefined;
  const [status, value] =
    code === "370100"
      ? (["met", 98] as const)
      : code === "370200"
        ? (["off_track", 60] as const)
        : (["at_risk", 80] as const);
  return { id: Number(code), href: `/province/cities/${code}`, status, value, valueText: `${value}%` };
}, "zh");

async function render(mode: "status" | "value") {
  const props = {
    locale: "zh",
    messages: await loadMessages("zh"),
    timeZone: "Asia/Shanghai",
  } as Parameters<typeof NextIntlClientProvider>[0];
  return renderToStaticMarkup(
    createElement(
      NextIntlClientProvider,
      props,
      createElement(TileChoropleth, {
        units,
        layout: SHANDONG_CITY_TILES,
        mode,
        label: "山东省各市示意图",
        note: "示意图",
        formatBound: (value: number) => `${value.toFixed(1)}%`,
        labelLength: 4,
      }),
    ),
  );
}

const svgOf = (html: string) => /<svg[^>]*>.*<\/svg>/s.exec(html)![0];

describe("the tile choropleth", () => {
  it("draws one linked, titled square per city in a named group", async () => {
    const svg = svgOf(await render("status"));
    expect(svg).toMatch(/^<svg[^>]*role="group"[^>]*aria-label="山东省各市示意图"/);
    expect(svg).toMatch(/viewBox="0 0 476 272"/);
    expect([...svg.matchAll(/<a /g)]).toHaveLength(16);
    expect([...svg.matchAll(/<path /g)]).toHaveLength(16);
    expect(svg).toContain('href="/province/cities/370100"');
    expect(svg).toContain("<title>济南市：已达标，98%</title>");
    // The name on the square drops 市; the status symbol and figure are printed under it.
    expect(svg).toMatch(/>济南<\/text>/);
    expect(svg).toMatch(/>√ 98%<\/text>/);
  });

  it("fills by status, a city without a figure with the no-data fill", async () => {
    const svg = svgOf(await render("status"));
    const fillOf = (code: string) =>
      new RegExp(`<path d="[^"]+" fill="([^"]+)" data-code="${code}"`).exec(svg)![1];
    expect(fillOf("370100")).toBe(STATUS_FILLS.met.fill);
    expect(fillOf("370200")).toBe(STATUS_FILLS.off_track.fill);
    expect(fillOf("370300")).toBe(NO_DATA_FILL.fill);
    expect(fillOf("370700")).toBe(STATUS_FILLS.at_risk.fill);
  });

  it("fills by value with a legend of ranges and counts, no data last", async () => {
    const html = await render("value");
    const svg = svgOf(html);
    const fillOf = (code: string) =>
      new RegExp(`<path d="[^"]+" fill="([^"]+)" data-code="${code}"`).exec(svg)![1];
    // 60, 80, 98: three classes of 12.67 from 60 to 98, spread over the light, middle and dark blues.
    expect(fillOf("370200")).toBe(VALUE_FILLS[0]!.fill);
    expect(fillOf("370700")).toBe(VALUE_FILLS[2]!.fill);
    expect(fillOf("370100")).toBe(VALUE_FILLS[4]!.fill);
    const legend = /<ul aria-label="图例"[^>]*>(.*?)<\/ul>/s.exec(html)![1]!.replace(/<[^>]+>/g, " ");
    expect(legend.replace(/\s+/g, " ").trim()).toBe(
      "60.0% – 72.7% (1 个) 72.7% – 85.3% (13 个) 85.3% – 98.0% (1 个) — 无数据 (1 个)",
    );
  });

  it("gives the same figures as a table", async () => {
    const html = await render("status");
    const table = /<table.*<\/table>/s.exec(html)![0];
    expect([...table.matchAll(/<tr>/g)]).toHaveLength(17);
    expect(table).toContain("淄博市");
  });
});
