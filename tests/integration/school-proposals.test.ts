// School correction proposals (issue 15, 更正申请): a principal proposes corrections of its own school's register
// entry; the county officer of the school's county accepts them, through the county's own edit and in one
// transaction with the proposal, or rejects them with a reason.
import { beforeAll, describe, expect, it } from "vitest";
import { IDLE } from "@/lib/actions/action-state";
import { proposeSchoolCorrectionAction } from "@/lib/actions/school-proposals";
import type { SessionUser } from "@/lib/data/auth/session-user";
import {
  acceptSchoolProposal,
  rejectSchoolProposal,
  withdrawSchoolProposal,
} from "@/lib/data/school-proposals/decide-school-proposal";
import {
  countPendingSchoolProposals,
  listSchoolProposals,
} from "@/lib/data/school-proposals/list-school-proposals";
import { proposeSchoolCorrection } from "@/lib/data/school-proposals/propose-school-correction";
import { db } from "@/lib/db";
import { PROPOSABLE_SCHOOL_FIELDS } from "@/lib/schemas/schools";
import { rejectSchoolProposalSchema } from "@/lib/schemas/school-proposals";
import { formData } from "../support/form-data";
import { outcome } from "./support/outcome";
import { sessionUserFor } from "../support/session-user";
import { signInAs } from "./support/session";

let principal: SessionUser;
let officer: SessionUser;
let otherOfficer: SessionUser;

const registerOf = (id: number) =>
  db().school.findUniqueOrThrow({
    where: { id },
    select: { ...PROPOSABLE_SCHOOL_FIELDS, updatedAt: true },
  });

async function proposal(schoolId: number, changes: Record<string, unknown>) {
  const { updatedAt: _read, ...current } = await registerOf(schoolId);
  return {
    ...current,
    urbanRuralCode: current.urbanRuralCode as "220",
    ...changes,
    schoolId,
    note: "学校名称有误",
  };
}

beforeAll(async () => {
  principal = await sessionUserFor("jinan.principal");
  officer = await sessionUserFor("jinan.shanghe");
  otherOfficer = await sessionUserFor("weifang.qingzhou").catch(async () => otherCountyOfficer());
});

async function otherCountyOfficer() {
  const other = await db().user.findFirstOrThrow({
    where: { role: "COUNTY_OFFICER", NOT: { countyId: officer.countyId } },
    select: { loginName: true },
  });
  return sessionUserFor(other.loginName);
}

