// Fair rankings (issue 20, decision 0039): a county's count per school equals its figure divided by its open schools
// counted here independently in SQL; a share is never divided; the heat table's workbook states the peer group and
// the base in its headers.
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { exportTable } from "@/lib/briefings/export-table";
import { getCountyBases } from "@/lib/data/indicators/get-county-bases";
import { getIndicatorOverview } from "@/lib/data/indicators/get-indicator-overview";
import { db } from "@/lib/db";
import { fairTable } from "@/lib/indicators/fair-rankings";
import { quarterOf, referenceDateOf } from "@/lib/utils/periods";
import { sessionUserFor, type CitySessionUser } from "../support/session-user";

const COUNT = "class_size_violations";
const SHARE = "rural_schools_in_groups_share";
const quarter = quarterOf(new Date());
const asOf = referenceDateOf(quarter, new Date());

let staff: CitySessionUser;

/** Open schools and rural ones of a county today, straight from the schools table (no moved schools: see below). */
async function schoolsOf(countyId: number) {
  const [row] = await db().$queryRaw<{ schools: number; rural: number }[]>`
    SELECT count(*)::int AS schools,
           count(*) FILTER (WHERE location_class IN ('TOWN_AREA', 'VILLAGE'))::int AS rural
    FROM schools WHERE county_id = ${countyId} AND (is_active OR closed_on > CURRENT_DATE)`;
  return row!;
}

/** Counties none of whose schools has a past state still in force, so today's schools table is the day's truth. */
async function countiesWithoutMoves(cityId: number) {
  const rows = await db().$queryRaw<{ id: number }[]>`
    SELECT c.id FROM counties c WHERE c.city_id = ${cityId} AND NOT EXISTS (
      SELECT 1 FROM school_past_states ps JOIN schools s ON s.id = ps.school_id
      WHERE (s.county_id = c.id OR ps.county_id = c.id) AND ps.valid_until > CURRENT_DATE)
    ORDER BY c.sort_order, c.id`;
  return rows.map((row) => row.id);
}

beforeAll(async () => {
  staff = await sessionUserFor("jinan.staff");
});

describe("normalised figures", () => {
  it("a count per school is the county's figure over its open schools, counted independently", async () => {
    const [overview, bases] = await Promise.all([
      getIndicatorOverview(staff, null, asOf),
      getCountyBases(staff, asOf),
    ]);
    const table = fairTable(overview!.children, {
      bases,
      normalisation: "per_school",
      scheme: "rural",
      rankKey: COUNT,
    });
    const candidates = await countiesWithoutMoves(staff.cityId);
    const county = overview!.children.find((child) => {
      const result = child.rows.find((row) => row.definition.key === COUNT)?.value?.result;
      return candidates.includes(child.id) && result?.computable && result.value > 0;
    });
    expect(county, "a county with classes above the standard size").toBeDefined();
    const row = county!.rows.find((item) => item.definition.key === COUNT)!;
    const raw = row.value!.result.computable ? row.value!.result.value : NaN;
    const { schools, rural } = await schoolsOf(county!.id);
    expect(schools).toBeGreaterThan(0);
    expect(bases!.get(county!.id)).toMatchObject({ schools, ruralSchools: rural });
    expect(table.resultOf(county!.id, row)).toEqual({ computable: true, value: raw / schools });
    // Its rural-share group follows from the same counts; it has a rank among that group.
    expect(table.groups.get(county!.id)).toBe(rural / schools >= 0.5 ? "mostly_rural" : "mostly_urban");
    expect(table.ranks.get(county!.id)?.rank).toBeGreaterThanOrEqual(1);
  });

  it("never divides a share", async () => {
    const [overview, bases] = await Promise.all([
      getIndicatorOverview(staff, null, asOf),
      getCountyBases(staff, asOf),
    ]);
    const table = fairTable(overview!.children, {
      bases,
      normalisation: "per_100_pupils",
      scheme: "size",
      rankKey: null,
    });
    for (const county of overview!.children) {
      const row = county.rows.find((item) => item.definition.key === SHARE);
      expect(table.resultOf(county.id, row)).toEqual(row?.value?.result ?? null);
    }
  });

  it("a county officer gets only its own county's bases", async () => {
    const officer = await sessionUserFor("jinan.shanghe");
    const bases = await getCountyBases(officer, asOf);
    expect([...bases!.keys()]).toEqual([officer.countyId]);
  });
});

describe("the heat table's workbook", () => {
  it("states each county's peer group and the base beside per-school figures", async () => {
    const file = await exportTable(staff, "county-heat", {
      countyId: null,
      quarter,
      locale: "zh",
      fair: { normalisation: "per_school", scheme: "size" },
    });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file!.xlsx as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    const headers = (sheet.getRow(2).values as unknown[]).map(String);
    expect(headers).toContain("同类分组（按在校生规模三等分）");
    expect(headers).toContain("学校数（所）");
    expect(headers).toContain("超标准班额班级数（个，每校）");
    // A share keeps its own header, undivided.
    expect(headers).toContain("乡村学校纳入城乡教育集团的比例（%）");
    const groups = new Set<string>();
    sheet.eachRow((row, index) => {
      if (index > 2) groups.add(String(row.getCell(headers.indexOf("同类分组（按在校生规模三等分）")).value));
    });
    expect(
      [...groups].every((group) => ["规模较小", "规模中等", "规模较大", "无在校生数据"].includes(group)),
    ).toBe(true);
    expect(groups.size).toBeGreaterThanOrEqual(3);
  });
});
