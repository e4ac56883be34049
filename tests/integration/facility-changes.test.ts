// A facility value far from the school's previous record (170 typed for 1,700,000 元) is saved only once the user
// confirms it (issue 22): the refusal names the field with the old and new value, and writes nothing.
import { describe, expect, it } from "vitest";
import { IDLE } from "@/lib/actions/action-state";
import { saveFacilityRecordAction } from "@/lib/actions/facilities";
import { db } from "@/lib/db";
import { FACILITY_FIELD_NAMES } from "@/lib/schemas/facilities";
import { sessionUserFor } from "../support/session-user";
import { signInAs } from "./support/session";

describe("a facility value far from the previous record", () => {
  it("asks for confirmation naming the old and new value, then saves once confirmed", async () => {
    const principal = await sessionUserFor("jinan.principal");
    const previous = await db().facilityRecord.findFirstOrThrow({
      where: { schoolId: principal.schoolId! },
      orderBy: { schoolYear: "desc" },
    });
    expect(previous.equipmentValue.toNumber()).toBeGreaterThan(170 * 3);
    const schoolYear = previous.schoolYear + 1;
    const form = (confirm: boolean) => {
      const data = new FormData();
      data.set("schoolId", String(principal.schoolId));
      data.set("schoolYear", String(schoolYear));
      data.set("version", "0");
      for (const field of FACILITY_FIELD_NAMES) {
        const value = previous[field];
        if (typeof value === "boolean") {
          if (value) data.set(field, "on");
        } else data.set(field, String(value));
      }
      data.set("equipmentValue", "170");
      if (confirm) data.set("confirmLargeChanges", "on");
      return data;
    };
    signInAs(principal);
    const audits = await db().auditLog.count({ where: { entity: "facility_record" } });

    const refused = await saveFacilityRecordAction(IDLE, form(false));
    expect(refused).toMatchObject({
      status: "error",
      code: "VALIDATION",
      fieldErrors: {
        equipmentValue: [
          {
            key: "largeChange",
            params: {
              before: previous.equipmentValue.toNumber(),
              after: 170,
              year: previous.schoolYear,
              factor: 3,
            },
          },
        ],
        confirmLargeChanges: [{ key: "confirmLargeChanges" }],
      },
    });
    // Only the value that moved is questioned.
    expect(Object.keys((refused as { fieldErrors: object }).fieldErrors).sort()).toEqual([
      "confirmLargeChanges",
      "equipmentValue",
    ]);
    expect(await db().facilityRecord.count({ where: { schoolId: principal.schoolId!, schoolYear } })).toBe(0);
    expect(await db().auditLog.count({ where: { entity: "facility_record" } })).toBe(audits);

    expect(await saveFacilityRecordAction(IDLE, form(true))).toMatchObject({ status: "success" });
    const saved = await db().facilityRecord.findUniqueOrThrow({
      where: { schoolId_schoolYear: { schoolId: principal.schoolId!, schoolYear } },
    });
    expect(saved.equipmentValue.toNumber()).toBe(170);
  });
});
