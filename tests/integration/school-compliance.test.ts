// The county school table: the database filters, orders and pages the schools (listSchoolCompliance with a table
// query), within the user's scope. Expected rows are read straight from the schools table of the demo data.
import { beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/data/auth/session-user";
import { listSchoolCompliance, SCHOOLS_PAGE_SIZE } from "@/lib/data/briefings/list-school-compliance";
import { db } from "@/lib/db";
import { schoolTableQuerySchema } from "@/lib/schemas/dashboard";
import { sessionUserFor } from "../support/session-user";

const asOf = new Date();
let officer: SessionUser;
let countyId: number;

const table = (query: Record<string, string>) => schoolTableQuerySchema.parse(query);
const activeSchools = (where: object = {}) =>
  db().school.findMany({
    where: { countyId, isActive: true, ...where },
    orderBy: [{ townId: "asc" }, { id: "asc" }],
    select: { id: true, code: true, name: true, townId: true, level: true, locationClass: true },
  });

beforeAll(async () => {
  officer = await sessionUserFor("jinan.shanghe");
  countyId = officer.countyId!;
});

describe("the county school table", () => {
  it("is paged by the database: full pages of SCHOOLS_PAGE_SIZE, the total over all pages, every school once in town order", async () => {
    const schools = await activeSchools();
    expect(schools.length).toBeGreaterThan(SCHOOLS_PAGE_SIZE);
    const pageCount = Math.ceil(schools.length / SCHOOLS_PAGE_SIZE);
    const pages = await Promise.all(
      Array.from({ length: pageCount + 1 }, (_, index) =>
        listSchoolCompliance(officer, countyId, asOf, table({ page: String(index + 1) })),
      ),
    );
    for (const page of pages) expect(page!.total).toBe(schools.length);
    expect(pages[0]!.rows).toHaveLength(SCHOOLS_PAGE_SIZE);
    expect(pages[pageCount - 1]!.rows).toHaveLength(schools.length - (pageCount - 1) * SCHOOLS_PAGE_SIZE);
    expect(pages[pageCount]!.rows).toEqual([]);
    expect(pages.flatMap((page) => page!.rows.map((row) => row.schoolId))).toEqual(
      schools.map((school) => school.id),
    );
  });

  it("combines the level and urban/rural filters, and counts only the matching schools", async () => {
    const expected = await activeSchools({ level: "PRIMARY", locationClass: "VILLAGE" });
    expect(expected.length).toBeGreaterThan(0);
    const result = await listSchoolCompliance(
      officer,
      countyId,
      asOf,
      table({ level: "PRIMARY", location: "VILLAGE" }),
    );
    expect(result!.total).toBe(expected.length);
    expect(result!.rows.map((row) => row.schoolId)).toEqual(
      expected.slice(0, SCHOOLS_PAGE_SIZE).map((school) => school.id),
    );
    for (const row of result!.rows) {
      expect(row.level).toBe("PRIMARY");
      expect(row.locationClass).toBe("VILLAGE");
    }
  });

  it("searches names and code prefixes within a town, and orders by code", async () => {
    const first = (await activeSchools())[0]!;
    const byName = await listSchoolCompliance(
      officer,
      countyId,
      asOf,
      table({ q: first.name.slice(1, 4), town: String(first.townId) }),
    );
    expect(byName!.rows.map((row) => row.schoolId)).toContain(first.id);
    for (const row of byName!.rows) expect(row.name).toContain(first.name.slice(1, 4));

    const byCode = await listSchoolCompliance(officer, countyId, asOf, table({ q: first.code }));
    expect(byCode!.total).toBe(1);
    expect(byCode!.rows[0]!.schoolId).toBe(first.id);

    const ordered = await listSchoolCompliance(officer, countyId, asOf, table({ sort: "code" }));
    const codes = ordered!.rows.map((row) => row.code);
    expect(codes).toEqual([...codes].sort());
  });

  it("finds nothing for a town of another county, and shows an empty last page rather than failing", async () => {
    const elsewhere = await db().town.findFirstOrThrow({ where: { countyId: { not: countyId } } });
    const result = await listSchoolCompliance(officer, countyId, asOf, table({ town: String(elsewhere.id) }));
    expect(result).toMatchObject({ total: 0, rows: [] });
  });

  it("keeps the scope: another county's officer and a principal get nothing, the city staff the same page", async () => {
    const query = table({});
    expect(
      await listSchoolCompliance(await sessionUserFor("jinan.pingyin"), countyId, asOf, query),
    ).toBeNull();
    expect(
      await listSchoolCompliance(await sessionUserFor("jinan.principal"), countyId, asOf, query),
    ).toBeNull();
    const staff = await listSchoolCompliance(await sessionUserFor("jinan.staff"), countyId, asOf, query);
    const own = await listSchoolCompliance(officer, countyId, asOf, query);
    expect(staff!.rows.map((row) => row.schoolId)).toEqual(own!.rows.map((row) => row.schoolId));
  });

  it("lists every school in id order without a table query (the exports and the briefing)", async () => {
    const schools = await db().school.findMany({
      where: { countyId, isActive: true },
      orderBy: { id: "asc" },
      select: { id: true },
    });
    const result = await listSchoolCompliance(officer, countyId, asOf);
    expect(result!.total).toBe(schools.length);
    expect(result!.rows.map((row) => row.schoolId)).toEqual(schools.map((school) => school.id));
  });
});

describe("the school table's query string", () => {
  it("falls back to no filter, the town order and page 1 for values it does not know", () => {
    expect(
      schoolTableQuerySchema.parse({
        q: "  ",
        town: "x",
        level: "COLLEGE",
        location: "",
        sort: "size",
        page: "-2",
      }),
    ).toEqual({
      q: undefined,
      town: undefined,
      level: undefined,
      location: undefined,
      sort: "town",
      page: 1,
    });
  });
});
