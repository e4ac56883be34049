// Education groups (issue 15; decision 0020): county officers keep their county's groups and nobody else's, city
// staff the city's; every write is audited in its own transaction and moves the city's data version, so the
// group-coverage figure follows at once; a school is in one urban-rural group at a time; dissolving ends every
// current membership on the day; join, leave, founding and dissolution days are checked.
import { beforeAll, describe, expect, it } from "vitest";
import { IDLE } from "@/lib/actions/action-state";
import { addGroupMemberAction, endGroupMembershipAction } from "@/lib/actions/groups";
import type { SessionUser } from "@/lib/data/auth/session-user";
import { getSchoolDashboard } from "@/lib/data/dashboard/get-school-dashboard";
import { addGroupMember } from "@/lib/data/groups/add-group-member";
import { createGroup } from "@/lib/data/groups/create-group";
import { dissolveGroup } from "@/lib/data/groups/dissolve-group";
import { endGroupMembership } from "@/lib/data/groups/end-group-membership";
import { getGroup } from "@/lib/data/groups/get-group";
import { listGroupWorklist } from "@/lib/data/groups/list-group-worklist";
import { listGroups } from "@/lib/data/groups/list-groups";
import { updateGroup } from "@/lib/data/groups/update-group";
import { getIndicatorOverview } from "@/lib/data/indicators/get-indicator-overview";
import { listSchools } from "@/lib/data/schools/list-schools";
import { db } from "@/lib/db";
import { isAppError } from "@/lib/errors";
import type { EducationGroupKind } from "@/lib/generated/prisma/enums";
import type { IndicatorResult } from "@/lib/indicators/result";
import { PROGRAMME_SCHOOL_LEVELS, RURAL_LOCATION_CLASSES } from "@/lib/indicators/urban-rural";
import { groupListQuerySchema } from "@/lib/schemas/groups";
import { schoolListQuerySchema } from "@/lib/schemas/schools";
import { addDays, businessDay, isoDay } from "@/lib/utils/periods";
import { formData } from "../support/form-data";
import { ruralGroupShareSql } from "../support/independent-figures";
import { sessionUserFor } from "../support/session-user";
import { signInAs } from "./support/session";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const FOUNDED = day("2020-09-01");
const today = () => businessDay(new Date());

let officer: SessionUser;
let staff: SessionUser;
let leader: SessionUser;
let shanghe: { id: number; cityId: number };
let other: { id: number; schoolId: number; groupId: number };
/** Active schools of 商河县 in no group: cores for the groups the tests found */
let freeCores: number[];

const countyNamed = (name: string) =>
  db().county.findFirstOrThrow({ where: { name }, select: { id: true, cityId: true } });
const dataVersion = async (cityId: number) =>
  (await db().dataVersion.findUnique({ where: { cityId } }))?.version ?? 0n;
const auditsOf = (groupId: number) =>
  db().auditLog.findMany({
    where: { entity: "education_group", entityId: String(groupId) },
    orderBy: { id: "asc" },
  });
const codeOf = async (promise: Promise<unknown>) => {
  try {
    await promise;
    return "ok";
  } catch (error) {
    if (!isAppError(error)) throw error;
    return error.code;
  }
};
const fieldOf = async (promise: Promise<unknown>) => {
  try {
    await promise;
    return null;
  } catch (error) {
    if (!isAppError(error)) throw error;
    return (error.details as { fieldErrors: Record<string, { key: string }[]> }).fieldErrors;
  }
};

