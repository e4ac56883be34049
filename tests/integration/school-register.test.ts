// The school register (issue 15, Schools): a county officer keeps its county's schools and nobody else's, city
// staff keep the city's; 学校标识码 are unique even under a race; every write is audited in its own transaction and
// moves the city's data version; the location class follows the 城乡分类代码 (decision 0019).
import { beforeAll, describe, expect, it } from "vitest";
import { IDLE } from "@/lib/actions/action-state";
import { closeSchoolAction, createSchoolAction, updateSchoolAction } from "@/lib/actions/schools";
import type { SessionUser } from "@/lib/data/auth/session-user";
import { closeSchool, reopenSchool } from "@/lib/data/schools/close-school";
import { createSchool } from "@/lib/data/schools/create-school";
import { listSchools } from "@/lib/data/schools/list-schools";
import { updateSchool } from "@/lib/data/schools/update-school";
import { db } from "@/lib/db";
import { schoolListQuerySchema, type SchoolFieldsInput } from "@/lib/schemas/schools";
import { formData } from "../support/form-data";
import { ruralPrimarySchool, schoolFormFields } from "../support/school-form";
import { sessionUserFor } from "../support/session-user";
import { signInAs } from "./support/session";

let officer: SessionUser;
let staff: SessionUser;
let shanghe: { id: number; cityId: number; townIds: number[] };
let lixia: { id: number; townId: number; schoolId: number };

const countyNamed = (name: string) =>
  db().county.findFirstOrThrow({
    where: { name },
    select: { id: true, cityId: true, towns: { select: { id: true }, orderBy: { id: "asc" } } },
  });
const dataVersion = async (cityId: number) =>
  (await db().dataVersion.findUnique({ where: { cityId } }))?.version ?? 0n;
const auditsOf = (schoolId: number) =>
  db().auditLog.findMany({ where: { entity: "school", entityId: String(schoolId) }, orderBy: { id: "asc" } });

let nextCode = 3701269000;
const newCode = () => String(nextCode++);

function school(overrides: Partial<SchoolFieldsInput> = {}): SchoolFieldsInput {
  return ruralPrimarySchool({
    code: newCode(),
    name: "商河县测试小学",
    townId: shanghe.townIds[0]!,
    ...overrides,
  });
}

beforeAll(async () => {
  officer = await sessionUserFor("jinan.shanghe");
  staff = await sessionUserFor("jinan.staff");
  const own = await countyNamed("商河县");
  shanghe = { id: own.id, cityId: own.cityId, townIds: own.towns.map((town) => town.id) };
  const other = await countyNamed("历下区");
  const otherSchool = await db().school.findFirstOrThrow({
    where: { countyId: other.id },
    orderBy: { id: "asc" },
  });
  lixia = { id: other.id, townId: other.towns[0]!.id, schoolId: otherSchool.id };
});

describe("creating a school", () => {
  it("adds it in the officer's county with the class of its code, audited, and moves the data version", async () => {
    const before = await dataVersion(shanghe.cityId);
    const created = await createSchool(officer, school({ urbanRuralCode: "122", isTownSeat: true }));
    expect(created).toMatchObject({
      countyId: shanghe.id,
      urbanRuralCode: "122",
      locationClass: "TOWN_AREA",
    });
    const row = await db().school.findUniqueOrThrow({ where: { id: created.id } });
    expect(row).toMatchObject({ cityId: shanghe.cityId, isTownSeat: true, isActive: true });
    const [audit] = await auditsOf(created.id);
    expect(audit).toMatchObject({ action: "create", actorLogin: "jinan.shanghe", cityId: shanghe.cityId });
    expect(audit!.after).toMatchObject({ code: created.code, locationClass: "TOWN_AREA" });
    expect(await dataVersion(shanghe.cityId)).toBeGreaterThan(before);
  });

  it("refuses a town of another county as missing, and writes nothing", async () => {
    const code = newCode();
    await expect(createSchool(officer, school({ code, townId: lixia.townId }))).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect(await db().school.count({ where: { code } })).toBe(0);
  });

  it("answers a taken 学校标识码 with a field error on the code", async () => {
    const taken = await db().school.findFirstOrThrow({
      where: { countyId: lixia.id },
      select: { code: true },
    });
    signInAs(officer);
    const state = await createSchoolAction(IDLE, formData(schoolFormFields(school({ code: taken.code }))));
    expect(state).toMatchObject({
      status: "error",
      code: "CONFLICT",
      fieldErrors: { code: [{ key: "schoolCodeTaken" }] },
    });
  });

  it("gives the loser of a race for one code the same field error, and keeps one school", async () => {
    const code = newCode();
    const results = await Promise.allSettled([
      createSchool(officer, school({ code })),
      createSchool(staff, school({ code, name: "同码学校" })),
      createSchool(officer, school({ code, name: "同码学校二" })),
    ]);
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    for (const result of results.filter((outcome) => outcome.status === "rejected"))
      expect(result.reason).toMatchObject({ code: "CONFLICT", messageKey: "schools.codeTaken" });
    expect(await db().school.count({ where: { code } })).toBe(1);
  });
});

