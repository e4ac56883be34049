import "server-only";
import { assertCan } from "@/lib/auth/permissions";
import { inScope, supervisionScopeWhere } from "@/lib/auth/scope";
import { recordAudit } from "@/lib/data/audit/record-audit";
import type { SessionUser } from "@/lib/data/auth/session-user";
import { duplicateProblem } from "@/lib/data/problems/create-problem";
import { db } from "@/lib/db";
import { AppError, isUniqueViolation, notFoundError } from "@/lib/errors";
import type { RaiseFindingInput } from "@/lib/schemas/supervision";

/** The item a raised finding is recorded under: one open problem per finding. */
const findingItemKey = (findingId: number) => `supervision.finding.${findingId}`;

/**
 * Raises a finding of a visit of the user's scope as a problem of the 整改台账 (source SUPERVISION) at the unit
 * visited, in one step: the problem, its first history row, the finding's link and both audit records together. A
 * finding already raised is a conflict (its row is locked, so two clicks at once raise it once).
 */
export async function raiseSupervisionFinding(actor: SessionUser, input: RaiseFindingInput) {
  assertCan(actor, "supervision:record");
  assertCan(actor, "problems:create");
  try {
    return await db().$transaction(async (tx) => {
      const found = await tx.supervisionFinding.findFirst({
        where: { id: input.findingId, visit: inScope({}, supervisionScopeWhere(actor)) },
        select: { id: true },
      });
      if (!found) throw notFoundError();
      await tx.$executeRaw`SELECT 1 FROM supervision_findings WHERE id = ${found.id} FOR UPDATE`;
      const finding = await tx.supervisionFinding.findUniqueOrThrow({
        where: { id: found.id },
        select: {
          id: true,
          description: true,
          problemId: true,
          visit: {
            select: {
              id: true,
              cityId: true,
              countyId: true,
              schoolId: true,
              county: { select: { name: true } },
              school: { select: { name: true } },
            },
          },
        },
      });
      if (finding.problemId !== null)
        throw new AppError("CONFLICT", { messageKey: "supervision.alreadyRaised" });
      const { visit } = finding;
      const problem = await tx.problem.create({
        data: {
          cityId: visit.cityId,
          countyId: visit.countyId,
          schoolId: visit.schoolId,
          source: "SUPERVISION",
          itemKey: findingItemKey(finding.id),
          description: finding.description,
          responsibleUnit: (visit.school?.name ?? visit.county.name).slice(0, 100),
          responsiblePerson: "",
          deadline: input.deadline,
          createdById: actor.id,
        },
        select: { id: true, state: true },
      });
      await tx.problemEvent.create({
        data: { problemId: problem.id, action: "create", toState: problem.state, actorId: actor.id },
      });
      await tx.supervisionFinding.update({ where: { id: finding.id }, data: { problemId: problem.id } });
      await recordAudit(tx, actor, {
        action: "create",
        entity: "problem",
        entityId: problem.id,
        countyId: visit.countyId,
        after: { source: "SUPERVISION", findingId: finding.id, deadline: input.deadline },
      });
      await recordAudit(tx, actor, {
        action: "raise",
        entity: "supervision_visit",
        entityId: visit.id,
        after: { findingId: finding.id, problemId: problem.id },
      });
      return problem;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw duplicateProblem();
    throw error;
  }
}