/** The county's group-coverage figure as every dashboard reads it (cached per data version). */
async function coverage(): Promise<number> {
  const overview = await getIndicatorOverview(officer, null, new Date());
  const result: IndicatorResult | undefined = overview!.org.computation.results.rural_schools_in_groups_share;
  if (!result?.computable) throw new Error("coverage not computable");
  return result.value;
}
async function independentCoverage(): Promise<number> {
  const [row] = await db().$queryRawUnsafe<{ share: number }[]>(ruralGroupShareSql("county_id"), shanghe.id);
  return row!.share;
}
const ruralCount = async () =>
  (
    await db().$queryRawUnsafe<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM schools WHERE county_id = $1 AND is_active
         AND location_class IN ('TOWN_AREA', 'VILLAGE')
         AND level IN ('KINDERGARTEN', 'PRIMARY', 'JUNIOR', 'NINE_YEAR', 'TWELVE_YEAR', 'COMPLETE_SECONDARY')`,
      shanghe.id,
    )
  )[0]!.n;

async function newGroup(kind: EducationGroupKind = "URBAN_RURAL_GROUP", name = "商河县测试教育集团") {
  const coreSchoolId = freeCores.shift();
  if (!coreSchoolId) throw new Error("no free school left for a core");
  return createGroup(officer, { countyId: shanghe.id, name, kind, coreSchoolId, foundedOn: FOUNDED });
}
async function worklistSchools() {
  const { rows } = await listGroupWorklist(officer, { page: 1 });
  return rows.map((row) => row.id);
}
const currentMemberships = (groupId: number) =>
  db().educationGroupMember.findMany({ where: { groupId, leftOn: null }, orderBy: { id: "asc" } });

beforeAll(async () => {
  officer = await sessionUserFor("jinan.shanghe");
  staff = await sessionUserFor("jinan.staff");
  leader = await sessionUserFor("jinan.shanghe.leader");
  shanghe = await countyNamed("商河县");
  // Another county of the same city that has groups (历下区 is urban and has none).
  const otherGroup = await db().educationGroup.findFirstOrThrow({
    where: { county: { cityId: shanghe.cityId }, NOT: { countyId: shanghe.id }, dissolvedOn: null },
    orderBy: { id: "asc" },
  });
  const otherSchool = await db().school.findFirstOrThrow({
    where: { countyId: otherGroup.countyId, isActive: true },
    orderBy: { id: "asc" },
  });
  other = { id: otherGroup.countyId, schoolId: otherSchool.id, groupId: otherGroup.id };
  // Urban schools first; then rural ones from the end of the worklist's order, far from the schools the tests add.
  const free = (locationClass: "URBAN" | "TOWN_AREA" | "VILLAGE") =>
    db().school.findMany({
      where: {
        countyId: shanghe.id,
        isActive: true,
        locationClass,
        groupMemberships: { none: { leftOn: null } },
      },
      orderBy: [{ townId: "desc" }, { name: "desc" }, { id: "desc" }],
      select: { id: true },
    });
  freeCores = [...(await free("URBAN")), ...(await free("VILLAGE")), ...(await free("TOWN_AREA"))].map(
    (school) => school.id,
  );
});

describe("the county worklist", () => {
  it("lists exactly the rural schools the coverage figure counts as outside a group", async () => {
    const { total } = await listGroupWorklist(officer, { page: 1 });
    const rural = await ruralCount();
    expect(total).toBeGreaterThan(0);
    // coverage = (rural − outside) ÷ rural
    expect(await coverage()).toBeCloseTo((100 * (rural - total)) / rural, 9);
    expect(await coverage()).toBeCloseTo(await independentCoverage(), 9);
  });

  it("is refused to leaders and principals, and shows a county officer only its county", async () => {
    expect(await codeOf(listGroupWorklist(leader, { page: 1 }))).toBe("FORBIDDEN");
    const { rows } = await listGroupWorklist(officer, { page: 1, county: other.id });
    expect(rows).toEqual([]);
  });
});

describe("adding a school from the worklist", () => {
  it("moves the coverage figure at once, takes the school off the worklist, and is audited", async () => {
    const group = await newGroup();
    const [schoolId] = await worklistSchools();
    const before = { coverage: await coverage(), version: await dataVersion(shanghe.cityId) };
    const rural = await ruralCount();

    signInAs(officer);
    const state = await addGroupMemberAction(
      IDLE,
      formData({ groupId: group.id, schoolId: schoolId!, joinedOn: isoDay(addDays(today(), -3)) }),
    );
    expect(state).toMatchObject({ status: "success", messageKey: "groups.memberAdded" });

    expect(await dataVersion(shanghe.cityId)).toBeGreaterThan(before.version);
    expect(await coverage()).toBeCloseTo(before.coverage + 100 / rural, 9);
    expect(await coverage()).toBeCloseTo(await independentCoverage(), 9);
    expect(await worklistSchools()).not.toContain(schoolId);
    const audits = await auditsOf(group.id);
    expect(audits.map((audit) => audit.action)).toEqual(["create", "add_member"]);
    expect(audits[1]).toMatchObject({ actorLogin: "jinan.shanghe", cityId: shanghe.cityId });
    expect(audits[1]!.after).toMatchObject({ groupId: group.id, schoolId, leftOn: null });

    // The register's group filter reads the same memberships.
    const inGroup = await listSchools(officer, schoolListQuerySchema.parse({ group: "yes", q: "" }));
    const school = await db().school.findUniqueOrThrow({ where: { id: schoolId! } });
    const found = await listSchools(officer, schoolListQuerySchema.parse({ group: "yes", q: school.code }));
    expect(found.rows.map((row) => row.id)).toEqual([schoolId]);
    const notFound = await listSchools(officer, schoolListQuerySchema.parse({ group: "no", q: school.code }));
    expect(notFound.rows).toEqual([]);
    expect(inGroup.total).toBeGreaterThan(0);

    // Leaving on a day takes it out of the figure and puts it back on the worklist.
    const membership = (await currentMemberships(group.id)).find((row) => row.schoolId === schoolId)!;
    const left = await endGroupMembershipAction(
      IDLE,
      formData({ id: membership.id, leftOn: isoDay(today()) }),
    );
    expect(left).toMatchObject({ status: "success" });
    expect(await coverage()).toBeCloseTo(before.coverage, 9);
    expect(await worklistSchools()).toContain(schoolId);
    const row = await db().educationGroupMember.findUniqueOrThrow({ where: { id: membership.id } });
    expect(isoDay(row.leftOn!)).toBe(isoDay(today()));
    expect((await auditsOf(group.id)).at(-1)).toMatchObject({ action: "remove_member" });

    // It may join again later: a new membership, the old one kept with its days.
    await addGroupMember(officer, { groupId: group.id, schoolId: schoolId!, joinedOn: today() });
    const rows = await db().educationGroupMember.findMany({
      where: { groupId: group.id, schoolId: schoolId! },
    });
    expect(rows).toHaveLength(2);
  });
});

describe("scope", () => {
  it("a forged group, school or county of another county changes nothing", async () => {
    const group = await newGroup("COMMUNITY", "商河县测试共同体");
    const [schoolId] = await worklistSchools();
    const countBefore = await db().educationGroupMember.count();
    const auditsBefore = await db().auditLog.count();

    // Another county's group reads as missing.
    expect(
      await codeOf(
        addGroupMember(officer, { groupId: other.groupId, schoolId: schoolId!, joinedOn: today() }),
      ),
    ).toBe("NOT_FOUND");
    expect(await codeOf(dissolveGroup(officer, { id: other.groupId, dissolvedOn: today() }))).toBe(
      "NOT_FOUND",
    );
    const otherMember = await db().educationGroupMember.findFirstOrThrow({
      where: { groupId: other.groupId, leftOn: null },
    });
    expect(await codeOf(endGroupMembership(officer, { id: otherMember.id, leftOn: today() }))).toBe(
      "NOT_FOUND",
    );
    const otherGroup = await db().educationGroup.findUniqueOrThrow({ where: { id: other.groupId } });
    expect(
      await codeOf(
        updateGroup(officer, {
          id: other.groupId,
          name: "伪造",
          kind: otherGroup.kind,
          coreSchoolId: otherGroup.coreSchoolId,
          foundedOn: otherGroup.foundedOn,
        }),
      ),
    ).toBe("NOT_FOUND");
    expect(
      await codeOf(
        createGroup(officer, {
          countyId: other.id,
          name: "伪造集团",
          kind: "ALLIANCE",
          coreSchoolId: other.schoolId,
          foundedOn: FOUNDED,
        }),
      ),
    ).toBe("NOT_FOUND");
    // Another county's school cannot join the officer's own group.
    expect(
      await fieldOf(
        addGroupMember(officer, { groupId: group.id, schoolId: other.schoolId, joinedOn: today() }),
      ),
    ).toEqual({ schoolId: [{ key: "schoolNotInCounty" }] });
    expect(await getGroup(officer, other.groupId)).toBeNull();

    expect(await db().educationGroupMember.count()).toBe(countBefore);
    expect(await db().auditLog.count()).toBe(auditsBefore);
    expect((await db().educationGroup.findUniqueOrThrow({ where: { id: other.groupId } })).name).toBe(
      otherGroup.name,
    );
  });

  it("city staff keep every county's groups of the city; leaders read and write nothing", async () => {
    const [schoolId] = await worklistSchools();
    const added = await addGroupMember(staff, {
      groupId: other.groupId,
      schoolId: other.schoolId,
      joinedOn: today(),
    })
      .then(() => "ok")
      .catch((error: unknown) => (isAppError(error) ? error.code : "thrown"));
    // The other county's first school may already be a member somewhere; either way staff get past gate and scope.
    expect(["ok", "CONFLICT"]).toContain(added);
    expect(
      await codeOf(
        addGroupMember(leader, { groupId: other.groupId, schoolId: schoolId!, joinedOn: today() }),
      ),
    ).toBe("FORBIDDEN");
    const listed = await listGroups(leader, groupListQuerySchema.parse({}));
    expect(listed.total).toBeGreaterThan(0);
    expect(listed.rows.every((row) => row.county.name === "商河县")).toBe(true);
  });
});

describe("one urban-rural group per school", () => {
  it("refuses a second current urban-rural group, not an alliance or a district", async () => {
    const first = await newGroup("URBAN_RURAL_GROUP", "商河县第一集团");
    const second = await newGroup("COMMUNITY", "商河县第二共同体");
    const alliance = await newGroup("ALLIANCE", "商河县乡村小规模学校联盟");
    expect(alliance.isUrbanRural).toBe(false);
    const [schoolId] = await worklistSchools();
    await addGroupMember(officer, { groupId: first.id, schoolId: schoolId!, joinedOn: today() });
    expect(
      await fieldOf(addGroupMember(officer, { groupId: second.id, schoolId: schoolId!, joinedOn: today() })),
    ).toEqual({ schoolId: [{ key: "inOtherUrbanRuralGroup" }] });
    expect(
      await fieldOf(addGroupMember(officer, { groupId: first.id, schoolId: schoolId!, joinedOn: today() })),
    ).toEqual({ schoolId: [{ key: "alreadyMember" }] });
    await addGroupMember(officer, { groupId: alliance.id, schoolId: schoolId!, joinedOn: today() });
    // The alliance becoming an urban-rural kind would put the school in two: refused on the kind.
    expect(
      await fieldOf(
        updateGroup(officer, {
          id: alliance.id,
          name: alliance.name,
          kind: "URBAN_RURAL_GROUP",
          coreSchoolId: alliance.coreSchoolId,
          foundedOn: FOUNDED,
        }),
      ),
    ).toEqual({ kind: [{ key: "inOtherUrbanRuralGroup" }] });
  });

  it("lets only one of two simultaneous joins of a school to two urban-rural groups through", async () => {
    const a = await newGroup("URBAN_RURAL_GROUP", "商河县并发集团甲");
    const b = await newGroup("URBAN_RURAL_GROUP", "商河县并发集团乙");
    const [schoolId] = await worklistSchools();
    const outcomes = await Promise.allSettled(
      [a, b].map((group) =>
        addGroupMember(officer, { groupId: group.id, schoolId: schoolId!, joinedOn: today() }),
      ),
    );
    expect(outcomes.filter((outcome) => outcome.status === "fulfilled")).toHaveLength(1);
    const current = await db().educationGroupMember.count({
      where: { schoolId: schoolId!, leftOn: null, group: { isUrbanRural: true } },
    });
    expect(current).toBe(1);
  });
});

describe("days", () => {
  it("refuses a join before the founding or in the future, and a leave before the join, through the action", async () => {
    const group = await newGroup("URBAN_RURAL_GROUP", "商河县日期集团");
    const [schoolId] = await worklistSchools();
    signInAs(officer);
    const early = await addGroupMemberAction(
      IDLE,
      formData({ groupId: group.id, schoolId: schoolId!, joinedOn: "2019-01-01" }),
    );
    expect(early).toMatchObject({
      status: "error",
      code: "VALIDATION",
      fieldErrors: { joinedOn: [{ key: "groupDayBeforeFounding" }] },
    });
    const future = await addGroupMemberAction(
      IDLE,
      formData({ groupId: group.id, schoolId: schoolId!, joinedOn: isoDay(addDays(today(), 2)) }),
    );
    expect(future).toMatchObject({ fieldErrors: { joinedOn: [{ key: "groupDayInFuture" }] } });
    const malformed = await addGroupMemberAction(
      IDLE,
      formData({ groupId: group.id, schoolId: schoolId!, joinedOn: "2024-02-30x" }),
    );
    expect(malformed).toMatchObject({ status: "error", code: "VALIDATION" });
    expect(await currentMemberships(group.id)).toHaveLength(1);

    await addGroupMember(officer, { groupId: group.id, schoolId: schoolId!, joinedOn: day("2024-09-01") });
    const membership = (await currentMemberships(group.id)).find((row) => row.schoolId === schoolId)!;
    const before = await endGroupMembershipAction(
      IDLE,
      formData({ id: membership.id, leftOn: "2024-08-31" }),
    );
    expect(before).toMatchObject({ fieldErrors: { leftOn: [{ key: "groupDayBeforeJoining" }] } });
    expect(
      (await db().educationGroupMember.findUniqueOrThrow({ where: { id: membership.id } })).leftOn,
    ).toBeNull();
    // The core school stays while the group does.
    const core = (await currentMemberships(group.id)).find((row) => row.schoolId === group.coreSchoolId)!;
    expect(await codeOf(endGroupMembership(officer, { id: core.id, leftOn: today() }))).toBe("INVALID_STATE");
    await endGroupMembership(officer, { id: membership.id, leftOn: today() });
    expect(await codeOf(endGroupMembership(officer, { id: membership.id, leftOn: today() }))).toBe(
      "INVALID_STATE",
    );
  });

  it("refuses a founding day after the first join and a core school that is no current member", async () => {
    const group = await newGroup("URBAN_RURAL_GROUP", "商河县更正集团");
    const [schoolId] = await worklistSchools();
    await addGroupMember(officer, { groupId: group.id, schoolId: schoolId!, joinedOn: day("2021-03-01") });
    const edit = {
      id: group.id,
      name: "商河县更正后集团",
      kind: group.kind,
      coreSchoolId: group.coreSchoolId,
    };
    expect(await fieldOf(updateGroup(officer, { ...edit, foundedOn: day("2021-03-02") }))).toEqual({
      foundedOn: [{ key: "groupDayAfterFirstJoin" }],
    });
    expect(
      await fieldOf(updateGroup(officer, { ...edit, coreSchoolId: freeCores[0]!, foundedOn: FOUNDED })),
    ).toEqual({ coreSchoolId: [{ key: "coreNotMember" }] });
    // A current member may become the core; the change is audited with before and after.
    const updated = await updateGroup(officer, { ...edit, coreSchoolId: schoolId!, foundedOn: FOUNDED });
    expect(updated).toMatchObject({ name: "商河县更正后集团", coreSchoolId: schoolId });
    const audit = (await auditsOf(group.id)).at(-1)!;
    expect(audit).toMatchObject({ action: "update" });
    expect(audit.before).toMatchObject({ coreSchoolId: group.coreSchoolId });
  });
});

describe("creating a group", () => {
  it("makes its core school a member from the founding day, counts by kind, and is audited", async () => {
    const before = await dataVersion(shanghe.cityId);
    const group = await newGroup("SCHOOL_DISTRICT", "商河县测试学区");
    expect(group).toMatchObject({ countyId: shanghe.id, kind: "SCHOOL_DISTRICT", isUrbanRural: false });
    const [core] = await currentMemberships(group.id);
    expect(core).toMatchObject({ schoolId: group.coreSchoolId, leftOn: null });
    expect(isoDay(core!.joinedOn)).toBe("2020-09-01");
    const [audit] = await auditsOf(group.id);
    expect(audit).toMatchObject({ action: "create", actorLogin: "jinan.shanghe" });
    expect(await dataVersion(shanghe.cityId)).toBeGreaterThan(before);
    expect(
      await fieldOf(
        createGroup(officer, {
          countyId: shanghe.id,
          name: "未来集团",
          kind: "ALLIANCE",
          coreSchoolId: freeCores[0]!,
          foundedOn: addDays(today(), 1),
        }),
      ),
    ).toEqual({ foundedOn: [{ key: "groupDayInFuture" }] });
  });
});

describe("dissolving a group", () => {
  it("ends every current membership on the day, moves the figure, and takes no more writes", async () => {
    const group = await newGroup("URBAN_RURAL_GROUP", "商河县待解散集团");
    const [first, second] = await worklistSchools();
    for (const schoolId of [first!, second!])
      await addGroupMember(officer, { groupId: group.id, schoolId, joinedOn: day("2025-03-01") });
    const withGroup = await coverage();
    expect(await fieldOf(dissolveGroup(officer, { id: group.id, dissolvedOn: day("2025-02-28") }))).toEqual({
      dissolvedOn: [{ key: "groupDayBeforeLastJoin" }],
    });

    const dissolved = await dissolveGroup(officer, { id: group.id, dissolvedOn: today() });
    expect(isoDay(dissolved.dissolvedOn!)).toBe(isoDay(today()));
    const rows = await db().educationGroupMember.findMany({ where: { groupId: group.id } });
    expect(rows).toHaveLength(3);
    expect(rows.every((row) => row.leftOn && isoDay(row.leftOn) === isoDay(today()))).toBe(true);
    // The two schools added and, where it is rural itself, the core school leave the figure.
    const ruralEnded = await db().school.count({
      where: {
        id: { in: rows.map((row) => row.schoolId) },
        locationClass: { in: [...RURAL_LOCATION_CLASSES] },
        level: { in: [...PROGRAMME_SCHOOL_LEVELS] },
      },
    });
    expect(ruralEnded).toBeGreaterThanOrEqual(2);
    expect(await coverage()).toBeCloseTo(withGroup - (ruralEnded * 100) / (await ruralCount()), 9);
    expect(await coverage()).toBeCloseTo(await independentCoverage(), 9);
    expect(await worklistSchools()).toEqual(expect.arrayContaining([first, second]));
    expect((await auditsOf(group.id)).at(-1)).toMatchObject({ action: "dissolve" });
    expect((await auditsOf(group.id)).at(-1)!.after).toMatchObject({ endedMemberships: 3 });

    expect(
      await codeOf(addGroupMember(officer, { groupId: group.id, schoolId: first!, joinedOn: today() })),
    ).toBe("INVALID_STATE");
    expect(await codeOf(dissolveGroup(officer, { id: group.id, dissolvedOn: today() }))).toBe(
      "INVALID_STATE",
    );
    // The past stays: the group and its memberships with their days, on its page.
    const page = await getGroup(officer, group.id);
    expect(page!.members.every((member) => !member.isCurrent)).toBe(true);
  });
});

describe("the group page", () => {
  it("shows each current member's figures as its school dashboard computes them", async () => {
    const group = await newGroup("URBAN_RURAL_GROUP", "商河县捆绑评价集团");
    const [schoolId] = await worklistSchools();
    await addGroupMember(officer, { groupId: group.id, schoolId: schoolId!, joinedOn: today() });
    const page = await getGroup(officer, group.id);
    const current = page!.members.filter((member) => member.isCurrent);
    expect(current.map((member) => member.school.id).sort()).toEqual([group.coreSchoolId, schoolId].sort());
    for (const member of current) {
      const dashboard = (await getSchoolDashboard(officer, member.school.id))!;
      const { profile, compliance } = dashboard;
      expect(member.figures).toMatchObject({
        fullTimeTeachers: profile.fullTimeTeachers,
        enrolment:
          profile.facilitySchoolYear === null
            ? null
            : profile.enrolmentPreschool +
              profile.enrolmentPrimary +
              profile.enrolmentJunior +
              profile.enrolmentSenior,
        qualityBalanced: compliance.facility?.qualityBalanced.evaluated
          ? compliance.facility.qualityBalanced.verdict
          : null,
      });
      if (profile.fullTimeTeachers > 0)
        expect(member.figures!.bachelorShare).toMatchObject({
          computable: true,
          value: (100 * profile.teachersBachelorOrAbove) / profile.fullTimeTeachers,
        });
    }
  });
});
