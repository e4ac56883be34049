// Briefing PDFs and table exports end to end below the browser: the data layer, the composed text, the rendered
// PDF read back with pdftotext, and the download route handlers with forged scope parameters.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { GET as getBriefingRoute } from "@/app/(dashboard)/reports/briefing/route";
import { GET as getTableRoute } from "@/app/(dashboard)/reports/tables/[table]/route";
import { generateBriefing } from "@/lib/briefings/generate-briefing";
import { recordAudit } from "@/lib/data/audit/record-audit";
import type { SessionUser } from "@/lib/data/auth/session-user";
import { listSchoolCompliance } from "@/lib/data/briefings/list-school-compliance";
import { getIndicatorOverview } from "@/lib/data/indicators/get-indicator-overview";
import { db } from "@/lib/db";
import { formatIndicatorValue } from "@/lib/indicators/format";
import { addQuarters, quarterEnd, quarterKey, quarterOf, type Quarter } from "@/lib/utils/periods";
import { sessionUserFor } from "../support/session-user";
import { signInAs } from "./support/session";

vi.mock("next-intl/server", () => ({ getLocale: async () => "zh" }));

const QUARTER_NAMES = ["一", "二", "三", "四"];
const lastQuarter: Quarter = addQuarters(quarterOf(new Date()), -1);
const periodText = `${lastQuarter.year}年第${QUARTER_NAMES[lastQuarter.quarter - 1]}季度`;
const HEADLINE_KEYS = [
  "teacher_bachelor_ratio_urban_rural",
  "rural_principals_under45_share",
  "rural_schools_in_groups_share",
];

let workDir: string;
let leader: SessionUser;
let officer: SessionUser;
let lixiaId: number;

/** The PDF's text (pdftotext keeps the reading order) and page count (pdfinfo). */
function readPdf(pdf: Buffer): { text: string; pages: number } {
  const file = path.join(workDir, `briefing-${Math.random().toString(36).slice(2)}.pdf`);
  writeFileSync(file, pdf);
  const text = execFileSync("pdftotext", ["-enc", "UTF-8", file, "-"], { encoding: "utf8" });
  const info = execFileSync("pdfinfo", [file], { encoding: "utf8" });
  return { text, pages: Number(/Pages:\s+(\d+)/.exec(info)?.[1]) };
}

/** The headline figures as the data layer computes them for the quarter, formatted as the briefing prints them. */
async function headlineFigures(user: SessionUser, countyId: number | null): Promise<string[]> {
  const overview = await getIndicatorOverview(user, countyId, quarterEnd(lastQuarter));
  return HEADLINE_KEYS.map((key) => {
    const row = overview!.org.rows.find((candidate) => candidate.definition.key === key)!;
    if (!row.value?.result.computable) throw new Error(`${key} is not computable in the demo data`);
    return formatIndicatorValue(row.value.result.value, row.definition, "zh");
  });
}

const request = (url: string) => new NextRequest(new URL(url, "http://localhost"));

beforeAll(async () => {
  workDir = mkdtempSync(path.join(tmpdir(), "briefings-"));
  leader = await sessionUserFor("jinan.leader");
  officer = await sessionUserFor("jinan.shanghe");
  lixiaId = (await db().county.findFirstOrThrow({ where: { name: "历下区" }, select: { id: true } })).id;
});
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

describe("the city briefing", () => {
  it("names the city, the quarter and the headline figures the data layer computes", async () => {
    const briefing = await generateBriefing(leader, { countyId: null, quarter: lastQuarter, locale: "zh" });
    expect(briefing!.fileName).toBe(
      `济南市乡村教育振兴工作简报-${lastQuarter.year}年第${lastQuarter.quarter}季度.pdf`,
    );
    const { text, pages } = readPdf(briefing!.pdf);
    expect(text).toContain("济南市乡村教育振兴工作简报");
    expect(text).toContain(periodText);
    expect(text).toContain("济南市教育局");
    for (const figure of await headlineFigures(leader, null)) expect(text).toContain(figure);
    for (const heading of [
      "一、总体情况",
      "二、主要指标完成情况",
      "五、问题整改进展",
      "六、数据报送情况",
      "八、数据说明",
    ])
      expect(text).toContain(heading);
    // pdftotext drops the spaces around the numbers of the page footer.
    expect(text.replace(/\s/g, "")).toContain(`第1页/共${pages}页`);
    expect(pages).toBeGreaterThanOrEqual(3);
    expect(pages).toBeLessThanOrEqual(12);
  });

  it("gives the same bytes for the same quarter and scope", async () => {
    const first = await generateBriefing(leader, { countyId: null, quarter: lastQuarter, locale: "zh" });
    const second = await generateBriefing(leader, { countyId: null, quarter: lastQuarter, locale: "zh" });
    expect(second!.pdf.equals(first!.pdf)).toBe(true);
  });
});

