// Optimistic concurrency of projects (decision 0023, decision 0031): a plan edit, a progress update and a cancelling
// name the version they read; of 20 parallel writers of one version exactly one wins, the 19 others are refused
// with the other person's change; a plan save that changes nothing writes nothing.
import { beforeAll, describe, expect, it } from "vitest";
import { IDLE } from "@/lib/actions/action-state";
import { updateProjectAction } from "@/lib/actions/projects";
import type { SessionUser } from "@/lib/data/auth/session-user";
import { createProject } from "@/lib/data/projects/create-project";
import { cancelProject, recordProjectProgress } from "@/lib/data/projects/record-project-progress";
import { updateProject } from "@/lib/data/projects/update-project";
import { db } from "@/lib/db";
import type { ProjectPlanInput } from "@/lib/schemas/projects";
import { addDays, businessDay, isoDay } from "@/lib/utils/periods";
import { formData } from "../support/form-data";
import { sessionUserFor } from "../support/session-user";
import { outcome } from "./support/outcome";
import { signInAs } from "./support/session";

const TODAY = businessDay(new Date());
let officer: SessionUser;

const PLAN: ProjectPlanInput = {
  name: "版本测试项目",
  category: "EQUIPMENT",
  schoolId: undefined,
  budget: "800000",
  plannedStart: addDays(TODAY, -30),
  plannedFinish: addDays(TODAY, 90),
  newPlaces: 0,
};

const row = (id: number) => db().project.findUniqueOrThrow({ where: { id } });
const audits = (id: number) => db().auditLog.count({ where: { entity: "project", entityId: String(id) } });
const updates = (id: number) => db().projectUpdate.count({ where: { projectId: id } });

beforeAll(async () => {
  officer = await sessionUserFor("jinan.shanghe");
});

describe("project versions", () => {
  it("starts a new project at version 1 and moves it on with every write", async () => {
    const project = await createProject(officer, PLAN);
    expect(project.version).toBe(1);
    await updateProject(officer, { ...PLAN, id: project.id, version: 1, name: "版本测试项目（更正）" });
    await recordProjectProgress(officer, {
      id: project.id,
      version: 2,
      status: "IN_PROGRESS",
      progress: 10,
      fundsReceived: "100000",
      spent: "0",
      actualStart: addDays(TODAY, -10),
      actualFinish: undefined,
      note: "开工",
    });
    await cancelProject(officer, { id: project.id, version: 3, note: "取消" });
    expect((await row(project.id)).version).toBe(4);
  });

  it("appends exactly one of 20 parallel progress updates of the same version, refusing the others", async () => {
    const project = await createProject(officer, PLAN);
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, index) =>
        outcome(
          recordProjectProgress(officer, {
            id: project.id,
            version: 1,
            status: "IN_PROGRESS",
            progress: index + 1,
            fundsReceived: "100000",
            spent: "0",
            actualStart: addDays(TODAY, -5),
            actualFinish: undefined,
            note: `第 ${index + 1} 次更新`,
          }),
        ),
      ),
    );
    expect(results.filter((result) => result.saved)).toHaveLength(1);
    expect(results.filter((result) => result.refused?.code === "STALE_VERSION")).toHaveLength(19);
    expect(await updates(project.id)).toBe(1);
    const winner = results.findIndex((result) => result.saved);
    expect(await row(project.id)).toMatchObject({ version: 2, progress: winner + 1 });
    const refusal = results.find((result) => result.refused)!.refused!;
    expect(refusal.details).toMatchObject({ changes: [{ field: "progress", current: winner + 1 }] });
  });

  it("lets exactly one of 20 parallel plan saves of the same version through, and tells the 19 others what changed", async () => {
    const project = await createProject(officer, PLAN);
    const auditsBefore = await audits(project.id);
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, index) =>
        outcome(
          updateProject(officer, { ...PLAN, id: project.id, version: 1, budget: String(900000 + index) }),
        ),
      ),
    );
    const winners = results.flatMap((result, index) => (result.saved ? [index] : []));
    expect(winners).toHaveLength(1);
    const refusals = results.flatMap((result) => (result.refused ? [result.refused] : []));
    expect(refusals).toHaveLength(19);
    expect(refusals.every((refusal) => refusal.code === "STALE_VERSION")).toBe(true);
    const after = await row(project.id);
    const winner = winners[0]!;
    expect(after.version).toBe(2);
    expect(after.budget.toString()).toBe(String(900000 + winner));
    expect(await audits(project.id)).toBe(auditsBefore + 1);
    const loser = results.findIndex((result) => result.refused);
    expect(refusals[0]!).toMatchObject({ messageKey: "staleRecord", params: { who: officer.displayName } });
    expect(refusals[0]!.details).toMatchObject({
      version: 2,
      changedBy: officer.displayName,
      changes: [{ field: "budget", current: 900000 + winner, yours: 900000 + loser }],
    });
  });

  it("makes an open plan form stale after a progress update, through the form's hidden version", async () => {
    const project = await createProject(officer, PLAN);
    await recordProjectProgress(officer, {
      id: project.id,
      version: 1,
      status: "IN_PROGRESS",
      progress: 20,
      fundsReceived: "0",
      spent: "0",
      actualStart: TODAY,
      actualFinish: undefined,
      note: "开工",
    });
    signInAs(officer);
    const state = await updateProjectAction(
      IDLE,
      formData({
        ...PLAN,
        schoolId: "",
        plannedStart: isoDay(PLAN.plannedStart),
        plannedFinish: isoDay(PLAN.plannedFinish),
        id: project.id,
        version: 1,
        name: "过期表单",
      }),
    );
    expect(state).toMatchObject({
      status: "error",
      code: "STALE_VERSION",
      messageKey: "staleRecord",
      params: { who: officer.displayName },
    });
    expect((await row(project.id)).name).toBe(PLAN.name);
  });

  it("writes nothing for a plan save that changes nothing, and answers it as saved", async () => {
    const project = await createProject(officer, PLAN);
    const auditsBefore = await audits(project.id);
    await updateProject(officer, { ...PLAN, id: project.id, version: 1 });
    expect((await row(project.id)).version).toBe(1);
    expect(await audits(project.id)).toBe(auditsBefore);
  });
});
