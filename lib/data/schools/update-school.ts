import "server-only";
import { assertCan } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/data/audit/record-audit";
import type { SessionUser } from "@/lib/data/auth/session-user";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { planStateChange } from "@/lib/indicators/dated-school-state";
import { locationClassOfCode } from "@/lib/indicators/urban-rural-code";
import type { UpdateSchoolInput } from "@/lib/schemas/schools";
import { businessDay } from "@/lib/utils/periods";
import {
  assertSchoolCodeFree,
  AUDITED_SCHOOL_FIELDS,
  loadScopedSchool,
  loadScopedTown,
  withSchoolCodeRace,
} from "./school-access";

/**
 * Corrects a school of the user's scope; it may move to another town of its county, not to another county (its
 * teachers, groups, projects and principals belong to the county). The location class follows the 城乡分类代码
 * (decision 0019). A change of the code or the town-seat flag keeps the state before it, ending on the effective day,
 * unless it corrects a mistake (decision 0024).
 */
export async function updateSchool(actor: SessionUser, input: UpdateSchoolInput, now: Date = new Date()) {
  assertCan(actor, "schools:manage");
  return withSchoolCodeRace(() => db().$transaction((tx) => writeSchoolUpdate(tx, actor, input, now)));
}

/**
 * The county's edit inside the caller's transaction, after the caller's permission check: an accepted correction
 * proposal (lib/data/school-proposals) goes through it too, so both write and audit a school alike.
 */
export async function writeSchoolUpdate(
  tx: Prisma.TransactionClient,
  actor: SessionUser,
  { id, stateChange, effectiveOn, ...input }: UpdateSchoolInput,
  now: Date,
) {
  const before = await loadScopedSchool(tx, actor, id);
  const place = await loadScopedTown(tx, actor, input.townId);
  if (place.countyId !== before.countyId)
    throw new AppError("INVALID_STATE", { messageKey: "schools.otherCounty" });
  await assertSchoolCodeFree(tx, input.code, id);
  const today = businessDay(now);
  const locationClass = locationClassOfCode(input.urbanRuralCode);
  const lastChange = await tx.schoolPastState.findFirst({
    where: { schoolId: id },
    orderBy: { validUntil: "desc" },
    select: { validUntil: true },
  });
  const plan = planStateChange(
    before,
    { urbanRuralCode: input.urbanRuralCode, locationClass, isTownSeat: input.isTownSeat },
    stateChange === "correction"
      ? { kind: "correction" }
      : { kind: "dated", effectiveOn: effectiveOn ?? today },
    { lastChangeOn: lastChange?.validUntil ?? null, today },
  );
  if (!plan.ok)
    throw new AppError("VALIDATION", {
      messageKey: `schools.${plan.refusal}`,
      details: { fieldErrors: { effectiveOn: [{ key: plan.refusal }] } },
    });
  if (plan.pastState)
    await tx.schoolPastState.create({
      data: { schoolId: id, countyId: before.countyId, ...plan.pastState },
    });
  const after = await tx.school.update({
    where: { id },
    data: { ...input, ...place, locationClass },
    select: AUDITED_SCHOOL_FIELDS,
  });
  await recordAudit(tx, actor, {
    action: "update",
    entity: "school",
    entityId: id,
    before,
    after: plan.pastState ? { ...after, stateChangedOn: plan.pastState.validUntil } : after,
  });
  return after;
}