describe("a county briefing", () => {
  it("is the officer's own county, with its figures", async () => {
    const briefing = await generateBriefing(officer, { countyId: null, quarter: lastQuarter, locale: "zh" });
    const { text, pages } = readPdf(briefing!.pdf);
    expect(text).toContain("商河县乡村教育振兴工作简报");
    expect(text).toContain("商河县教育和体育局");
    expect(text).toContain(periodText);
    for (const figure of await headlineFigures(officer, null)) expect(text).toContain(figure);
    expect(pages).toBeGreaterThanOrEqual(2);
    expect(pages).toBeLessThanOrEqual(12);
  });

  it("prints its eight sections in order, each with its own content under its heading", async () => {
    const briefing = await generateBriefing(officer, { countyId: null, quarter: lastQuarter, locale: "zh" });
    const text = readPdf(briefing!.pdf).text.replace(/\s/g, "");
    const headings = [
      "一、总体情况",
      "二、主要指标完成情况",
      "三、趋势与比较",
      "四、排名与重点关注",
      "五、问题整改进展",
      "六、数据报送情况",
      "七、调度表自定义项目",
      "八、数据说明",
    ];
    const starts = headings.map((heading) => text.indexOf(heading));
    expect(starts.every((start) => start >= 0)).toBe(true);
    expect([...starts].sort((a, b) => a - b)).toEqual(starts);
    const section = (index: number) => text.slice(starts[index], starts[index + 1]);
    expect(section(0)).toContain(`截至${periodText}`);
    for (const figure of await headlineFigures(officer, null))
      expect(section(1)).toContain(figure.replace(/\s/g, ""));
    expect(section(4)).toMatch(/全县（市、区）(共登记整改问题\d+个|尚未登记整改问题)/);
    expect(section(5)).toMatch(/共\d+个：按时\d+个/);
    // The demo city has no collection with custom items: the section says so (decision 0047).
    expect(section(6)).toContain("本市尚无自定义调度项目");
    expect(section(7)).toContain("本简报由乡村教育振兴监测平台按需生成");
  });

  it("is rendered once per data version: served again as it is, rendered afresh after a write in its county only", async () => {
    const ask = () => generateBriefing(officer, { countyId: null, quarter: lastQuarter, locale: "zh" });
    const first = await ask();
    expect(await ask()).toBe(first);
    // A write of another county's figures leaves this county's briefing as it is.
    await db().$transaction((tx) =>
      recordAudit(tx, leader, { action: "save", entity: "facility_record", entityId: 1, countyId: lixiaId }),
    );
    expect(await ask()).toBe(first);
    await db().$transaction((tx) =>
      recordAudit(tx, leader, {
        action: "save",
        entity: "facility_record",
        entityId: 1,
        countyId: officer.countyId!,
      }),
    );
    const renewed = await ask();
    expect(renewed).not.toBe(first);
    // Nothing the briefing shows changed: its data is read again, its PDF is not rendered again (decision 0045).
    expect(renewed!.pdf).toBe(first!.pdf);
  });

  it("of another county is not found for a county officer", async () => {
    expect(
      await generateBriefing(officer, { countyId: lixiaId, quarter: lastQuarter, locale: "zh" }),
    ).toBeNull();
  });
});