describe("school correction proposals", () => {
  it("a principal proposes for its own school; only the changed fields are kept, and it is audited", async () => {
    const schoolId = principal.schoolId!;
    const made = await proposeSchoolCorrection(
      principal,
      await proposal(schoolId, { name: "更正后的校名一" }),
    );
    expect(made.changes).toEqual({ name: "更正后的校名一" });
    expect(made.state).toBe("PENDING");
    const audit = await db().auditLog.findFirstOrThrow({
      where: { entity: "school_proposal", entityId: String(made.id), action: "propose_correction" },
    });
    expect(audit.actorId).toBe(principal.id);
    await withdrawSchoolProposal(principal, { id: made.id });
  });

  it("a forged id of another school is refused as missing and nothing is written", async () => {
    const other = await db().school.findFirstOrThrow({
      where: { id: { not: principal.schoolId! } },
      select: { id: true },
    });
    const before = await db().schoolProposal.count();
    const { refused } = await outcome(
      proposeSchoolCorrection(principal, await proposal(other.id, { name: "伪造的校名" })),
    );
    expect(refused?.code).toBe("NOT_FOUND");
    expect(await db().schoolProposal.count()).toBe(before);
    expect((await registerOf(other.id)).name).not.toBe("伪造的校名");
  });

  it("the form action parses the form and proposes", async () => {
    signInAs(principal);
    const fields = await proposal(principal.schoolId!, { name: "表单更正校名" });
    const { isTownSeat, isTownCentralKindergarten, isBoarding, ...rest } = fields;
    const state = await proposeSchoolCorrectionAction(
      IDLE,
      formData({
        ...rest,
        ...(isTownSeat ? { isTownSeat: "on" } : {}),
        ...(isTownCentralKindergarten ? { isTownCentralKindergarten: "on" } : {}),
        ...(isBoarding ? { isBoarding: "on" } : {}),
      }),
    );
    expect(state).toMatchObject({ status: "success" });
    const made = await db().schoolProposal.findFirstOrThrow({
      where: { schoolId: principal.schoolId!, state: "PENDING" },
      orderBy: { id: "desc" },
    });
    expect(made.changes).toEqual({ name: "表单更正校名" });
    await withdrawSchoolProposal(principal, { id: made.id });
  });

  it("the county officer accepts: the school is updated, the proposal accepted, both audited", async () => {
    const schoolId = principal.schoolId!;
    const made = await proposeSchoolCorrection(principal, await proposal(schoolId, { name: "采纳后的校名" }));
    await acceptSchoolProposal(officer, { id: made.id });
    expect((await registerOf(schoolId)).name).toBe("采纳后的校名");
    const stored = await db().schoolProposal.findUniqueOrThrow({ where: { id: made.id } });
    expect(stored).toMatchObject({ state: "ACCEPTED", decidedById: officer.id });
    const actions = await db().auditLog.findMany({
      where: {
        OR: [
          { entity: "school_proposal", entityId: String(made.id) },
          { entity: "school", entityId: String(schoolId), action: "update", actorId: officer.id },
        ],
      },
      orderBy: { id: "desc" },
      take: 3,
      select: { action: true },
    });
    expect(actions.map((row) => row.action)).toEqual(["accept_correction", "update", "propose_correction"]);
  });

  it("a school written since the proposal is a conflict: nothing changes", async () => {
    const schoolId = principal.schoolId!;
    const made = await proposeSchoolCorrection(principal, await proposal(schoolId, { name: "过时的更正" }));
    await db().school.update({
      where: { id: schoolId },
      data: { isBoarding: (await registerOf(schoolId)).isBoarding },
    });
    const before = await registerOf(schoolId);
    const { refused } = await outcome(acceptSchoolProposal(officer, { id: made.id }));
    expect(refused?.code).toBe("STALE_VERSION");
    expect(refused?.messageKey).toBe("schoolProposals.schoolChanged");
    expect(await registerOf(schoolId)).toEqual(before);
    expect((await db().schoolProposal.findUniqueOrThrow({ where: { id: made.id } })).state).toBe("PENDING");
    await rejectSchoolProposal(officer, { id: made.id, reason: "学校信息已变更" });
  });

  it("another county's officer cannot accept, and the proposal stays pending", async () => {
    const schoolId = principal.schoolId!;
    const made = await proposeSchoolCorrection(principal, await proposal(schoolId, { name: "他县不能采纳" }));
    const { refused } = await outcome(acceptSchoolProposal(otherOfficer, { id: made.id }));
    expect(refused?.code).toBe("NOT_FOUND");
    expect((await db().schoolProposal.findUniqueOrThrow({ where: { id: made.id } })).state).toBe("PENDING");
    expect((await registerOf(schoolId)).name).not.toBe("他县不能采纳");
    await withdrawSchoolProposal(principal, { id: made.id });
  });

  it("a rejection needs a reason, which the principal then reads; a decided proposal cannot be decided again", async () => {
    expect(rejectSchoolProposalSchema.safeParse({ id: 1, reason: "  " }).success).toBe(false);
    const schoolId = principal.schoolId!;
    const made = await proposeSchoolCorrection(principal, await proposal(schoolId, { name: "要驳回的校名" }));
    await rejectSchoolProposal(officer, { id: made.id, reason: "校名以批文为准" });
    const { rows } = await listSchoolProposals(principal, { page: 1, schoolId });
    expect(rows.find((row) => row.id === made.id)).toMatchObject({
      state: "REJECTED",
      rejectReason: "校名以批文为准",
    });
    const { refused } = await outcome(acceptSchoolProposal(officer, { id: made.id }));
    expect(refused?.code).toBe("INVALID_STATE");
  });

  it("a proposal that changes nothing is refused", async () => {
    const { refused } = await outcome(
      proposeSchoolCorrection(principal, await proposal(principal.schoolId!, {})),
    );
    expect(refused?.messageKey).toBe("schoolProposals.nothingChanged");
  });

  it("the review badge counts the pending proposals of the officer's county only, and the list shows the register's value beside the proposed one", async () => {
    const schoolId = principal.schoolId!;
    const before = await countPendingSchoolProposals(officer);
    const otherBefore = await countPendingSchoolProposals(otherOfficer);
    const made = await proposeSchoolCorrection(principal, await proposal(schoolId, { name: "计数用的校名" }));
    expect(await countPendingSchoolProposals(officer)).toBe(before + 1);
    expect(await countPendingSchoolProposals(otherOfficer)).toBe(otherBefore);
    const { rows } = await listSchoolProposals(officer, { page: 1 });
    const row = rows.find((candidate) => candidate.id === made.id)!;
    expect(row.changes).toEqual({ name: "计数用的校名" });
    expect(row.school.name).toBe((await registerOf(schoolId)).name);
    await withdrawSchoolProposal(principal, { id: made.id });
    expect(await countPendingSchoolProposals(officer)).toBe(before);
  });
});
