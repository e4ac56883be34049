import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { reportedIndicators } from "@/lib/indicators/catalogue";
import { DEMO_SCHOOL_YEARS } from "@/prisma/seed/facilities";
import { generateDemoData } from "@/prisma/seed/generate";
import { DEMO_QUARTERS } from "@/prisma/seed/submissions";
import { DEMO_CITIES } from "@/prisma/seed/geography";

const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
beforeAll(() => client.connect());
afterAll(() => client.end());

async function count(sql: string): Promise<number> {
  const { rows } = await client.query<{ count: string }>(sql);
  return Number(rows[0]?.count);
}

describe("demo data after migrating a fresh database", () => {
  it("holds the three seed cities with their real county-level divisions", async () => {
    const { rows } = await client.query<{ city: string; counties: string[] }>(
      `SELECT c.name AS city, array_agg(k.name ORDER BY k.sort_order) AS counties
       FROM cities c JOIN counties k ON k.city_id = c.id GROUP BY c.id ORDER BY c.id`,
    );
    expect(rows).toEqual(
      DEMO_CITIES.map((city) => ({ city: city.name, counties: city.counties.map((c) => c.name) })),
    );
    expect(rows.find((r) => r.city === "济南市")?.counties).toContain("商河县");
    expect(await count("SELECT count(*) FROM counties WHERE kind = 'FUNCTIONAL_ZONE'")).toBe(3);
  });

  it("gives every county its real towns with their 9-digit codes", async () => {
    const { rows } = await client.query<{ county: string; towns: number }>(
      "SELECT k.name AS county, count(t.id)::int AS towns FROM counties k LEFT JOIN towns t ON t.county_id = k.id GROUP BY k.id",
    );
    expect(rows).toHaveLength(34);
    expect(rows.every((row) => row.towns > 0)).toBe(true);
    expect(await count("SELECT count(*) FROM towns")).toBe(378);
    expect(await count("SELECT count(*) FROM towns WHERE code !~ '^[0-9]{9}$'")).toBe(0);
    // 商河县: 1 街道, 11 镇 and 商河经济开发区, a 类似乡级单位.
    const shanghe = await client.query<{ code: string; name: string; kind: string }>(
      `SELECT t.code, t.name, t.kind FROM towns t JOIN counties k ON k.id = t.county_id
       WHERE k.code = '370126' ORDER BY t.code`,
    );
    expect(shanghe.rows).toHaveLength(13);
    expect(shanghe.rows[0]).toEqual({ code: "370126001", name: "许商街道", kind: "SUBDISTRICT" });
    expect(shanghe.rows[1]).toEqual({ code: "370126101", name: "殷巷镇", kind: "TOWN" });
    expect(shanghe.rows[12]).toEqual({ code: "370126400", name: "商河经济开发区", kind: "OTHER_UNIT" });
    // A town's code starts with its county's, except the towns a hand-added zone manages.
    expect(
      await count(
        "SELECT count(*) FROM towns t JOIN counties k ON k.id = t.county_id WHERE left(t.code, 6) <> k.code",
      ),
    ).toBe(0);
    const { rows: zone } = await client.query<{ code: string | null; towns: string[] }>(
      `SELECT k.code, array_agg(t.name || ' ' || t.code ORDER BY t.code) AS towns
       FROM counties k JOIN towns t ON t.county_id = k.id WHERE k.name = '滨州经济技术开发区' GROUP BY k.id`,
    );
    expect(zone).toEqual([
      { code: null, towns: ["杜店街道 371602010", "沙河街道 371602011", "里则街道 371602012"] },
    ]);
  });

  it("puts 街道 schools mostly in 城区 and no 镇 or 乡 school in 城区", async () => {
    const urbanShare = await client.query<{ share: number }>(
      `SELECT avg((s.location_class = 'URBAN')::int)::float AS share
       FROM schools s JOIN towns t ON t.id = s.town_id WHERE t.kind = 'SUBDISTRICT'`,
    );
    expect(urbanShare.rows[0]!.share).toBeGreaterThan(0.8);
    expect(
      await count(
        `SELECT count(*) FROM schools s JOIN towns t ON t.id = s.town_id
         WHERE t.kind IN ('TOWN', 'TOWNSHIP') AND s.location_class = 'URBAN'`,
      ),
    ).toBe(0);
  });

  it("has the same counts as the generator produces (deterministic, fixed seed)", async () => {
    const expected = generateDemoData({ scale: 1, asOf: new Date() });
    expect(await count("SELECT count(*) FROM schools")).toBe(expected.schools.length);
    expect(await count("SELECT count(*) FROM teachers")).toBe(expected.teachers.length);
    expect(await count("SELECT count(*) FROM facility_records")).toBe(expected.facilities.length);
    expect(await count("SELECT count(*) FROM education_group_members")).toBe(expected.groupMembers.length);
    expect(expected.schools.length).toBeGreaterThan(1000);
    expect(expected.teachers.length).toBeGreaterThan(50_000);
  });

  it("has schools of every level and location class, with town seats and central kindergartens", async () => {
    expect(await count("SELECT count(DISTINCT level) FROM schools")).toBe(9);
    expect(await count("SELECT count(DISTINCT location_class) FROM schools")).toBe(3);
    expect(
      await count("SELECT count(*) FROM schools WHERE is_town_seat AND location_class <> 'TOWN_AREA'"),
    ).toBe(0);
    expect(
      await count(
        "SELECT count(*) FROM schools WHERE is_town_central_kindergarten AND level <> 'KINDERGARTEN'",
      ),
    ).toBe(0);
    expect(await count("SELECT count(*) FROM schools WHERE is_town_central_kindergarten")).toBeGreaterThan(
      100,
    );
  });

  it("differs between urban and rural teachers, and between counties around the 1.05 ratio", async () => {
    const { rows } = await client.query<{ county: string; ratio: number | null }>(
      `SELECT k.name AS county,
              (avg((t.highest_degree IN ('BACHELOR','POSTGRADUATE'))::int) FILTER (WHERE s.location_class = 'URBAN'))
              / NULLIF(avg((t.highest_degree IN ('BACHELOR','POSTGRADUATE'))::int) FILTER (WHERE s.location_class <> 'URBAN'), 0) AS ratio
       FROM teachers t JOIN schools s ON s.id = t.school_id JOIN counties k ON k.id = s.county_id
       WHERE t.is_full_time AND t.status = 'ACTIVE' AND s.level IN ('PRIMARY','JUNIOR','NINE_YEAR')
       GROUP BY k.id`,
    );
    const ratios = rows
      .map((r) => r.ratio)
      .filter((r): r is number => r !== null)
      .map(Number);
    expect(ratios.some((r) => r > 1.05)).toBe(true);
    expect(ratios.some((r) => r <= 1.05)).toBe(true);
    // City-core districts have no rural schools: the ratio is not computable there.
    expect(rows.some((r) => r.ratio === null)).toBe(true);
  });

  it("leaves some rural schools outside education groups", async () => {
    const outside = await count(
      `SELECT count(*) FROM schools s WHERE s.location_class <> 'URBAN'
       AND NOT EXISTS (SELECT 1 FROM education_group_members m WHERE m.school_id = s.id AND m.left_on IS NULL)`,
    );
    expect(outside).toBeGreaterThan(0);
  });

  it("has principals, vice-principals and rotations", async () => {
    expect(await count("SELECT count(*) FROM school_posts WHERE kind = 'PRINCIPAL'")).toBe(
      await count("SELECT count(*) FROM schools"),
    );
    expect(await count("SELECT count(*) FROM school_posts WHERE kind = 'VICE_PRINCIPAL'")).toBeGreaterThan(
      500,
    );
    expect(await count("SELECT count(*) FROM rotations")).toBeGreaterThan(100);
  });

  it(`has ${DEMO_SCHOOL_YEARS} school years of facility records, some schools missing the current one`, async () => {
    expect(await count("SELECT count(DISTINCT school_year) FROM facility_records")).toBe(DEMO_SCHOOL_YEARS);
    const latest = await count("SELECT max(school_year) AS count FROM facility_records");
    const missing = await count(
      `SELECT count(*) FROM schools s WHERE NOT EXISTS (SELECT 1 FROM facility_records f WHERE f.school_id = s.id AND f.school_year = ${latest})`,
    );
    expect(missing).toBeGreaterThan(0);
  });

  it("dates no report step after today", async () => {
    const { rows } = await client.query<{ late: number }>(`
      SELECT count(*)::int AS late FROM submissions
       WHERE greatest(submitted_at, approved_at, returned_at, last_activity_at) > now()
          OR approved_at < submitted_at`);
    const events = await client.query<{ late: number }>(
      "SELECT count(*)::int AS late FROM submission_events WHERE at > now()",
    );
    expect([rows[0]?.late, events.rows[0]?.late]).toEqual([0, 0]);
  });

  it("keeps to the rules the forms enforce, so every demo record can be opened and saved as it is", async () => {
    // lib/schemas/teachers.ts: nobody is hired before 16; lib/schemas/facilities.ts: outdoor sports within the
    // site, the largest class within the enrolment.
    expect(
      await count(
        "SELECT count(*) FROM teachers WHERE extract(year FROM hired_on) < extract(year FROM birth_date) + 16",
      ),
    ).toBe(0);
    expect(await count("SELECT count(*) FROM facility_records WHERE sports_area_outdoor > site_area")).toBe(
      0,
    );
    expect(
      await count(
        `SELECT count(*) FROM facility_records WHERE largest_class_size >
           enrolment_preschool + enrolment_primary + enrolment_junior + enrolment_senior + enrolment_special`,
      ),
    ).toBe(0);
    // lib/schemas/projects.ts: spent within the funds received, actual days in order and not after today, a
    // project not started without actual days or progress (today is Beijing's), one under way started, a completed one finished at 100%.
    expect(
      await count(
        `SELECT count(*) FROM projects WHERE spent > funds_received OR actual_finish < actual_start
           OR greatest(actual_start, actual_finish) > (now() AT TIME ZONE 'Asia/Shanghai')::date
           OR (status = 'PLANNED' AND (actual_start IS NOT NULL OR actual_finish IS NOT NULL OR progress > 0))
           OR (status = 'IN_PROGRESS' AND (actual_start IS NULL OR actual_finish IS NOT NULL))
           OR (status = 'COMPLETED' AND (actual_start IS NULL OR actual_finish IS NULL OR progress <> 100))`,
      ),
    ).toBe(0);
    expect(await count("SELECT count(*) FROM projects WHERE funds_received > spent")).toBeGreaterThan(0);
  });

  it(`has ${DEMO_QUARTERS} quarters per city with a submission per county, the current one open and in mixed states`, async () => {
    expect(await count("SELECT count(*) FROM reporting_periods")).toBe(3 * DEMO_QUARTERS);
    expect(await count("SELECT count(*) FROM submissions")).toBe(34 * DEMO_QUARTERS);
    expect(await count("SELECT count(*) FROM reporting_periods WHERE state = 'OPEN'")).toBe(3);
    // README, demo logins: 章丘区's report of the open quarter is always a draft.
    const { rows } = await client.query<{ state: string }>(
      `SELECT s.state FROM submissions s JOIN reporting_periods p ON p.id = s.period_id
       JOIN users u ON u.county_id = s.county_id AND u.role = 'COUNTY_OFFICER'
       WHERE p.state = 'OPEN' AND u.login_name = 'jinan.zhangqiu'`,
    );
    expect(rows).toEqual([{ state: "DRAFT" }]);
    expect(
      await count(
        "SELECT count(DISTINCT s.state) FROM submissions s JOIN reporting_periods p ON p.id = s.period_id WHERE p.state = 'OPEN'",
      ),
    ).toBeGreaterThanOrEqual(4);
    const approvedValues = await count(
      `SELECT count(*) FROM submission_values v JOIN submissions s ON s.id = v.submission_id WHERE s.state = 'APPROVED'`,
    );
    expect(approvedValues).toBeGreaterThanOrEqual(
      34 * (DEMO_QUARTERS - 1) * reportedIndicators().length * 0.99,
    );
  });

  it("has one demo user per role and scope", async () => {
    const { rows } = await client.query<{ role: string; count: string }>(
      "SELECT role, count(*) FROM users GROUP BY role ORDER BY role",
    );
    const byRole = Object.fromEntries(rows.map((r) => [r.role, Number(r.count)]));
    expect(byRole).toEqual({
      ADMIN: 3,
      CITY_STAFF: 3,
      COUNTY_OFFICER: 34,
      SCHOOL_PRINCIPAL: 3,
      LEADER: 6,
      PROVINCE_STAFF: 1,
      PROVINCE_LEADER: 1,
    });
    // The province's accounts belong to 山东省 and to no city (decision 0038).
    expect(
      await count(
        "SELECT count(*) FROM users u JOIN provinces p ON p.id = u.province_id WHERE p.code = '370000' AND u.city_id IS NULL",
      ),
    ).toBe(2);
    expect(
      await count("SELECT count(*) FROM users WHERE role = 'SCHOOL_PRINCIPAL' AND school_id IS NULL"),
    ).toBe(0);
    expect(
      await count("SELECT count(*) FROM users WHERE role = 'COUNTY_OFFICER' AND county_id IS NULL"),
    ).toBe(0);
  });

  it("loads the built-in catalogue with the Class Ⅱ standard not configured, but for one city's marked sample", async () => {
    expect(await count("SELECT count(*) FROM indicator_definitions")).toBeGreaterThan(60);
    expect(
      await count(
        `SELECT count(*) FROM standard_thresholds t JOIN standard_sets s ON s.id = t.set_id
         WHERE s.key = 'shandong_class2' AND t.value IS NOT NULL AND NOT s.is_sample`,
      ),
    ).toBe(0);
    expect(await count("SELECT count(*) FROM standard_sets WHERE is_sample")).toBe(1);
  });
});
