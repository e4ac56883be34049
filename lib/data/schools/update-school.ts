import "server-only";
import { assertCan } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/data/audit/record-audit";
import type { SessionUser } from "@/lib/data/auth/session-user";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { locationClassOfCode } from "@/lib/indicators/urban-rural-code";
import type { UpdateSchoolInput } from "@/lib/schemas/schools";
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
 * (decision 0019).
 */
export async function updateSchool(actor: SessionUser, { id, ...input }: UpdateSchoolInput) {
  assertCan(actor, "schools:manage");
  return withSchoolCodeRace(() =>
    db().$transaction(async (tx) => {
      const before = await loadScopedSchool(tx, actor, id);
      const place = await loadScopedTown(tx, actor, input.townId);
      if (place.countyId !== before.countyId)
        throw new AppError("INVALID_STATE", { messageKey: "schools.otherCounty" });
      await assertSchoolCodeFree(tx, input.code, id);
      const after = await tx.school.update({
        where: { id },
        data: { ...input, ...place, locationClass: locationClassOfCode(input.urbanRuralCode) },
        select: AUDITED_SCHOOL_FIELDS,
      });
      await recordAudit(tx, actor, { action: "update", entity: "school", entityId: id, before, after });
      return after;
    }),
  );
}