describe("the download routes", () => {
  it("stream the PDF with the Chinese file name", async () => {
    signInAs(officer);
    const response = await getBriefingRoute(request(`/reports/briefing?quarter=${quarterKey(lastQuarter)}`));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/pdf");
    expect(response.headers.get("content-disposition")).toContain(
      `filename*=UTF-8''${encodeURIComponent(`商河县乡村教育振兴工作简报-${lastQuarter.year}年第${lastQuarter.quarter}季度.pdf`)}`,
    );
    const bytes = Buffer.from(await response.arrayBuffer());
    expect(bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
  });

  it("refuse a forged county parameter of another scope with 404", async () => {
    signInAs(officer);
    const briefing = await getBriefingRoute(
      request(`/reports/briefing?quarter=${quarterKey(lastQuarter)}&county=${lixiaId}`),
    );
    expect(briefing.status).toBe(404);
    const table = await getTableRoute(
      request(`/reports/tables/school-compliance?quarter=${quarterKey(lastQuarter)}&county=${lixiaId}`),
      { params: Promise.resolve({ table: "school-compliance" }) },
    );
    expect(table.status).toBe(404);
  });

  it("refuse a principal, a future quarter and a malformed one", async () => {
    signInAs(await sessionUserFor("jinan.principal"));
    expect(
      (await getBriefingRoute(request(`/reports/briefing?quarter=${quarterKey(lastQuarter)}`))).status,
    ).toBe(403);
    signInAs(leader);
    const future = quarterKey(addQuarters(quarterOf(new Date()), 1));
    expect((await getBriefingRoute(request(`/reports/briefing?quarter=${future}`))).status).toBe(422);
    expect((await getBriefingRoute(request("/reports/briefing?quarter=2026-3"))).status).toBe(400);
  });

  it("export each dashboard table as a workbook with Chinese headers", async () => {
    signInAs(leader);
    const expected = {
      "county-heat": ["县（市、区）", "类别", "达标项数（项）"],
      "school-compliance": ["学校标识码", "学校名称", "Ⅱ类标准总体", "超标准班额班级数（个）"],
      "submission-board": ["县（市、区）", "报送状态", "报送日期"],
    };
    const shanghe = officer.countyId!;
    for (const [table, headers] of Object.entries(expected)) {
      const response = await getTableRoute(
        request(
          `/reports/tables/${table}?quarter=${quarterKey(lastQuarter)}&county=${table === "county-heat" ? "" : shanghe}`,
        ),
        { params: Promise.resolve({ table }) },
      );
      expect(response.status, table).toBe(200);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(await response.arrayBuffer());
      const sheet = workbook.worksheets[0]!;
      const headerRow = sheet.getRow(table === "submission-board" ? 3 : 2).values as unknown[];
      for (const header of headers) expect(headerRow, table).toContain(header);
    }
  });

  it("export each school's value of the seven quality-balance items beside its marks (issue 22)", async () => {
    signInAs(leader);
    const shanghe = officer.countyId!;
    const response = await getTableRoute(
      request(`/reports/tables/school-compliance?quarter=${quarterKey(lastQuarter)}&county=${shanghe}`),
      { params: Promise.resolve({ table: "school-compliance" }) },
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await response.arrayBuffer());
    const sheet = workbook.worksheets[0]!;
    const headers = sheet.getRow(2).values as unknown[];
    const valueColumns = headers.flatMap((header, column) =>
      typeof header === "string" && header.startsWith("优质均衡值：") ? [column] : [],
    );
    expect(valueColumns).toHaveLength(7);
    const compliance = (await listSchoolCompliance(leader, shanghe, quarterEnd(lastQuarter)))!;
    const primary = compliance.rows.find(
      (row) => row.level === "PRIMARY" && row.qualityBalanced?.evaluated === true,
    )!;
    const qb = primary.qualityBalanced as Extract<typeof primary.qualityBalanced, { evaluated: true }>;
    const rowNumber = 3 + compliance.rows.indexOf(primary);
    expect(sheet.getRow(rowNumber).getCell(1).value).toBe(primary.code);
    expect(valueColumns.map((column) => sheet.getRow(rowNumber).getCell(column).value)).toEqual(
      qb.items.map((item) => Math.round(item.values[0]!.value * 100) / 100),
    );
  });
});
