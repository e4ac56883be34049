// Supervision visits (督导, issue 19): recorded by city staff and county officers in their scope, with inspectors as
// accounts or names and one finding per line; each finding is raised as a problem of the 整改台账 once; a school's
// page lists its visits and problems; another county sees and raises nothing.
import { beforeAll, describe, expect, it } from "vitest";
import { IDLE } from "@/lib/actions/action-state";
import { recordSupervisionVisitAction } from "@/lib/actions/supervision";
import type { SessionUser } from "@/lib/data/auth/session-user";
import { getSupervisionVisit } from "@/lib/data/supervision/get-visit";
import { getSchoolSupervision, listSupervisionVisits } from "@/lib/data/supervision/list-visits";
import { raiseSupervisionFinding } from "@/lib/data/supervision/raise-finding";
import { recordSupervisionVisit } from "@/lib/data/supervision/record-visit";
import { db } from "@/lib/db";
import type { RecordVisitInput } from "@/lib/schemas/supervision";
import { formData } from "../support/form-data";
import { sessionUserFor } from "../support/session-user";
import { signInAs } from "./support/session";

let staff: SessionUser;
let officer: SessionUser;
let otherOfficer: SessionUser;
let school: { id: number; code: string; countyId: number };

const codeOf = (promise: Promise<unknown>) =>
  promise.then(
    () => "resolved",
    (error: { code?: string }) => error.code,
  );

const visit = (overrides: Partial<RecordVisitInput> = {}): RecordVisitInput => ({
  countyId: school.countyId,
  schoolCode: school.code,
  kind: "ASSIGNED_INSPECTOR",
  visitedOn: new Date("2026-10-15T00:00:00Z"),
  inspectorIds: [officer.id],
  inspectorNames: ["王督学"],
  summary: "责任督学挂牌督导",
  findings: ["图书生均不足", "功能教室不足"],
  ...overrides,
});

beforeAll(async () => {
  [staff, officer, otherOfficer] = await Promise.all([
    sessionUserFor("jinan.staff"),
    sessionUserFor("jinan.shanghe"),
    sessionUserFor("jinan.tianqiao"),
  ]);
  school = await db().school.findFirstOrThrow({
    where: { countyId: officer.countyId! },
    orderBy: { id: "asc" },
    select: { id: true, code: true, countyId: true },
  });
});

describe("a supervision visit", () => {
  it("is recorded with its inspectors and findings, audited, and seen only within scope", async () => {
    const { id } = await recordSupervisionVisit(officer, visit());
    const shown = await getSupervisionVisit(staff, id);
    expect(shown?.inspectors.map((inspector) => [inspector.name, inspector.userId])).toEqual([
      [officer.displayName, officer.id],
      ["王督学", null],
    ]);
    expect(
      shown?.findings.map((finding) => [finding.position, finding.description, finding.problem]),
    ).toEqual([
      [1, "图书生均不足", null],
      [2, "功能教室不足", null],
    ]);
    expect(
      await db().auditLog.count({
        where: { entity: "supervision_visit", entityId: String(id), action: "create" },
      }),
    ).toBe(1);
    expect(await getSupervisionVisit(otherOfficer, id)).toBeNull();
    expect((await listSupervisionVisits(otherOfficer, { page: 1 })).rows.some((row) => row.id === id)).toBe(
      false,
    );
    expect((await listSupervisionVisits(staff, { page: 1, kind: "ASSIGNED_INSPECTOR" })).rows[0]?.id).toBe(
      id,
    );
  });

  it("refuses another county, an inspector account of another city and a visit without inspectors", async () => {
    expect(await codeOf(recordSupervisionVisit(otherOfficer, visit()))).toBe("NOT_FOUND");
    const stranger = await db().user.findFirstOrThrow({
      where: { cityId: { not: staff.cityId } },
      select: { id: true },
    });
    expect(await codeOf(recordSupervisionVisit(staff, visit({ inspectorIds: [stranger.id] })))).toBe(
      "VALIDATION",
    );
    signInAs(officer);
    const state = await recordSupervisionVisitAction(
      IDLE,
      formData({ countyId: school.countyId, kind: "SCHOOLING", visitedOn: "2026-10-15", findings: "x" }),
    );
    expect(state.status === "error" && state.fieldErrors?.inspectorNames?.[0]?.key).toBe("inspectorRequired");
  });
});

describe("a finding", () => {
  it("is raised as a problem of the visited school once, and the school's page shows both", async () => {
    const { id } = await recordSupervisionVisit(staff, visit({ findings: ["校园网未达千兆"] }));
    const [finding] = (await getSupervisionVisit(staff, id))!.findings;
    expect(
      await codeOf(
        raiseSupervisionFinding(otherOfficer, { findingId: finding!.id, deadline: new Date("2027-03-31") }),
      ),
    ).toBe("NOT_FOUND");
    const problem = await raiseSupervisionFinding(officer, {
      findingId: finding!.id,
      deadline: new Date("2027-03-31T00:00:00Z"),
    });
    const row = await db().problem.findUniqueOrThrow({ where: { id: problem.id } });
    expect([row.source, row.schoolId, row.description, row.state]).toEqual([
      "SUPERVISION",
      school.id,
      "校园网未达千兆",
      "OPEN",
    ]);
    expect(
      await codeOf(
        raiseSupervisionFinding(staff, { findingId: finding!.id, deadline: new Date("2027-03-31") }),
      ),
    ).toBe("CONFLICT");
    expect((await getSupervisionVisit(staff, id))!.findings[0]!.problem).toEqual({
      id: problem.id,
      state: "OPEN",
    });

    const card = await getSchoolSupervision(officer, school.id);
    expect(card?.visits.some((shown) => shown.id === id)).toBe(true);
    expect(card?.problems.some((shown) => shown.id === problem.id)).toBe(true);
    expect(await getSchoolSupervision(otherOfficer, school.id)).toBeNull();
  });
});
