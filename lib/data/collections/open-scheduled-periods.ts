import "server-only";
import { SESSION_USER_FIELDS, type SessionUser } from "@/lib/data/auth/session-user";
import { openCollectionPeriod } from "@/lib/data/submissions/open-period";
import { db } from "@/lib/db";
import { AppError, isUniqueViolation } from "@/lib/errors";
import { businessDay } from "@/lib/utils/periods";
import { PERIOD_TYPE_OF, periodContaining } from "@/lib/workflows/deadlines";

/**
 * Opens, for every collection that opens on schedule (decision 0051), the period whose first day has come (Beijing's
 * day): this month's, quarter's, half's or year's, or a one-off collection's own from its start to its end. It opens
 * it as the member of city staff who turned the schedule on, through `openCollectionPeriod`: the same checks, deadline
 * rule, report tasks and audit record (marked `onSchedule`). A period that has a row already (opened by hand, or
 * closed) is left as it is, so the job may run as often and in as many processes as one likes: a second opener of the
 * same period meets the unique key and stops. An owner no longer active or no longer allowed to open periods opens
 * nothing; the collection is named in the log. Unscoped: a job of the system, every city; no caller, no input.
 */
export async function openScheduledPeriods(now: Date = new Date()): Promise<{ opened: number }> {
  const today = businessDay(now);
  const collections = await db().collection.findMany({
    where: { opensOnSchedule: true, scheduleOwner: { isActive: true } },
    orderBy: { id: "asc" },
    select: {
      id: true,
      periodType: true,
      startsOn: true,
      endsOn: true,
      periods: { select: { year: true, sequence: true } },
      scheduleOwner: { select: SESSION_USER_FIELDS },
    },
  });
  let opened = 0;
  for (const collection of collections) {
    const due = duePeriod(collection, today);
    if (!due || collection.periods.some((p) => p.year === due.year && p.sequence === due.sequence)) continue;
    const owner: SessionUser = { ...collection.scheduleOwner!, sessionId: "schedule", ip: null };
    try {
      await openCollectionPeriod(owner, { collectionId: collection.id, ...due }, { onSchedule: true });
      opened += 1;
    } catch (error) {
      // Another process opened it first: it met the unique key, or it found the row the other had committed.
      if (isUniqueViolation(error) || (await hasPeriod(collection.id, due))) continue;
      if (error instanceof AppError) {
        console.error(`[schedule] collection ${collection.id} not opened: ${error.code}`);
        continue;
      }
      throw error;
    }
  }
  return { opened };
}

async function hasPeriod(collectionId: number, period: { year: number; sequence: number }) {
  const found = await db().reportingPeriod.findUnique({
    where: { collectionId_year_sequence: { collectionId, ...period } },
    select: { id: true },
  });
  return found !== null;
}

/** The period of a collection that today falls in (a one-off collection's own, between its dates), or null. */
function duePeriod(
  collection: {
    periodType: keyof typeof PERIOD_TYPE_OF | "ONE_OFF";
    startsOn: Date | null;
    endsOn: Date | null;
  },
  today: Date,
): { year: number; sequence: number } | null {
  if (collection.periodType === "ONE_OFF") {
    const { startsOn, endsOn } = collection;
    if (!startsOn || !endsOn || today < startsOn || today > endsOn) return null;
    return { year: startsOn.getUTCFullYear(), sequence: 1 };
  }
  const period = periodContaining(PERIOD_TYPE_OF[collection.periodType], today);
  return { year: period.year, sequence: period.index };
}
