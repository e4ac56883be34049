// A functional zone's towns by the template (decision 0026): the import moves each town with its schools from the day
// its row gives, all or nothing, through the shared import pipeline; a second import of the same file moves nothing.
// Read from a workbook LibreOffice wrote (tests/fixtures/imports/make-town-workbook.sh), where the town code is a
// number and the day a date cell.
import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { IDLE } from "@/lib/actions/action-state";
import { importTownAssignmentsAction } from "@/lib/actions/divisions";
import { createFunctionalZone } from "@/lib/data/geography/create-functional-zone";
import { importTownAssignments } from "@/lib/data/geography/import-town-assignments";
import { db } from "@/lib/db";
import { sessionUserFor, type CitySessionUser } from "../support/session-user";
import { townAssignmentXlsx } from "../support/town-file";
import { signInAs } from "./support/session";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const FIXTURE = path.join(import.meta.dirname, "../fixtures/imports/towns-libreoffice.xlsx");

let staff: CitySessionUser;
let shanghe: number;
let zone: number;
let towns: { id: number; name: string }[];

const libreOfficeFile = () => {
  const data = readFileSync(FIXTURE);
  return {
    name: "towns-libreoffice.xlsx",
    format: "xlsx" as const,
    data: data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength) as ArrayBuffer,
  };
};

/** The city's towns with their county, its schools' counties and past states, and its audit rows. */
async function snapshot(cityId: number) {
  const [townRows, schools, pastStates, audits] = await Promise.all([
    db().town.findMany({ where: { county: { cityId } }, orderBy: { id: "asc" } }),
    db().school.findMany({ where: { cityId }, orderBy: { id: "asc" }, select: { id: true, countyId: true } }),
    db().schoolPastState.count(),
    db().auditLog.count({ where: { cityId } }),
  ]);
  return { townRows, schools, pastStates, audits };
}

beforeAll(async () => {
  staff = await sessionUserFor("jinan.staff");
  shanghe = (await db().county.findFirstOrThrow({ where: { name: "商河县" } })).id;
  zone = (await createFunctionalZone(staff, { name: "商河经济开发区", nameEn: "", townIds: [] })).id;
  towns = await db().town.findMany({
    where: { name: { in: ["许商街道", "殷巷镇"] }, countyId: shanghe },
    orderBy: { name: "asc" },
    select: { id: true, name: true },
  });
  expect(towns).toHaveLength(2);
  // A core school stays with its group's county: these towns' groups are dissolved first, as a county would.
  await db().educationGroup.updateMany({
    where: { coreSchool: { townId: { in: towns.map((town) => town.id) } } },
    data: { dissolvedOn: day("2026-06-01") },
  });
});

describe("importing the towns' assignment", () => {
  it("refuses a file naming a county the city does not have, by row and column, and moves nothing", async () => {
    const before = await snapshot(staff.cityId);
    const file = {
      name: "towns.xlsx",
      format: "xlsx" as const,
      data: await townAssignmentXlsx([
        { town: "许商街道", county: "商河经济开发区", effectiveOn: "2026-07-01" },
        { town: "殷巷镇", county: "潍坊高新区" },
      ]),
    };
    expect(await importTownAssignments(staff, file)).toEqual({
      status: "invalid",
      errors: [
        {
          row: 3,
          column: "所属县(市、区)或功能区",
          key: "countyOutsideCity",
          params: { county: "潍坊高新区" },
        },
      ],
    });
    expect(await snapshot(staff.cityId)).toEqual(before);
  });

  it("moves the towns of a LibreOffice workbook with their schools from the day given, audited", async () => {
    const schoolIds = (
      await db().school.findMany({
        where: { townId: { in: towns.map((town) => town.id) } },
        select: { id: true },
      })
    ).map((school) => school.id);
    signInAs(staff);
    const data = new FormData();
    const file = libreOfficeFile();
    data.set("file", new File([file.data], file.name));
    expect(await importTownAssignmentsAction(IDLE, data)).toMatchObject({
      status: "success",
      data: { summary: { rows: 3, inserted: 0, updated: 2, unchanged: 1 } },
    });
    expect(await db().town.findMany({ where: { id: { in: towns.map((town) => town.id) } } })).toEqual(
      expect.arrayContaining([expect.objectContaining({ countyId: zone })]),
    );
    expect(
      await db().town.count({ where: { id: { in: towns.map((town) => town.id) }, countyId: zone } }),
    ).toBe(2);
    expect(await db().school.count({ where: { id: { in: schoolIds }, countyId: zone } })).toBe(
      schoolIds.length,
    );
    expect(
      await db().schoolPastState.count({
        where: { schoolId: { in: schoolIds }, validUntil: day("2026-07-01"), countyId: shanghe },
      }),
    ).toBe(schoolIds.length);
    const audits = await db().auditLog.findMany({
      where: { cityId: staff.cityId, action: { in: ["import", "move_towns"] }, actorId: staff.id },
      orderBy: { id: "asc" },
      select: { action: true, entity: true, entityId: true, after: true },
    });
    expect(audits).toEqual([
      expect.objectContaining({ action: "move_towns", entity: "county", entityId: String(zone) }),
      expect.objectContaining({
        action: "import",
        entity: "town",
        entityId: `city:${staff.cityId}`,
        after: expect.objectContaining({ fileName: "towns-libreoffice.xlsx", rows: 3, unchanged: 1 }),
      }),
    ]);
  });

  it("a second import of the same file moves nothing: every town is where it says", async () => {
    const before = await snapshot(staff.cityId);
    expect(await importTownAssignments(staff, libreOfficeFile())).toEqual({
      status: "imported",
      summary: { rows: 3, inserted: 0, updated: 0, unchanged: 3 },
    });
    const after = await snapshot(staff.cityId);
    expect({ ...after, audits: before.audits }).toEqual(before);
  });

  it("another city's staff cannot name this city's towns: refused by row, nothing moves", async () => {
    const weifang = await sessionUserFor("weifang.staff");
    const before = await snapshot(staff.cityId);
    const outcome = await importTownAssignments(weifang, libreOfficeFile());
    expect(outcome.status).toBe("invalid");
    expect(
      outcome.status === "invalid" && outcome.errors.every((error) => error.key === "townOutsideImport"),
    ).toBe(true);
    expect(await snapshot(staff.cityId)).toEqual(before);
  });
});
