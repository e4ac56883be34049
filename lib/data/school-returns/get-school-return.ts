import "server-only";
import type { SessionUser } from "@/lib/data/auth/session-user";
import {
  changedEntries,
  PERIOD_NAME_FIELDS,
  schemaFieldsOf,
  unsafeLoadFormFields,
  unsafeLoadPreviousPeriodValues,
  unsafeLoadFormRules,
} from "@/lib/data/submissions/submission-access";
import { db } from "@/lib/db";
import { isAppError } from "@/lib/errors";
import type { FormRules, ReportedField } from "@/lib/schemas/submissions";
import { schoolReturnActions, SUBMISSION_WORKFLOW } from "@/lib/workflows/submissions";
import { loadScopedSchoolReturn, schoolReturnSubject } from "./school-return-access";

/**
 * A school's return as its page shows it: the collection's fields with the school's values, the county's reason if
 * it came back, and what the user may do with it (the same workflow decides the page and the guards). Null when
 * missing or out of scope.
 */
export async function getSchoolReturn(user: SessionUser, returnId: number) {
  const client = db();
  let access;
  try {
    access = await loadScopedSchoolReturn(client, user, returnId, "school-returns:view");
  } catch (error) {
    if (isAppError(error) && error.code === "NOT_FOUND") return null;
    throw error;
  }
  const [found, fields, rules, previousValues, steps] = await Promise.all([
    client.schoolReturn.findUniqueOrThrow({
      where: { id: access.id },
      select: {
        id: true,
        state: true,
        version: true,
        isLate: true,
        submittedAt: true,
        approvedAt: true,
        returnedAt: true,
        returnReason: true,
        lastActivityAt: true,
        school: {
          select: { id: true, name: true, county: { select: { id: true, name: true, nameEn: true } } },
        },
        period: { select: { id: true, quarter: true, state: true, deadline: true, ...PERIOD_NAME_FIELDS } },
        values: { select: { indicatorKey: true, value: true, note: true } },
      },
    }),
    unsafeLoadFormFields(client, access.school.countyId, access.period),
    unsafeLoadFormRules(client, access.period.cityId),
    unsafeLoadPreviousPeriodValues(client, access.period, { schoolId: access.school.id }),
    // A return's value history is its audit trail: every save and submit records each change, old and new.
    client.auditLog.findMany({
      where: { entity: "school_return", entityId: String(access.id), action: { in: ["save", "submit"] } },
      orderBy: { id: "desc" },
      select: { id: true, at: true, after: true, actor: { select: { displayName: true } } },
    }),
  ]);
  const changesOf = valueChangesOf(steps);
  const { values, ...view } = found;
  const valueOf = new Map(values.map((row) => [row.indicatorKey, row]));
  const subject = schoolReturnSubject(found);
  const actions = schoolReturnActions(user.role, subject);
  const edit = SUBMISSION_WORKFLOW.decide("save", subject);
  return {
    ...view,
    rules,
    // A school's own form: the county's computed figures are not the school's business.
    fields: fields.map(({ computed: _computed, ...field }) => {
      const row = valueOf.get(field.key);
      return {
        ...field,
        computed: null,
        lastValue: previousValues.get(field.key) ?? null,
        value: row?.value == null ? null : Number(row.value),
        note: row?.note ?? null,
        returnComment: null,
        changes: changesOf.get(field.key) ?? [],
      };
    }),
    canEdit: actions.includes("save"),
    canReview: actions.includes("approve"),
    editRefusal: edit.isAllowed ? null : edit.refusal,
  };
}

/** One change of a value as the form's history lists it. */
interface ValueChange {
  id: number;
  oldValue: number | null;
  newValue: number | null;
  oldNote: string | null;
  newNote: string | null;
  changedAt: Date;
  changedBy: string;
}

/** The audit records' `changed` (lib/data/submissions/submission-access.ts `changedEntries`) by item, newest first. */
function valueChangesOf(
  steps: { id: bigint; at: Date; after: unknown; actor: { displayName: string } | null }[],
): Map<string, ValueChange[]> {
  const byKey = new Map<string, ValueChange[]>();
  for (const step of steps) {
    const changed = (step.after as { changed?: ReturnType<typeof changedEntries> } | null)?.changed ?? {};
    for (const [key, { before, after }] of Object.entries(changed)) {
      const list = byKey.get(key) ?? [];
      list.push({
        id: Number(step.id),
        oldValue: before?.value ?? null,
        newValue: after.value,
        oldNote: before?.note ?? null,
        newNote: after.note,
        changedAt: step.at,
        changedBy: step.actor?.displayName ?? "",
      });
      byKey.set(key, list);
    }
  }
  return byKey;
}

export type SchoolReturnView = NonNullable<Awaited<ReturnType<typeof getSchoolReturn>>>;

/**
 * What the return form's schema needs (the collection's fields, the city's rules). Writers ask with
 * `school-returns:edit`, so a forged write by a reader is refused before its payload is looked at.
 */
export async function getSchoolReturnRules(
  user: SessionUser,
  returnId: number,
): Promise<{ fields: ReportedField[]; rules: FormRules }> {
  const client = db();
  const found = await loadScopedSchoolReturn(client, user, returnId, "school-returns:edit");
  const [fields, rules] = await Promise.all([
    unsafeLoadFormFields(client, found.school.countyId, found.period),
    unsafeLoadFormRules(client, found.period.cityId),
  ]);
  return { fields: schemaFieldsOf(fields), rules };
}
