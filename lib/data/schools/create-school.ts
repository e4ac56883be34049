import "server-only";
import { assertCan } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/data/audit/record-audit";
import type { SessionUser } from "@/lib/data/auth/session-user";
import { db } from "@/lib/db";
import { locationClassOfCode } from "@/lib/indicators/urban-rural-code";
import type { SchoolFieldsInput } from "@/lib/schemas/schools";
import {
  assertSchoolCodeFree,
  AUDITED_SCHOOL_FIELDS,
  loadScopedTown,
  withSchoolCodeRace,
} from "./school-access";

/**
 * Adds a school to the register in a town of the user's scope (a county officer: its county's towns only). Its
 * location class is derived from the 城乡分类代码 (decision 0019).
 */
export async function createSchool(actor: SessionUser, input: SchoolFieldsInput) {
  assertCan(actor, "schools:manage");
  return withSchoolCodeRace(() =>
    db().$transaction(async (tx) => {
      const place = await loadScopedTown(tx, actor, input.townId);
      await assertSchoolCodeFree(tx, input.code);
      const school = await tx.school.create({
        data: {
          ...input,
          ...place,
          locationClass: locationClassOfCode(input.urbanRuralCode),
        },
        select: AUDITED_SCHOOL_FIELDS,
      });
      await recordAudit(tx, actor, {
        action: "create",
        entity: "school",
        entityId: school.id,
        after: school,
      });
      return school;
    }),
  );
}
