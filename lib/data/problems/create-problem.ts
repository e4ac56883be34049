import "server-only";
import { assertCan } from "@/lib/auth/permissions";
import { countyScopeWhere, inScope } from "@/lib/auth/scope";
import { recordAudit } from "@/lib/data/audit/record-audit";
import type { SessionUser } from "@/lib/data/auth/session-user";
import { db } from "@/lib/db";
import { AppError, isUniqueViolation, notFoundError } from "@/lib/errors";
import type { CreateProblemInput } from "@/lib/schemas/problems";

/**
 * Records a problem by hand at a county of the user's scope or at one of its schools (named by 学校标识码). An open
 * problem of the same unit and item already exists → a field error on the item (the partial unique index decides,
 * so two writers at once cannot both add one).
 */
export async function createProblem(actor: SessionUser, input: CreateProblemInput) {
  assertCan(actor, "problems:create");
  const { schoolCode, ...values } = input;
  try {
    return await db().$transaction(async (tx) => {
      const county = await tx.county.findFirst({
        where: inScope({ id: input.countyId }, countyScopeWhere(actor)),
        select: { id: true, cityId: true },
      });
      if (!county) throw notFoundError();
      const school = schoolCode
        ? await tx.school.findFirst({
            where: { code: schoolCode, countyId: county.id },
            select: { id: true },
          })
        : null;
      if (schoolCode && !school)
        throw new AppError("VALIDATION", {
          messageKey: "problems.schoolNotInCounty",
          details: { fieldErrors: { schoolCode: [{ key: "problemSchoolNotInCounty" }] } },
        });
      const created = await tx.problem.create({
        data: { ...values, cityId: county.cityId, schoolId: school?.id ?? null, createdById: actor.id },
        select: { id: true, state: true },
      });
      await tx.problemEvent.create({
        data: { problemId: created.id, action: "create", toState: created.state, actorId: actor.id },
      });
      await recordAudit(tx, actor, {
        action: "create",
        entity: "problem",
        entityId: created.id,
        countyId: county.id,
        after: { ...values, schoolId: school?.id ?? null, state: created.state },
      });
      return created;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw duplicateProblem();
    throw error;
  }
}

export const duplicateProblem = () =>
  new AppError("CONFLICT", {
    messageKey: "problems.duplicate",
    details: { fieldErrors: { itemKey: [{ key: "problemDuplicate" }] } },
  });