describe("editing a school", () => {
  it("corrects it, re-derives the class from the code, and audits before and after", async () => {
    const created = await createSchool(officer, school());
    const updated = await updateSchool(officer, {
      ...school({ code: created.code, name: "商河县更正小学", urbanRuralCode: "111" }),
      id: created.id,
      townId: shanghe.townIds[1]!,
    });
    expect(updated).toMatchObject({
      name: "商河县更正小学",
      locationClass: "URBAN",
      townId: shanghe.townIds[1],
    });
    const audits = await auditsOf(created.id);
    expect(audits.map((audit) => audit.action)).toEqual(["create", "update"]);
    expect(audits[1]!.before).toMatchObject({ locationClass: "VILLAGE" });
  });

  it("refuses another county's school by a forged id, and changes nothing", async () => {
    const before = await db().school.findUniqueOrThrow({ where: { id: lixia.schoolId } });
    const audits = await db().auditLog.count();
    signInAs(officer);
    const state = await updateSchoolAction(
      IDLE,
      formData({ id: lixia.schoolId, ...schoolFormFields(school({ code: before.code })) }),
    );
    expect(state).toMatchObject({ status: "error", code: "NOT_FOUND" });
    expect(await db().school.findUniqueOrThrow({ where: { id: lixia.schoolId } })).toEqual(before);
    expect(await db().auditLog.count()).toBe(audits);
  });

  it("keeps a school in its county: city staff cannot move it to another county's town", async () => {
    const created = await createSchool(officer, school());
    await expect(
      updateSchool(staff, { ...school({ code: created.code }), id: created.id, townId: lixia.townId }),
    ).rejects.toMatchObject({ code: "INVALID_STATE" });
    expect((await db().school.findUniqueOrThrow({ where: { id: created.id } })).countyId).toBe(shanghe.id);
  });
});

describe("closing (撤并) and reopening", () => {
  it("closes with a day and a school of the same county, then reopens, each audited", async () => {
    const closing = await createSchool(officer, school());
    const target = await createSchool(officer, school({ name: "商河县并入小学" }));
    const closed = await closeSchool(officer, {
      id: closing.id,
      closedOn: new Date("2026-08-31T00:00:00Z"),
      mergedIntoId: target.id,
    });
    expect(closed).toMatchObject({ isActive: false, mergedIntoId: target.id });
    expect(closed.closedOn?.toISOString()).toBe("2026-08-31T00:00:00.000Z");
    await expect(
      closeSchool(officer, { id: closing.id, closedOn: new Date(), mergedIntoId: undefined }),
    ).rejects.toMatchObject({ code: "INVALID_STATE" });
    const reopened = await reopenSchool(officer, { id: closing.id });
    expect(reopened).toMatchObject({ isActive: true, closedOn: null, mergedIntoId: null });
    expect((await auditsOf(closing.id)).map((audit) => audit.action)).toEqual(["create", "close", "reopen"]);
  });

  it("refuses a merger into another county's school as a field error, and does not close", async () => {
    const closing = await createSchool(officer, school());
    signInAs(staff);
    const state = await closeSchoolAction(
      IDLE,
      formData({ id: closing.id, closedOn: "2026-08-31", mergedIntoId: lixia.schoolId }),
    );
    expect(state).toMatchObject({
      status: "error",
      fieldErrors: { mergedIntoId: [{ key: "mergeTargetInvalid" }] },
    });
    expect((await db().school.findUniqueOrThrow({ where: { id: closing.id } })).isActive).toBe(true);
  });

  it("refuses another county's school to an officer by a forged id", async () => {
    await expect(
      closeSchool(officer, { id: lixia.schoolId, closedOn: new Date(), mergedIntoId: undefined }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await db().school.findUniqueOrThrow({ where: { id: lixia.schoolId } })).isActive).toBe(true);
  });
});

