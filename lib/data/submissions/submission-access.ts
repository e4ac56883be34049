import "server-only";
import { assertCan, type Permission } from "@/lib/auth/permissions";
import { inScope, submissionScopeWhere } from "@/lib/auth/scope";
import { recordAudit } from "@/lib/data/audit/record-audit";
import type { SessionUser } from "@/lib/data/auth/session-user";
import { unsafeLoadApprovedReportedValues } from "@/lib/data/indicators/load-reported-values";
import { unsafeLoadCitySettings } from "@/lib/data/settings/load-city-settings";
import type { DbClient } from "@/lib/db";
import { AppError, notFoundError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { SubmissionState } from "@/lib/generated/prisma/enums";
import { restartsCumulativeYear } from "@/lib/indicators/reported";
import {
  MIN_HISTORY_POINTS,
  OUTLIER_HISTORY_QUARTERS,
  type FormRules,
  type ReportedField,
  type SubmissionEntry,
} from "@/lib/schemas/submissions";
import { collectionFields } from "@/lib/schemas/collections";
import { unsafeLoadCountyRollUp } from "@/lib/data/school-returns/load-county-roll-up";
import { addQuarters, recentQuarters, type Quarter } from "@/lib/utils/periods";
import { quarterOfPeriod, type PeriodName } from "@/lib/utils/reporting-periods";
import { PERIOD_TYPE_OF, previousPeriod } from "@/lib/workflows/deadlines";
import { reportSubject, SUBMISSION_WORKFLOW, type SubmissionAction } from "@/lib/workflows/submissions";

type Tx = Prisma.TransactionClient;

/** What a form field shows of its indicator. */
const FORM_FIELD_DEFINITION = {
  key: true,
  theme: true,
  nameZh: true,
  nameEn: true,
  unit: true,
  unitEn: true,
  valueType: true,
  isCumulative: true,
  definitionZh: true,
  definitionEn: true,
  policySource: true,
} as const;

/** What `periodLabel` (lib/utils/reporting-periods.ts) needs of a period. */
export const PERIOD_NAME_FIELDS = {
  periodType: true,
  year: true,
  sequence: true,
  startsOn: true,
  endsOn: true,
  collection: { select: { nameZh: true, nameEn: true } },
} as const;

const SUBMISSION_FIELDS = {
  id: true,
  state: true,
  version: true,
  countyId: true,
  reopenReason: true,
  period: {
    select: {
      id: true,
      cityId: true,
      collectionId: true,
      quarter: true,
      state: true,
      deadline: true,
      ...PERIOD_NAME_FIELDS,
    },
  },
} as const;

/**
 * The submission `user` is about to act on with `permission`: it must be in the user's scope (a county officer's
 * own county, a city role's city), else it is "not found", so ids of other counties cannot be probed.
 */
export async function loadScopedSubmission(
  client: DbClient,
  user: SessionUser,
  submissionId: number,
  permission: Permission,
) {
  assertCan(user, permission);
  const submission = await client.submission.findFirst({
    where: inScope({ id: submissionId }, submissionScopeWhere(user)),
    select: SUBMISSION_FIELDS,
  });
  if (!submission) throw notFoundError();
  return submission;
}

/**
 * Claims the next version of a submission, or refuses a stale write with the current values: the `version` in the
 * WHERE clause makes two writers of the same version race for one row, and PostgreSQL lets exactly one of them win
 * (the other re-reads the row after the winner commits and no longer matches).
 */
export async function claimVersion(
  tx: Tx,
  submissionId: number,
  readVersion: number,
  data: Prisma.SubmissionUncheckedUpdateManyInput,
): Promise<number> {
  const { count } = await tx.submission.updateMany({
    where: { id: submissionId, version: readVersion },
    data: { ...data, version: { increment: 1 }, lastActivityAt: new Date() },
  });
  if (count === 0) throw await staleSubmissionError(tx, submissionId);
  return readVersion + 1;
}

/** The refusal of a stale write to a submission, with its current version, state and values. */
export async function staleSubmissionError(tx: Tx, submissionId: number): Promise<AppError> {
  return staleReportError(
    await tx.submission.findUniqueOrThrow({ where: { id: submissionId }, select: CURRENT_REPORT_FIELDS }),
  );
}

/** What a stale writer of a report or a school's return is shown of the record as it is now. */
export const CURRENT_REPORT_FIELDS = {
  version: true,
  state: true,
  values: { select: { indicatorKey: true, value: true, note: true } },
} as const;

/** The refusal of a stale write (decision 0023), naming the report's (or return's) current version and values. */
export function staleReportError(current: {
  version: number;
  state: SubmissionState;
  values: { indicatorKey: string; value: Prisma.Decimal | null; note: string | null }[];
}): AppError {
  return new AppError("STALE_VERSION", {
    details: {
      current: {
        version: current.version,
        state: current.state,
        values: Object.fromEntries(
          current.values.map((v) => [
            v.indicatorKey,
            { value: v.value === null ? null : Number(v.value), note: v.note },
          ]),
        ),
      },
    },
  });
}

/**
 * The entries of a save that differ from the stored values, each with what it was (null: no row), for the write
 * and its audit record; an empty entry where no row exists is no change.
 */
export function changedEntries(
  stored: { indicatorKey: string; value: Prisma.Decimal | null; note: string | null }[],
  entries: Record<string, SubmissionEntry>,
): Record<string, { before: SubmissionEntry | null; after: SubmissionEntry }> {
  const byKey = new Map(stored.map((row) => [row.indicatorKey, row]));
  const changed: Record<string, { before: SubmissionEntry | null; after: SubmissionEntry }> = {};
  for (const [indicatorKey, entry] of Object.entries(entries)) {
    const row = byKey.get(indicatorKey);
    const before = row ? { value: row.value === null ? null : Number(row.value), note: row.note } : null;
    if ((before?.value ?? null) === entry.value && (before?.note ?? null) === entry.note) continue;
    if (!row && entry.value === null && entry.note === null) continue;
    changed[indicatorKey] = { before, after: entry };
  }
  return changed;
}

export type ScopedSubmission = Awaited<ReturnType<typeof loadScopedSubmission>>;

/**
 * The report `user` is about to move with `action`, and the state the workflow moves it to: the action's permission
 * and the report's scope first (lib/workflows/submissions.ts), then the transition itself; a refused one is an
 * INVALID_STATE error with the workflow's reason, before anything is written.
 */
export async function loadForTransition(
  tx: Tx,
  user: SessionUser,
  submissionId: number,
  action: SubmissionAction,
): Promise<{ submission: ScopedSubmission; toState: SubmissionState }> {
  const submission = await loadScopedSubmission(
    tx,
    user,
    submissionId,
    SUBMISSION_WORKFLOW.permissionOf(action),
  );
  return { submission, toState: SUBMISSION_WORKFLOW.transition(action, reportSubject(submission)) };
}

/**
 * The trace of a transition, in the caller's transaction: a timeline event visible to both sides whenever the state
 * moves or the step carries a reason (a draft save that keeps the state adds none), and the audit record, whose
 * action is the workflow action's name.
 */
export async function unsafeRecordTransition(
  tx: Tx,
  user: SessionUser,
  submission: ScopedSubmission,
  step: {
    action: SubmissionAction;
    toState: SubmissionState;
    readVersion: number;
    version: number;
    reason?: string | null;
    /** More of the audit record's `after` */
    details?: Record<string, unknown>;
  },
) {
  const reason = step.reason ?? null;
  if (step.toState !== submission.state || reason !== null)
    await tx.submissionEvent.create({
      data: {
        submissionId: submission.id,
        fromState: submission.state,
        toState: step.toState,
        reason,
        actorId: user.id,
      },
    });
  await recordAudit(tx, user, {
    action: step.action,
    entity: "submission",
    entityId: submission.id,
    before: { state: submission.state, version: step.readVersion },
    after: { state: step.toState, version: step.version, ...step.details },
    cityId: submission.period.cityId,
    countyId: submission.countyId,
  });
}

/**
 * The form's fields for a county and quarter: every reported indicator of the catalogue in catalogue order, with
 * last quarter's approved value and the range of the county's approved history. Unscoped: the caller checked the
 * county.
 */
export async function unsafeLoadReportedFields(client: DbClient, countyId: number, quarter: Quarter) {
  const [definitions, history] = await Promise.all([
    client.indicatorDefinition.findMany({
      where: { kind: "REPORTED" },
      orderBy: [{ sortOrder: "asc" }, { key: "asc" }],
      select: FORM_FIELD_DEFINITION,
    }),
    unsafeLoadApprovedReportedValues(
      client,
      [countyId],
      recentQuarters(addQuarters(quarter, -1), OUTLIER_HISTORY_QUARTERS),
    ),
  ]);
  const last = addQuarters(quarter, -1);
  return definitions.map((definition) => {
    const values = history.filter((row) => row.indicatorKey === definition.key);
    const lastValue =
      values.find((row) => row.year === last.year && row.quarter === last.quarter)?.value ?? null;
    const numbers = values.map((row) => row.value);
    const field: ReportedField = {
      key: definition.key,
      valueType: definition.valueType,
      isCumulative: definition.isCumulative,
      baseline: definition.isCumulative && restartsCumulativeYear(quarter) ? null : lastValue,
      history:
        numbers.length >= MIN_HISTORY_POINTS
          ? { min: Math.min(...numbers), max: Math.max(...numbers) }
          : null,
    };
    // Year to date before this quarter: a cumulative figure restarts each January.
    const yearToDate = definition.isCumulative
      ? restartsCumulativeYear(quarter)
        ? 0
        : (values.find((row) => row.year === quarter.year && row.quarter === last.quarter)?.value ?? null)
      : null;
    return { ...definition, ...field, lastValue, yearToDate };
  });
}

/**
 * The form's fields of a report in a period: the quarterly report's are the catalogue's reported indicators with
 * their history; another collection's are its items (decision 0044), each with its range and note rule. Unscoped:
 * the caller checked the report.
 */
export async function unsafeLoadFormFields(
  client: DbClient,
  countyId: number,
  period: { id: number; year: number; quarter: number | null; collectionId: number },
) {
  if (period.quarter !== null) {
    const fields = await unsafeLoadReportedFields(client, countyId, quarterOfPeriod(period));
    return fields.map((field) => ({ ...field, rollsUp: false, computed: null }));
  }
  const [items, rollUp] = await Promise.all([
    client.collectionItem.findMany({
      where: { collectionId: period.collectionId },
      orderBy: [{ sortOrder: "asc" }, { indicatorKey: "asc" }],
      select: {
        noteRequired: true,
        rollsUp: true,
        indicator: {
          select: { ...FORM_FIELD_DEFINITION, minValue: true, maxValue: true },
        },
      },
    }),
    // Where schools report, the county's figure of an item that rolls up is computed from them (decision 0046).
    unsafeLoadCountyRollUp(client, period.id, countyId),
  ]);
  return items.map(({ noteRequired, rollsUp, indicator: { minValue, maxValue, ...definition } }) => {
    const [field] = collectionFields([
      {
        key: definition.key,
        valueType: definition.valueType,
        isCumulative: definition.isCumulative,
        min: minValue === null ? null : Number(minValue),
        max: maxValue === null ? null : Number(maxValue),
        noteRequired,
      },
    ]);
    return {
      ...definition,
      ...field!,
      lastValue: null,
      yearToDate: null,
      rollsUp,
      /** The county's figure from its schools' approved returns, for an item that rolls up */
      computed: rollUp.get(definition.key) ?? null,
    };
  });
}

/**
 * The approved values of the period before, for a collection's form to show beside this period's (the quarterly
 * report's fields carry last quarter's already): the county's report, or with `schoolId` the school's return. Empty
 * for a one-off collection and the quarterly report. Unscoped: the caller checked the report or return.
 */
export async function unsafeLoadPreviousPeriodValues(
  client: DbClient,
  period: {
    collectionId: number;
    periodType: PeriodName["periodType"];
    year: number;
    sequence: number;
    quarter: number | null;
  },
  reporter: { countyId: number } | { schoolId: number },
): Promise<Map<string, number>> {
  if (period.quarter !== null || period.periodType === "ONE_OFF") return new Map();
  const before = previousPeriod({
    type: PERIOD_TYPE_OF[period.periodType],
    year: period.year,
    index: period.sequence,
  });
  const previous = { collectionId: period.collectionId, year: before.year, sequence: before.index };
  const rows =
    "schoolId" in reporter
      ? await client.schoolReturnValue.findMany({
          where: { schoolReturn: { schoolId: reporter.schoolId, state: "APPROVED", period: previous } },
          select: { indicatorKey: true, value: true },
        })
      : await client.submissionValue.findMany({
          where: { submission: { countyId: reporter.countyId, state: "APPROVED", period: previous } },
          select: { indicatorKey: true, value: true },
        });
  return new Map(
    rows.flatMap((row) => (row.value === null ? [] : [[row.indicatorKey, Number(row.value)] as const])),
  );
}

/** What the form's schema needs of each loaded field (lib/schemas/submissions.ts), and nothing the page shows. */
export function schemaFieldsOf(fields: readonly ReportedField[]): ReportedField[] {
  return fields.map(({ key, valueType, isCumulative, baseline, history, min, max, noteRequired }) => ({
    key,
    valueType,
    isCumulative,
    baseline,
    history,
    min,
    max,
    noteRequired,
  }));
}

export async function unsafeLoadFormRules(client: DbClient, cityId: number): Promise<FormRules> {
  const settings = await unsafeLoadCitySettings(client, cityId);
  return { outlierFactor: settings.outlier_factor };
}
