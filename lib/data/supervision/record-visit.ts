import "server-only";
import { assertCan } from "@/lib/auth/permissions";
import { countyScopeWhere, inScope } from "@/lib/auth/scope";
import { recordAudit } from "@/lib/data/audit/record-audit";
import type { SessionUser } from "@/lib/data/auth/session-user";
import { db } from "@/lib/db";
import { AppError, notFoundError } from "@/lib/errors";
import type { RecordVisitInput } from "@/lib/schemas/supervision";

const fieldError = (field: string, key: string) =>
  new AppError("VALIDATION", { details: { fieldErrors: { [field]: [{ key }] } } });

/**
 * Records a supervision visit to a county of the user's scope or one of its schools (by 学校标识码), with its
 * inspectors (active users of the user's city, or names) and findings, in one transaction with its audit record.
 */
export async function recordSupervisionVisit(actor: SessionUser, input: RecordVisitInput) {
  assertCan(actor, "supervision:record");
  return db().$transaction(async (tx) => {
    const county = await tx.county.findFirst({
      where: inScope({ id: input.countyId }, countyScopeWhere(actor)),
      select: { id: true, cityId: true },
    });
    if (!county) throw notFoundError();
    const school = input.schoolCode
      ? await tx.school.findFirst({
          where: { code: input.schoolCode, countyId: county.id },
          select: { id: true },
        })
      : null;
    if (input.schoolCode && !school) throw fieldError("schoolCode", "problemSchoolNotInCounty");
    const ids = [...new Set(input.inspectorIds)];
    // Inspectors named by account are the city's own active users; a forged id of another city is refused.
    const users = await tx.user.findMany({
      where: { id: { in: ids }, cityId: actor.cityId, isActive: true },
      select: { id: true, displayName: true },
    });
    if (users.length !== ids.length) throw fieldError("inspectorIds", "invalid");
    const visit = await tx.supervisionVisit.create({
      data: {
        cityId: county.cityId,
        countyId: county.id,
        schoolId: school?.id ?? null,
        kind: input.kind,
        visitedOn: input.visitedOn,
        summary: input.summary,
        recordedById: actor.id,
        inspectors: {
          create: [
            ...users.map((user) => ({ userId: user.id, name: user.displayName.slice(0, 50) })),
            ...input.inspectorNames.map((name) => ({ name })),
          ],
        },
        findings: {
          create: input.findings.map((description, index) => ({ position: index + 1, description })),
        },
      },
      select: { id: true },
    });
    await recordAudit(tx, actor, {
      action: "create",
      entity: "supervision_visit",
      entityId: visit.id,
      after: { ...input, schoolId: school?.id ?? null },
    });
    return visit;
  });
}