describe("the register list", () => {
  const query = (params: Record<string, string>) => schoolListQuerySchema.parse(params);

  it("shows an officer its county only, whatever county the URL asks for", async () => {
    const own = await listSchools(officer, query({}));
    expect(own.total).toBe(await db().school.count({ where: { countyId: shanghe.id } }));
    expect(own.rows.length).toBeLessThanOrEqual(30);
    expect((await listSchools(officer, query({ county: String(lixia.id) }))).total).toBe(0);
    const city = await listSchools(staff, query({ county: String(lixia.id) }));
    expect(city.total).toBe(await db().school.count({ where: { countyId: lixia.id } }));
  });

  it("finds a school by its code, and closed ones by status", async () => {
    const created = await createSchool(officer, school({ name: "商河县查找小学" }));
    const found = await listSchools(officer, query({ q: created.code }));
    expect(found.rows.map((row) => row.id)).toEqual([created.id]);
    await closeSchool(officer, {
      id: created.id,
      closedOn: new Date("2026-07-01T00:00:00Z"),
      mergedIntoId: undefined,
    });
    const closed = await listSchools(officer, query({ q: "查找", status: "closed" }));
    expect(closed.rows).toEqual([expect.objectContaining({ id: created.id, isActive: false })]);
    expect((await listSchools(officer, query({ q: "查找", status: "active" }))).total).toBe(0);
  });

  it("keeps the boarding flag (寄宿制学校) from the form, audits its change, and filters by it", async () => {
    signInAs(officer);
    const fields = school({ name: "商河县寄宿制测试小学", isBoarding: true });
    // The action redirects to the new school's page once it is saved.
    await expect(createSchoolAction(IDLE, formData(schoolFormFields(fields)))).rejects.toThrow(/redirect/);
    const created = await db().school.findUniqueOrThrow({ where: { code: fields.code } });
    expect(created.isBoarding).toBe(true);
    const boarding = await listSchools(officer, query({ q: "寄宿制测试", boarding: "yes" }));
    expect(boarding.rows).toEqual([expect.objectContaining({ id: created.id, isBoarding: true })]);
    expect((await listSchools(officer, query({ q: "寄宿制测试", boarding: "no" }))).total).toBe(0);
    // An unticked box is not sent: the school is no longer a boarding school.
    const cleared = await updateSchoolAction(
      IDLE,
      formData({ id: created.id, ...schoolFormFields({ ...fields, isBoarding: false }) }),
    );
    expect(cleared).toMatchObject({ status: "success" });
    expect((await db().school.findUniqueOrThrow({ where: { id: created.id } })).isBoarding).toBe(false);
    const [, update] = await auditsOf(created.id);
    expect(update).toMatchObject({
      action: "update",
      before: { isBoarding: true },
      after: { isBoarding: false },
    });
  });

  it("pages in the database: pages neither repeat nor skip a school", async () => {
    const total = (await listSchools(staff, query({ sort: "code" }))).total;
    const first = await listSchools(staff, query({ sort: "code", page: "1" }));
    const second = await listSchools(staff, query({ sort: "code", page: "2" }));
    expect(total).toBeGreaterThan(30);
    const codes = [...first.rows, ...second.rows].map((row) => row.code);
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes).toEqual([...codes].sort());
  });
});
