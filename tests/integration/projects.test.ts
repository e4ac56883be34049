// Projects (issue 15, Projects; decision 0021): a county officer keeps its county's projects and nobody else's; each
// progress update is appended to the history with its note in the write's transaction, audited, and moves the
// city's data version, so the dashboard's project figures follow; a forged id of another county changes nothing.
import { beforeAll, describe, expect, it } from "vitest";
import { IDLE } from "@/lib/actions/action-state";
import {
  cancelProjectAction,
  createProjectAction,
  recordProjectProgressAction,
  updateProjectAction,
} from "@/lib/actions/projects";
import type { SessionUser } from "@/lib/data/auth/session-user";
import { getProjectProgress } from "@/lib/data/dashboard/get-project-progress";
import { createProject } from "@/lib/data/projects/create-project";
import { getProject } from "@/lib/data/projects/get-project";
import { listProjects } from "@/lib/data/projects/list-projects";
import { cancelProject, recordProjectProgress } from "@/lib/data/projects/record-project-progress";
import { updateProject } from "@/lib/data/projects/update-project";
import { db } from "@/lib/db";
import { projectListQuerySchema, type ProjectPlanInput } from "@/lib/schemas/projects";
import { addDays, businessDay, isoDay } from "@/lib/utils/periods";
import { formData } from "../support/form-data";
import { sessionUserFor } from "../support/session-user";
import { signInAs } from "./support/session";

let officer: SessionUser;
let otherOfficer: SessionUser;
let staff: SessionUser;
let shanghe: { id: number; cityId: number; schoolId: number };
let lixia: { id: number; schoolId: number };

const TODAY = businessDay(new Date());
const daysAgo = (days: number) => addDays(TODAY, -days);
const dataVersion = async (cityId: number) =>
  (await db().dataVersion.findUnique({ where: { cityId } }))?.version ?? 0n;
const auditsOf = (projectId: number) =>
  db().auditLog.findMany({
    where: { entity: "project", entityId: String(projectId) },
    orderBy: { id: "asc" },
  });
/** The version a form opened now would carry (decision 0023). */
const versionOf = async (projectId: number) =>
  (await db().project.findUniqueOrThrow({ where: { id: projectId }, select: { version: true } })).version;
const updatesOf = (projectId: number) =>
  db().projectUpdate.findMany({ where: { projectId }, orderBy: { id: "asc" } });

function plan(overrides: Partial<ProjectPlanInput> = {}): ProjectPlanInput {
  return {
    name: "商河县测试运动场改造",
    category: "RENOVATION",
    schoolId: shanghe.schoolId,
    budget: "1500000",
    plannedStart: daysAgo(60),
    plannedFinish: addDays(TODAY, 120),
    newPlaces: 0,
    ...overrides,
  };
}

const countyOf = async (name: string) => {
  const county = await db().county.findFirstOrThrow({ where: { name }, select: { id: true, cityId: true } });
  const school = await db().school.findFirstOrThrow({
    where: { countyId: county.id, isActive: true },
    orderBy: { id: "asc" },
    select: { id: true },
  });
  return { ...county, schoolId: school.id };
};

beforeAll(async () => {
  officer = await sessionUserFor("jinan.shanghe");
  otherOfficer = await sessionUserFor("jinan.lixia");
  staff = await sessionUserFor("jinan.staff");
  shanghe = await countyOf("商河县");
  lixia = await countyOf("历下区");
});

