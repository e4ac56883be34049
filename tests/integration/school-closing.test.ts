// Closing a school (撤并) ends its education-group memberships on the closing day, in the same transaction as the
// closing (decision 0031): the core school of a running group cannot close, a closing day before a joining day is
// refused, and a refusal leaves the school and every membership as they were.
import { beforeAll, describe, expect, it } from "vitest";
import { IDLE } from "@/lib/actions/action-state";
import { closeSchoolAction } from "@/lib/actions/schools";
import type { SessionUser } from "@/lib/data/auth/session-user";
import { addGroupMember } from "@/lib/data/groups/add-group-member";
import { createGroup } from "@/lib/data/groups/create-group";
import { closeSchool, reopenSchool } from "@/lib/data/schools/close-school";
import { createSchool } from "@/lib/data/schools/create-school";
import { db } from "@/lib/db";
import type { EducationGroupKind } from "@/lib/generated/prisma/enums";
import { businessDay, isoDay } from "@/lib/utils/periods";
import { formData } from "../support/form-data";
import { ruralPrimarySchool } from "../support/school-form";
import { sessionUserFor } from "../support/session-user";
import { signInAs } from "./support/session";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

let officer: SessionUser;
let shanghe: { id: number; townId: number };
let nextCode = 3701268000;

async function newSchool(name: string) {
  return createSchool(
    officer,
    ruralPrimarySchool({ code: String(nextCode++), name, townId: shanghe.townId }),
  );
}
async function newGroup(name: string, kind: EducationGroupKind = "URBAN_RURAL_GROUP") {
  const core = await newSchool(`${name}牵头校`);
  return createGroup(officer, {
    countyId: shanghe.id,
    name,
    kind,
    coreSchoolId: core.id,
    foundedOn: day("2021-09-01"),
  });
}
const membershipsOf = (schoolId: number) =>
  db().educationGroupMember.findMany({
    where: { schoolId },
    select: { groupId: true, joinedOn: true, leftOn: true },
    orderBy: { id: "asc" },
  });
const groupAudits = (groupId: number) =>
  db().auditLog.findMany({
    where: { entity: "education_group", entityId: String(groupId) },
    orderBy: { id: "asc" },
  });

beforeAll(async () => {
  officer = await sessionUserFor("jinan.shanghe");
  const county = await db().county.findFirstOrThrow({
    where: { name: "商河县" },
    select: { id: true, towns: { select: { id: true }, orderBy: { id: "asc" }, take: 1 } },
  });
  shanghe = { id: county.id, townId: county.towns[0]!.id };
});

describe("closing a member school", () => {
  it("ends every current membership on the closing day, each audited under its group", async () => {
    const group = await newGroup("撤并测试集团");
    const alliance = await newGroup("撤并测试联盟", "ALLIANCE");
    const member = await newSchool("撤并测试小学");
    await addGroupMember(officer, { groupId: group.id, schoolId: member.id, joinedOn: day("2022-03-01") });
    await addGroupMember(officer, { groupId: alliance.id, schoolId: member.id, joinedOn: day("2022-09-01") });

    await closeSchool(officer, { id: member.id, closedOn: day("2025-08-31"), mergedIntoId: undefined });

    expect(await membershipsOf(member.id)).toEqual([
      { groupId: group.id, joinedOn: day("2022-03-01"), leftOn: day("2025-08-31") },
      { groupId: alliance.id, joinedOn: day("2022-09-01"), leftOn: day("2025-08-31") },
    ]);
    for (const groupId of [group.id, alliance.id]) {
      const audits = await groupAudits(groupId);
      expect(audits.at(-1)).toMatchObject({ action: "remove_member", actorLogin: "jinan.shanghe" });
      expect(audits.at(-1)!.after).toMatchObject({ schoolId: member.id, leftOn: "2025-08-31T00:00:00.000Z" });
    }
  });

  it("leaves memberships that had ended alone, and a reopened school is no member again", async () => {
    const group = await newGroup("撤并后恢复集团");
    const member = await newSchool("恢复测试小学");
    await addGroupMember(officer, { groupId: group.id, schoolId: member.id, joinedOn: day("2022-03-01") });
    await closeSchool(officer, { id: member.id, closedOn: day("2024-07-01"), mergedIntoId: undefined });
    await reopenSchool(officer, { id: member.id });
    await closeSchool(officer, { id: member.id, closedOn: day("2025-07-01"), mergedIntoId: undefined });
    // The first closing ended it; the second found no current membership to end.
    expect(await membershipsOf(member.id)).toEqual([
      { groupId: group.id, joinedOn: day("2022-03-01"), leftOn: day("2024-07-01") },
    ]);
  });

  it("refuses to close the core school of a running group, naming the group, and changes nothing", async () => {
    const group = await newGroup("牵头校撤并集团");
    const before = await db().school.findUniqueOrThrow({ where: { id: group.coreSchoolId } });
    const memberships = await membershipsOf(group.coreSchoolId);
    signInAs(officer);
    const state = await closeSchoolAction(
      IDLE,
      formData({ id: group.coreSchoolId, closedOn: isoDay(businessDay(new Date())) }),
    );
    expect(state).toMatchObject({
      status: "error",
      code: "INVALID_STATE",
      messageKey: "schools.closingCoreSchool",
      params: { group: "牵头校撤并集团" },
    });
    expect(await db().school.findUniqueOrThrow({ where: { id: group.coreSchoolId } })).toEqual(before);
    expect(await membershipsOf(group.coreSchoolId)).toEqual(memberships);
    expect(
      await db().auditLog.count({
        where: { entity: "school", entityId: String(before.id), action: "close" },
      }),
    ).toBe(0);
  });

  it("refuses a closing day before a joining day as a field error, rolling back memberships already ended", async () => {
    const early = await newGroup("早加入联盟", "ALLIANCE");
    const late = await newGroup("晚加入集团");
    const member = await newSchool("日期测试小学");
    await addGroupMember(officer, { groupId: early.id, schoolId: member.id, joinedOn: day("2022-03-01") });
    await addGroupMember(officer, { groupId: late.id, schoolId: member.id, joinedOn: day("2024-03-01") });
    signInAs(officer);
    const state = await closeSchoolAction(IDLE, formData({ id: member.id, closedOn: "2023-08-31" }));
    expect(state).toMatchObject({
      status: "error",
      code: "VALIDATION",
      fieldErrors: { closedOn: [{ key: "closedBeforeJoin", params: { group: "晚加入集团" } }] },
    });
    // The membership of the alliance, ended first, is current again: one transaction.
    expect((await membershipsOf(member.id)).map((membership) => membership.leftOn)).toEqual([null, null]);
    expect((await db().school.findUniqueOrThrow({ where: { id: member.id } })).isActive).toBe(true);
    expect((await groupAudits(early.id)).map((audit) => audit.action)).not.toContain("remove_member");
  });

  it("runs a closing and a join of one school one after the other: never a current membership of a closed school", async () => {
    const group = await newGroup("并发撤并集团");
    const member = await newSchool("并发测试小学");
    const today = businessDay(new Date());
    await Promise.allSettled([
      closeSchool(officer, { id: member.id, closedOn: today, mergedIntoId: undefined }),
      addGroupMember(officer, { groupId: group.id, schoolId: member.id, joinedOn: day("2022-03-01") }),
    ]);
    const school = await db().school.findUniqueOrThrow({ where: { id: member.id } });
    expect(school.isActive).toBe(false);
    for (const membership of await membershipsOf(member.id)) expect(membership.leftOn).toEqual(today);
  });
});
