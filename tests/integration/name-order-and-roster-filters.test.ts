// Issue 22 (pages): names sort by pinyin in SQL (the `pinyin` collation of migration 20261202132000), and a county
// roster can be narrowed to one of its towns or schools.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/data/auth/session-user";
import { listTeachers } from "@/lib/data/teachers/list-teachers";
import { db } from "@/lib/db";
import { teacherListFilterSchema } from "@/lib/schemas/teachers";
import { sessionUserFor } from "../support/session-user";
import { TEACHER_VALUES } from "./support/action-cases";

const pinyin = new Intl.Collator("zh-CN-u-co-pinyin");

/** The neighbours out of pinyin order (empty when the list is in pinyin order). */
function outOfOrder(names: string[]) {
  return names.flatMap((name, index) =>
    index > 0 && pinyin.compare(names[index - 1]!, name) > 0 ? [`${names[index - 1]} > ${name}`] : [],
  );
}

let officer: SessionUser;

beforeAll(async () => {
  officer = await sessionUserFor("jinan.shanghe");
});

describe("names sort by pinyin", () => {
  it("gives the name columns of schools, teachers, towns and groups the pinyin collation", async () => {
    const columns = await db().$queryRaw<{ table_name: string; collation_name: string | null }[]>`
      SELECT table_name, collation_name FROM information_schema.columns
      WHERE table_schema = current_schema() AND column_name = 'name'
        AND table_name IN ('schools', 'teachers', 'towns', 'education_groups')
      ORDER BY table_name`;
    expect(columns).toEqual(
      ["education_groups", "schools", "teachers", "towns"].map((table_name) => ({
        table_name,
        collation_name: "pinyin",
      })),
    );
  });

  describe("a roster sorted by name", () => {
    const staffNos = ["PY-ORDER-1", "PY-ORDER-2", "PY-ORDER-3", "PY-ORDER-4"];
    beforeAll(async () => {
      const school = await db().school.findFirstOrThrow({
        where: { countyId: officer.countyId!, isActive: true },
        orderBy: { id: "asc" },
        select: { id: true },
      });
      await db().teacher.deleteMany({ where: { staffNo: { in: staffNos } } });
      // Code-point order of these would be 北 安 张 李 赵 (U+5317, U+5B89, U+5F20, U+674E, U+8D75).
      const names = ["赵拼序", "北拼序", "张拼序", "安拼序"];
      await db().teacher.createMany({
        data: names.map((name, index) => ({
          ...TEACHER_VALUES,
          name,
          schoolId: school.id,
          staffNo: staffNos[index]!,
        })),
      });
    });
    afterAll(() => db().teacher.deleteMany({ where: { staffNo: { in: staffNos } } }));

    it("lists 安 北 张 赵 (a j b z), as Intl.Collator('zh-CN-u-co-pinyin') orders them", async () => {
      const roster = await listTeachers(
        officer,
        { kind: "county", id: officer.countyId! },
        { ...teacherListFilterSchema.parse({ q: "拼序", sort: "name" }), page: 1 },
      );
      const names = roster.rows.map((row) => row.name);
      expect(names).toEqual(["安拼序", "北拼序", "张拼序", "赵拼序"]);
      expect(outOfOrder(names)).toEqual([]);
    });
  });

  it("offers the county's towns and schools to filter by", async () => {
    const roster = await listTeachers(
      officer,
      { kind: "county", id: officer.countyId! },
      { ...teacherListFilterSchema.parse({}), page: 1 },
    );
    expect(roster.choices.towns.length).toBeGreaterThan(1);
    expect(roster.choices.schools.length).toBeGreaterThan(1);
  });
});

describe("a county roster filters by town and by school", () => {
  const rosterOf = (query: Record<string, string>) =>
    listTeachers(
      officer,
      { kind: "county", id: officer.countyId! },
      { ...teacherListFilterSchema.parse({ status: "all", ...query }), page: 1 },
    );

  it("shows only the teachers of the chosen school", async () => {
    const school = await db().school.findFirstOrThrow({
      where: { countyId: officer.countyId!, teachers: { some: {} } },
      orderBy: { id: "asc" },
      select: { id: true },
    });
    const all = await rosterOf({});
    const roster = await rosterOf({ school: String(school.id) });
    expect(roster.total).toBeGreaterThan(0);
    expect(roster.total).toBeLessThan(all.total);
    expect(new Set(roster.rows.map((row) => row.school.id))).toEqual(new Set([school.id]));
    expect(roster.total).toBe(await db().teacher.count({ where: { schoolId: school.id } }));
  });

  it("shows only the teachers of the chosen town's schools", async () => {
    const town = await db().town.findFirstOrThrow({
      where: { countyId: officer.countyId!, schools: { some: { teachers: { some: {} } } } },
      orderBy: { id: "asc" },
      select: { id: true },
    });
    const roster = await rosterOf({ town: String(town.id) });
    expect(roster.total).toBe(await db().teacher.count({ where: { school: { townId: town.id } } }));
    expect(roster.total).toBeLessThan((await rosterOf({})).total);
  });

  it("matches nothing for a school or a town of another county", async () => {
    const elsewhere = await db().school.findFirstOrThrow({
      where: { countyId: { not: officer.countyId! }, teachers: { some: {} } },
      select: { id: true, townId: true },
    });
    expect((await rosterOf({ school: String(elsewhere.id) })).total).toBe(0);
    expect((await rosterOf({ town: String(elsewhere.townId) })).total).toBe(0);
  });
});