describe("entering a project", () => {
  it("puts it in the officer's own county, planned with nothing spent, audited, and moves the data version", async () => {
    const before = await dataVersion(shanghe.cityId);
    const created = await createProject(officer, plan());
    expect(created).toMatchObject({ countyId: shanghe.id, status: "PLANNED", progress: 0 });
    expect(created.spent.toString()).toBe("0");
    expect(created.budget.toString()).toBe("1500000");
    const [audit] = await auditsOf(created.id);
    expect(audit).toMatchObject({ action: "create", actorLogin: "jinan.shanghe", cityId: shanghe.cityId });
    expect(await dataVersion(shanghe.cityId)).toBeGreaterThan(before);
    expect(await updatesOf(created.id)).toEqual([]);
  });

  it("refuses another county's school as a field error, and creates nothing", async () => {
    const name = "商河县伪造学校项目";
    signInAs(officer);
    const state = await createProjectAction(
      IDLE,
      formData({
        ...plan(),
        name,
        schoolId: lixia.schoolId,
        plannedStart: "2026-01-01",
        plannedFinish: "2026-06-30",
      }),
    );
    expect(state).toMatchObject({ status: "error", fieldErrors: { schoolId: [{ key: "projectSchool" }] } });
    expect(await db().project.count({ where: { name } })).toBe(0);
  });

  it("answers bad input with field errors in the form, not a failure (the days' order once the fields parse)", async () => {
    signInAs(officer);
    const state = await createProjectAction(
      IDLE,
      formData({
        name: "",
        category: "ROADS",
        budget: "12.345",
        plannedStart: "2026-06-30",
        plannedFinish: "2026-01-01",
      }),
    );
    expect(state).toMatchObject({
      status: "error",
      code: "VALIDATION",
      fieldErrors: {
        name: [{ key: "required" }],
        category: [{ key: "required" }],
        budget: [{ key: "money" }],
      },
    });
  });

  it("is not for city staff: they read every county's projects and write none", async () => {
    await expect(createProject(staff, plan())).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("progress updates", () => {
  it("append the note and the state to the history, audited in the same write", async () => {
    const project = await createProject(officer, plan());
    await recordProjectProgress(officer, {
      id: project.id,
      version: project.version,
      status: "IN_PROGRESS",
      progress: 30,
      fundsReceived: "900000",
      spent: "450000.50",
      actualStart: daysAgo(50),
      actualFinish: undefined,
      note: "基础施工完成",
    });
    signInAs(officer);
    const state = await recordProjectProgressAction(
      IDLE,
      formData({
        id: project.id,
        version: await versionOf(project.id),
        status: "COMPLETED",
        progress: 100,
        fundsReceived: "1500000",
        spent: "1480000",
        actualStart: isoDay(daysAgo(50)),
        actualFinish: isoDay(daysAgo(1)),
        note: "竣工验收合格",
      }),
    );
    expect(state).toMatchObject({ status: "success" });
    const updates = await updatesOf(project.id);
    expect(
      updates.map((update) => [update.note, update.status, update.progress, update.spent.toString()]),
    ).toEqual([
      ["基础施工完成", "IN_PROGRESS", 30, "450000.5"],
      ["竣工验收合格", "COMPLETED", 100, "1480000"],
    ]);
    expect(updates.every((update) => update.userId === officer.id)).toBe(true);
    const row = await db().project.findUniqueOrThrow({ where: { id: project.id } });
    expect(row).toMatchObject({ status: "COMPLETED", progress: 100, actualFinish: daysAgo(1) });
    expect((await auditsOf(project.id)).map((audit) => audit.action)).toEqual([
      "create",
      "progress",
      "progress",
    ]);
    // Newest first on the project page.
    expect((await getProject(staff, project.id))?.updates.map((update) => update.note)).toEqual([
      "竣工验收合格",
      "基础施工完成",
    ]);
  });

  it("refuse spending beyond the funds received and a completion without its finish, writing nothing", async () => {
    const project = await createProject(officer, plan());
    signInAs(officer);
    const state = await recordProjectProgressAction(
      IDLE,
      formData({
        id: project.id,
        version: project.version,
        status: "COMPLETED",
        progress: 90,
        fundsReceived: "100",
        spent: "100.01",
        note: "x",
      }),
    );
    expect(state).toMatchObject({
      status: "error",
      fieldErrors: {
        spent: [{ key: "spentOverFunds" }],
        progress: [{ key: "completedProgress" }],
        actualStart: [{ key: "startRequired" }],
        actualFinish: [{ key: "finishRequired" }],
      },
    });
    expect(await updatesOf(project.id)).toEqual([]);
  });

  it("refuse going back to planned once started, and anything after a cancellation", async () => {
    const project = await createProject(officer, plan());
    const started = {
      id: project.id,
      version: project.version,
      status: "IN_PROGRESS" as const,
      progress: 10,
      fundsReceived: "0",
      spent: "0",
      actualStart: daysAgo(5),
      actualFinish: undefined,
      note: "开工",
    };
    await recordProjectProgress(officer, started);
    await expect(
      recordProjectProgress(officer, {
        ...started,
        version: await versionOf(project.id),
        status: "PLANNED",
        progress: 0,
        actualStart: undefined,
      }),
    ).rejects.toMatchObject({ code: "INVALID_STATE", messageKey: "projects.started" });
    signInAs(officer);
    expect(
      await cancelProjectAction(
        IDLE,
        formData({ id: project.id, version: await versionOf(project.id), note: "资金未落实，项目取消" }),
      ),
    ).toMatchObject({
      status: "success",
    });
    await expect(
      recordProjectProgress(officer, { ...started, version: await versionOf(project.id) }),
    ).rejects.toMatchObject({
      code: "INVALID_STATE",
      messageKey: "projects.cancelled",
    });
    await expect(
      cancelProject(officer, { id: project.id, version: await versionOf(project.id), note: "再次取消" }),
    ).rejects.toMatchObject({
      code: "INVALID_STATE",
    });
    const updates = await updatesOf(project.id);
    expect(updates.map((update) => [update.status, update.note])).toEqual([
      ["IN_PROGRESS", "开工"],
      ["CANCELLED", "资金未落实，项目取消"],
    ]);
    expect((await auditsOf(project.id)).map((audit) => audit.action)).toEqual([
      "create",
      "progress",
      "cancel",
    ]);
  });
});

describe("another county's project", () => {
  it("cannot be edited, updated or cancelled by a forged id: nothing changes and nothing is recorded", async () => {
    const theirs = await createProject(
      otherOfficer,
      plan({ schoolId: lixia.schoolId, name: "历下区测试项目" }),
    );
    const before = await db().project.findUniqueOrThrow({ where: { id: theirs.id } });
    const audits = await db().auditLog.count();
    signInAs(officer);
    const states = [
      await updateProjectAction(
        IDLE,
        formData({
          ...plan(),
          id: theirs.id,
          version: theirs.version,
          schoolId: "",
          plannedStart: "2026-01-01",
          plannedFinish: "2026-06-30",
        }),
      ),
      await recordProjectProgressAction(
        IDLE,
        formData({
          id: theirs.id,
          version: theirs.version,
          status: "PLANNED",
          progress: 0,
          fundsReceived: "10",
          spent: "0",
          note: "伪造",
        }),
      ),
      await cancelProjectAction(IDLE, formData({ id: theirs.id, version: theirs.version, note: "伪造" })),
    ];
    for (const state of states) expect(state).toMatchObject({ status: "error", code: "NOT_FOUND" });
    expect(await db().project.findUniqueOrThrow({ where: { id: theirs.id } })).toEqual(before);
    expect(await updatesOf(theirs.id)).toEqual([]);
    expect(await db().auditLog.count()).toBe(audits);
    expect(await getProject(officer, theirs.id)).toBeNull();
  });

  it("keeps a project's school in its county when the plan is corrected", async () => {
    const project = await createProject(officer, plan());
    await expect(
      updateProject(officer, {
        ...plan({ schoolId: lixia.schoolId }),
        id: project.id,
        version: project.version,
      }),
    ).rejects.toMatchObject({
      code: "VALIDATION",
    });
    const corrected = await updateProject(officer, {
      ...plan({ name: "商河县更正项目", schoolId: undefined }),
      id: project.id,
      version: project.version,
    });
    expect(corrected).toMatchObject({ name: "商河县更正项目", schoolId: null, countyId: shanghe.id });
  });
});

describe("the lists and the dashboard", () => {
  const query = (params: Record<string, string>) => projectListQuerySchema.parse(params);

  it("flag overdue projects as the rule says, and filter them in the database", async () => {
    const late = await createProject(
      officer,
      plan({ name: "商河县滞后测试项目", plannedStart: daysAgo(30) }),
    );
    const onTime = await createProject(
      officer,
      plan({
        name: "商河县按期测试项目",
        plannedStart: addDays(TODAY, 10),
        plannedFinish: addDays(TODAY, 200),
      }),
    );
    const found = await listProjects(officer, query({ q: "测试项目", overdue: "yes" }));
    const ids = found.rows.map((row) => row.id);
    expect(ids).toContain(late.id);
    expect(ids).not.toContain(onTime.id);
    expect(found.rows.every((row) => row.isOverdue)).toBe(true);
    const all = await listProjects(officer, query({ q: "测试项目" }));
    expect(all.rows.find((row) => row.id === onTime.id)?.isOverdue).toBe(false);
    expect(all.overdue).toBe(found.total);
  });

  it("show an officer its county only, and city staff every county with a county filter", async () => {
    const own = await listProjects(officer, query({}));
    expect(own.total).toBe(await db().project.count({ where: { countyId: shanghe.id } }));
    expect((await listProjects(officer, query({ county: String(lixia.id) }))).total).toBe(0);
    const city = await listProjects(staff, query({}));
    expect(city.total).toBe(await db().project.count({ where: { county: { cityId: shanghe.cityId } } }));
    expect((await listProjects(staff, query({ county: String(lixia.id) }))).total).toBe(
      await db().project.count({ where: { countyId: lixia.id } }),
    );
  });

  it("page in the database: pages neither repeat nor skip a project", async () => {
    const first = await listProjects(staff, query({ sort: "name", page: "1" }));
    const second = await listProjects(staff, query({ sort: "name", page: "2" }));
    expect(first.total).toBeGreaterThan(30);
    const ids = [...first.rows, ...second.rows].map((row) => row.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("move the county dashboard's project figures with each write", async () => {
    const before = (await getProjectProgress(officer, shanghe.id))!;
    const project = await createProject(
      officer,
      plan({ category: "IT", budget: "200000", plannedStart: daysAgo(3) }),
    );
    const after = (await getProjectProgress(officer, shanghe.id))!;
    const it = (progress: typeof before) => progress.byCategory.find((row) => row.category === "IT");
    expect((it(after)?.counts.PLANNED ?? 0) - (it(before)?.counts.PLANNED ?? 0)).toBe(1);
    expect((it(after)?.budget ?? 0) - (it(before)?.budget ?? 0)).toBe(200_000);
    expect(after.delayed - before.delayed).toBe(1);
    await cancelProject(officer, { id: project.id, version: project.version, note: "取消" });
    const cancelled = (await getProjectProgress(officer, shanghe.id))!;
    expect(cancelled.delayed).toBe(before.delayed);
    expect(it(cancelled)?.counts.CANCELLED).toBe((it(before)?.counts.CANCELLED ?? 0) + 1);
  });
});
