import "server-only";
import { ownCityId } from "@/lib/auth/scope";
import { assertCan } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/data/audit/record-audit";
import type { SessionUser } from "@/lib/data/auth/session-user";
import { db } from "@/lib/db";
import { AppError, notFoundError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import {
  PERIODS_PER_YEAR,
  QUARTERLY_REPORT_COLLECTION,
  type OpenCollectionPeriodInput,
} from "@/lib/schemas/collections";
import type { OpenPeriodInput } from "@/lib/schemas/submissions";
import {
  deadlineAfter,
  deadlineRuleOf,
  periodEnd,
  periodStart,
  PERIOD_TYPE_OF,
} from "@/lib/workflows/deadlines";
import { PERIOD_WORKFLOW } from "@/lib/workflows/submissions";

type Tx = Prisma.TransactionClient;

/**
 * Opens a quarter of the city's quarterly report (decision 0044: one collection of the city, created with the city's
 * first quarter when the migration did not create it): creates (or opens) its reporting period and a submission
 * task for every county of the city, functional zones included. A closed quarter is not reopened as a whole; single
 * reports are.
 */
export async function openPeriod(user: SessionUser, input: OpenPeriodInput) {
  assertCan(user, PERIOD_WORKFLOW.permissionOf("open"));
  return db().$transaction(async (tx) => {
    const cityId = ownCityId(user);
    const collection =
      (await tx.collection.findFirst({ where: { cityId, isQuarterlyReport: true }, select: { id: true } })) ??
      (await tx.collection.create({
        data: { cityId, ...QUARTERLY_REPORT_COLLECTION },
        select: { id: true },
      }));
    const ref = { type: "quarter", year: input.year, index: input.quarter } as const;
    return unsafeOpenPeriod(tx, user, {
      collectionId: collection.id,
      periodType: "QUARTER",
      year: input.year,
      sequence: input.quarter,
      quarter: input.quarter,
      startsOn: periodStart(ref),
      endsOn: periodEnd(ref),
      deadline: input.deadline,
      audit: { ...input },
    });
  });
}

/**
 * Opens a period of one of the city's collections (调度表): its month, quarter, half or year, or a one-off
 * collection's only period, due by the collection's deadline rule on the working-day calendar. `onSchedule` marks
 * the audit record of an opening by the collection's schedule (decision 0051), made as the member of staff who set it.
 */
export async function openCollectionPeriod(
  user: SessionUser,
  input: OpenCollectionPeriodInput,
  { onSchedule = false }: { onSchedule?: boolean } = {},
) {
  assertCan(user, PERIOD_WORKFLOW.permissionOf("open"));
  return db().$transaction(async (tx) => {
    const collection = await tx.collection.findFirst({
      where: { id: input.collectionId, cityId: ownCityId(user) },
      select: {
        id: true,
        periodType: true,
        startsOn: true,
        endsOn: true,
        deadlineKind: true,
        deadlineDays: true,
        isQuarterlyReport: true,
      },
    });
    if (!collection) throw notFoundError();
    const { periodType } = collection;
    if (input.sequence > PERIODS_PER_YEAR[periodType])
      throw new AppError("VALIDATION", { messageKey: "collections.noSuchPeriod" });
    let span: { year: number; startsOn: Date; endsOn: Date };
    if (periodType === "ONE_OFF") {
      if (!collection.startsOn || !collection.endsOn)
        throw new AppError("INVALID_STATE", { messageKey: "collections.noDates" });
      span = {
        year: collection.startsOn.getUTCFullYear(),
        startsOn: collection.startsOn,
        endsOn: collection.endsOn,
      };
    } else {
      const ref = { type: PERIOD_TYPE_OF[periodType], year: input.year, index: input.sequence };
      span = { year: input.year, startsOn: periodStart(ref), endsOn: periodEnd(ref) };
    }
    const deadline = deadlineAfter(deadlineRuleOf(collection), span.endsOn);
    return unsafeOpenPeriod(tx, user, {
      collectionId: collection.id,
      periodType,
      ...span,
      sequence: periodType === "ONE_OFF" ? 1 : input.sequence,
      quarter: collection.isQuarterlyReport ? input.sequence : null,
      deadline,
      audit: { ...input, deadline, ...(onSchedule ? { onSchedule } : {}) },
    });
  });
}

/** Opens (creating it when new) a collection's period and a report task for every county of the city. */
async function unsafeOpenPeriod(
  tx: Tx,
  user: SessionUser,
  period: {
    collectionId: number;
    periodType: "MONTH" | "QUARTER" | "HALF_YEAR" | "YEAR" | "ONE_OFF";
    year: number;
    sequence: number;
    quarter: number | null;
    startsOn: Date;
    endsOn: Date;
    deadline: Date;
    audit: Record<string, unknown>;
  },
) {
  const cityId = ownCityId(user);
  const existing = await tx.reportingPeriod.findUnique({
    where: {
      collectionId_year_sequence: {
        collectionId: period.collectionId,
        year: period.year,
        sequence: period.sequence,
      },
    },
    select: { id: true, state: true },
  });
  // A period without a row is one the city never opened.
  const state = PERIOD_WORKFLOW.transition("open", existing ?? { state: PERIOD_WORKFLOW.initial });
  const opened = { state, deadline: period.deadline, openedAt: new Date(), openedById: user.id };
  const row = existing
    ? await tx.reportingPeriod.update({ where: { id: existing.id }, data: opened, select: { id: true } })
    : await tx.reportingPeriod.create({
        data: {
          cityId,
          collectionId: period.collectionId,
          periodType: period.periodType,
          year: period.year,
          sequence: period.sequence,
          quarter: period.quarter,
          startsOn: period.startsOn,
          endsOn: period.endsOn,
          ...opened,
        },
        select: { id: true },
      });
  const counties = await tx.county.findMany({ where: { cityId }, select: { id: true } });
  await tx.submission.createMany({
    data: counties.map((county) => ({ periodId: row.id, countyId: county.id })),
    skipDuplicates: true,
  });
  const schoolReturns = await unsafeCreateSchoolReturns(tx, row.id, period.collectionId, cityId);
  await recordAudit(tx, user, {
    action: "open",
    entity: "reporting_period",
    entityId: row.id,
    before: existing ?? undefined,
    after: {
      ...period.audit,
      collectionId: period.collectionId,
      state,
      counties: counties.length,
      ...(schoolReturns === null ? {} : { schoolReturns }),
    },
  });
  return row;
}

/**
 * Where a collection's schools report (decision 0046): a return task for every open school of the city of the
 * collection's levels, in one statement; a school already holding one keeps it. Null for a county-reported one.
 */
async function unsafeCreateSchoolReturns(tx: Tx, periodId: number, collectionId: number, cityId: number) {
  const collection = await tx.collection.findUniqueOrThrow({
    where: { id: collectionId },
    select: { reporterLevel: true, schoolLevels: true },
  });
  if (collection.reporterLevel !== "SCHOOL") return null;
  return tx.$executeRaw`
    INSERT INTO school_returns (period_id, school_id)
    SELECT ${periodId}, s.id FROM schools s
    WHERE s.city_id = ${cityId} AND s.is_active AND s.level::text = ANY(${collection.schoolLevels}::text[])
    ON CONFLICT (period_id, school_id) DO NOTHING`;
}
