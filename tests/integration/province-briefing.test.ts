// The province's briefing (issue 20, decision 0041): the province's figures over its cities, the cities ranked with
// their size band, the cities' tile map; only province roles get it, city users get their own city's and never the
// province's; a closed quarter gives the same bytes every time.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { GET as getBriefingRoute } from "@/app/(dashboard)/reports/briefing/route";
import { composeBriefing } from "@/lib/briefings/compose-briefing";
import { generateBriefing } from "@/lib/briefings/generate-briefing";
import { loadMessages } from "@/lib/i18n/messages";
import { renderBriefingPdf } from "@/lib/pdf/render-briefing";
import type { SessionUser } from "@/lib/data/auth/session-user";
import { getProvinceBriefingData } from "@/lib/data/briefings/get-province-briefing-data";
import { getProvinceOverview } from "@/lib/data/indicators/get-province-overview";
import { db } from "@/lib/db";
import { formatIndicatorValue } from "@/lib/indicators/format";
import { STATUS_SYMBOLS } from "@/lib/indicators/status";
import { addQuarters, quarterEnd, quarterKey, quarterOf, type Quarter } from "@/lib/utils/periods";
import { provinceSessionUserFor, sessionUserFor } from "../support/session-user";
import { signInAs } from "./support/session";

vi.mock("next-intl/server", () => ({ getLocale: async () => "zh" }));

const lastQuarter: Quarter = addQuarters(quarterOf(new Date()), -1);
const HEADLINE_KEY = "rural_schools_in_groups_share";

let workDir: string;
let leader: SessionUser;
let provinceStaff: SessionUser;
let cityLeader: SessionUser;

function pdfText(pdf: Buffer): string {
  const file = path.join(workDir, `province-${Math.random().toString(36).slice(2)}.pdf`);
  writeFileSync(file, pdf);
  return execFileSync("pdftotext", ["-enc", "UTF-8", file, "-"], { encoding: "utf8" });
}
const request = (url: string) => new NextRequest(new URL(url, "http://localhost"));

beforeAll(async () => {
  workDir = mkdtempSync(path.join(tmpdir(), "province-briefing-"));
  leader = await provinceSessionUserFor("shandong.leader");
  provinceStaff = await provinceSessionUserFor("shandong.staff");
  cityLeader = await sessionUserFor("jinan.leader");
});
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

describe("the province briefing", () => {
  it(
    "names the province, its department, its headline figure and every city, ranked with its size band",
    { timeout: 120_000 },
    async () => {
      const briefing = (await generateBriefing(leader, {
        countyId: null,
        quarter: lastQuarter,
        locale: "zh",
      }))!;
      expect(briefing.fileName).toBe(
        `山东省乡村教育振兴工作简报-${lastQuarter.year}年第${lastQuarter.quarter}季度.pdf`,
      );
      expect(briefing.pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
      const text = pdfText(briefing.pdf);
      expect(text).toContain("山东省乡村教育振兴工作简报");
      expect(text).toContain("山东省教育厅");
      for (const heading of ["一、总体情况", "二、主要指标完成情况", "四、排名与重点关注", "六、数据说明"])
        expect(text).toContain(heading);
      // No city's submission board and no problem ledger: the province reads neither.
      expect(text).not.toContain("问题整改进展");
      expect(text).not.toContain("报送截止日期");

      const overview = (await getProvinceOverview(leader, quarterEnd(lastQuarter)))!;
      const row = overview.rows.find((item) => item.definition.key === HEADLINE_KEY)!;
      expect(row.value?.result.computable).toBe(true);
      const figure = row.value!.result.computable ? row.value!.result.value : 0;
      expect(text).toContain(formatIndicatorValue(figure, row.definition, "zh"));
      for (const city of overview.children) expect(text).toContain(city.name);
      // The cities × indicators table: each city's status mark and figure of the first column, against its targets.
      expect(text).toContain("各市主要指标状态");
      for (const city of overview.children) {
        const cell = city.rows.find((item) => item.definition.key === "teacher_bachelor_ratio_urban_rural")!;
        const result = cell.value!.result;
        expect(result.computable).toBe(true);
        expect(text.replace(/\s/g, "")).toContain(
          `${STATUS_SYMBOLS[cell.status.status]}${formatIndicatorValue(result.computable ? result.value : 0, cell.definition, "zh")}`.replace(
            /\s/g,
            "",
          ),
        );
      }
      // The size band beside each rank, and the cities' map.
      expect(text).toMatch(/\d（规模(较小|中等|较大)）/);
      expect(text).toContain("规模同组名次");
      expect(text).toContain("各市");
      expect(text).toContain("状态分布示意图");
      // The map is the whole province: a city outside the deployment has its square, with no data.
      expect(text).toContain("青岛");
    },
  );

  it("ranks the cities in size bands of their summed pupils", async () => {
    const data = (await getProvinceBriefingData(provinceStaff, { quarter: lastQuarter }))!;
    expect(data.level).toBe("province");
    expect(data.submissions).toBeNull();
    expect(data.problems).toBeNull();
    const cities = await db().city.findMany({ select: { id: true } });
    expect([...data.bases!.keys()].sort()).toEqual(cities.map((city) => city.id).sort());
    // A city's pupils are its counties' pupils: the sum over the counties' bases, counted in SQL here.
    const [jinan] = await db().$queryRaw<{ id: number; schools: number }[]>`
      SELECT c.id, count(s.id)::int AS schools FROM cities c JOIN schools s ON s.city_id = c.id AND s.is_active
      WHERE c.name = '济南市' GROUP BY c.id`;
    expect(data.bases!.get(jinan!.id)!.schools).toBe(jinan!.schools);
  });

  it(
    "gives the same bytes for a closed quarter, rendered afresh from the data",
    { timeout: 120_000 },
    async () => {
      const messages = await loadMessages("zh");
      const render = async () =>
        renderBriefingPdf(
          composeBriefing(
            (await getProvinceBriefingData(provinceStaff, { quarter: lastQuarter }))!,
            messages,
            "zh",
          ),
        );
      const first = await render();
      const again = await render();
      expect(again.equals(first)).toBe(true);
      if (process.env.PROVINCE_BRIEFING_OUT) writeFileSync(process.env.PROVINCE_BRIEFING_OUT, first);
    },
  );

  it("is never a city user's: the data function answers none, the route gives the city's own", async () => {
    expect(await getProvinceBriefingData(cityLeader, { quarter: lastQuarter })).toBeNull();
    signInAs(cityLeader);
    const response = await getBriefingRoute(request(`/reports/briefing?quarter=${quarterKey(lastQuarter)}`));
    expect(response.status).toBe(200);
    const text = pdfText(Buffer.from(await response.arrayBuffer()));
    expect(text).toContain("济南市乡村教育振兴工作简报");
    expect(text).not.toContain("山东省乡村教育振兴工作简报");
  });

  it("downloads through the route for province roles; a county parameter is not the province's", async () => {
    for (const user of [leader, provinceStaff]) {
      signInAs(user);
      const response = await getBriefingRoute(
        request(`/reports/briefing?quarter=${quarterKey(lastQuarter)}`),
      );
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toBe("application/pdf");
    }
    const county = await db().county.findFirstOrThrow({ select: { id: true } });
    const forged = await getBriefingRoute(
      request(`/reports/briefing?quarter=${quarterKey(lastQuarter)}&county=${county.id}`),
    );
    expect(forged.status).toBe(404);
  });
});
