import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { periodLabel } from "@/lib/utils/reporting-periods";
import { Suspense } from "react";
import { SubmissionStateBadge } from "@/components/submissions/submission-state-badge";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { Link } from "@/components/ui/link";
import { CardSkeleton } from "@/components/ui/skeleton";
import { landingPathFor } from "@/lib/auth/landing";
import { viewerOf } from "@/lib/auth/scope";
import { requireDataVersion, type SessionUser } from "@/lib/auth/session";
import { beginSharedSection, type SharedSectionKey } from "@/lib/cache/shared-section";
import { getSchoolWorkItems } from "@/lib/data/school-returns/get-school-work-items";
import { getWorkItems } from "@/lib/data/submissions/get-work-items";
import { localeOrDefault } from "@/lib/i18n/locales";
import { businessDay } from "@/lib/utils/periods";
import { localized } from "@/lib/utils/localized";
import { SUBMISSION_WORKFLOW } from "@/lib/workflows/submissions";

/** Fewer days than this left: the countdown turns amber. */
const SOON_DAYS = 3;
const linkClass = "text-sm font-medium text-brand-700 hover:underline";

/** A work panel's key: its viewer, data version and locale, and the day in Beijing its deadlines count down to. */
export interface WorkItemsView extends SharedSectionKey {
  /** businessDay(now) as an ISO string */
  day: string;
}

/**
 * "What needs you" (待办事项) on every landing page: returned reports to fix, and the open quarters with their
 * deadlines counted down in Beijing's days. It is the same for every user of one role and scope, so it is a shared
 * section (decision 0049): what it shows are reports and periods, whose writes move the data version in its key, and
 * the day is in the key for the countdown.
 */
export async function WorkItemsPanel({ view }: { view: WorkItemsView }) {
  "use cache: shared";
  beginSharedSection(view);
  const { locale } = view;
  const [{ returned, periods }, schoolWork, t, format] = await Promise.all([
    getWorkItems(view.viewer, new Date(view.day)),
    getSchoolWorkItems(view.viewer, new Date(view.day)),
    getTranslations("workItems"),
    getFormatter(),
  ]);
  const day = (date: Date) => format.dateTime(date, { dateStyle: "medium", timeZone: "UTC" });
  const isEmpty =
    returned.length === 0 &&
    periods.length === 0 &&
    schoolWork.returns.length === 0 &&
    schoolWork.reviews.length === 0;
  return (
    <Card title={t("title")} className="mb-6">
      {isEmpty ? (
        <p className="text-sm text-slate-600">{t("empty")}</p>
      ) : (
        <div className="space-y-4">
          {schoolWork.returns.length > 0 && (
            <section aria-labelledby="work-school-returns">
              <h3 id="work-school-returns" className="mb-2 text-sm font-semibold text-slate-800">
                {t("schoolReturnsTitle")}
              </h3>
              <ul className="space-y-2">
                {schoolWork.returns.map((found) => {
                  const name = t("schoolReturn", { period: periodLabel(found.period, locale) });
                  const isPending = SUBMISSION_WORKFLOW.isIn("awaitingCounty", found.state);
                  return (
                    <li key={found.id} className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
                      <span className="text-sm text-slate-900">{name}</span>
                      <span className="text-sm text-slate-600">
                        {t("deadline", { date: day(found.period.deadline) })}
                      </span>
                      <DaysLeft daysLeft={found.daysLeft} isDone={!isPending} />
                      <SubmissionStateBadge state={found.state} />
                      {found.state === "RETURNED" && found.returnReason && (
                        <span className="text-sm text-slate-600">
                          {t("reason", { reason: found.returnReason })}
                        </span>
                      )}
                      <Link href={`/school-returns/${found.id}`} className={linkClass}>
                        {isPending ? (found.state === "RETURNED" ? t("fix") : t("fill")) : t("view")}
                        <span className="sr-only">: {name}</span>
                      </Link>
                    </li>
                  );
                })}
              </ul>
            </section>
          )}
          {schoolWork.reviews.length > 0 && (
            <section aria-labelledby="work-school-reviews">
              <h3 id="work-school-reviews" className="mb-2 text-sm font-semibold text-slate-800">
                {t("schoolReviewsTitle")}
              </h3>
              <ul className="space-y-2">
                {schoolWork.reviews.map((review) => {
                  const name = periodLabel(review.period, locale);
                  return (
                    <li key={review.period.id} className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
                      <span className="text-sm text-slate-900">{name}</span>
                      <span className="text-sm text-slate-600">
                        {t("schoolReviewCounts", {
                          review: review.awaitingReview,
                          withSchools: review.withSchools,
                        })}
                      </span>
                      <Link href={`/school-returns/periods/${review.period.id}`} className={linkClass}>
                        {t("schoolBoard")}
                        <span className="sr-only">: {name}</span>
                      </Link>
                    </li>
                  );
                })}
              </ul>
            </section>
          )}
          {returned.length > 0 && (
            <section aria-labelledby="work-returned">
              <h3 id="work-returned" className="mb-2 text-sm font-semibold text-slate-800">
                {t("returnedTitle", { count: returned.length })}
              </h3>
              <ul className="space-y-2">
                {returned.map((report) => {
                  const name =
                    report.quarter === null
                      ? `${localized(report.county, "name", locale)} ${periodLabel(report.period, locale)}`
                      : t("report", {
                          county: localized(report.county, "name", locale),
                          year: report.year,
                          quarter: report.quarter,
                        });
                  return (
                    <li key={report.submissionId} className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
                      <Badge tone="danger">{t("returned")}</Badge>
                      <span className="text-sm text-slate-900">{name}</span>
                      {report.reason && (
                        <span className="text-sm text-slate-600">
                          {t("reason", { reason: report.reason })}
                        </span>
                      )}
                      <Link href={`/submissions/${report.submissionId}`} className={linkClass}>
                        {t("fix")}
                        <span className="sr-only">: {name}</span>
                      </Link>
                    </li>
                  );
                })}
              </ul>
            </section>
          )}
          {periods.length > 0 && (
            <section aria-labelledby="work-periods">
              <h3 id="work-periods" className="mb-2 text-sm font-semibold text-slate-800">
                {t("periodsTitle")}
              </h3>
              <ul className="space-y-2">
                {periods.map((period) => {
                  const name =
                    period.quarter === null
                      ? periodLabel(period, locale)
                      : t("period", { year: period.year, quarter: period.quarter });
                  const own = period.ownSubmission;
                  const ownPending = own !== null && SUBMISSION_WORKFLOW.isIn("awaitingCounty", own.state);
                  return (
                    <li key={period.id} className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
                      <span className="text-sm text-slate-900">{name}</span>
                      <span className="text-sm text-slate-600">
                        {t("deadline", { date: day(period.deadline) })}
                      </span>
                      <DaysLeft daysLeft={period.daysLeft} isDone={own !== null && !ownPending} />
                      {period.isCalendarEstimated && (
                        <span className="text-xs text-slate-500">{t("calendarEstimated")}</span>
                      )}
                      {own ? (
                        <>
                          <SubmissionStateBadge state={own.state} />
                          <Link href={`/submissions/${own.id}`} className={linkClass}>
                            {ownPending ? t("fill") : t("view")}
                            <span className="sr-only">: {name}</span>
                          </Link>
                        </>
                      ) : (
                        <>
                          <span className="text-sm text-slate-600">
                            {t("counts", { awaiting: period.awaitingCounty, review: period.awaitingReview })}
                          </span>
                          <Link href={`/submissions/periods/${period.id}`} className={linkClass}>
                            {t("board")}
                            <span className="sr-only">: {name}</span>
                          </Link>
                        </>
                      )}
                    </li>
                  );
                })}
              </ul>
            </section>
          )}
        </div>
      )}
    </Card>
  );
}

/** Days left, due today, or overdue; a report already handed in has no countdown that concerns its county. */
async function DaysLeft({ daysLeft, isDone }: { daysLeft: number; isDone: boolean }) {
  const t = await getTranslations("workItems");
  if (isDone) return null;
  if (daysLeft < 0) return <Badge tone="danger">{t("overdue", { days: -daysLeft })}</Badge>;
  if (daysLeft === 0) return <Badge tone="warning">{t("dueToday")}</Badge>;
  return <Badge tone={daysLeft <= SOON_DAYS ? "warning" : "info"}>{t("daysLeft", { days: daysLeft })}</Badge>;
}

/**
 * The panel where the user lands (lib/auth/landing.ts), and only there: city staff opening a county's page see that
 * county's figures, not their own to-do list.
 */
export async function LandingWorkItems({ user, path }: { user: SessionUser; path: string }) {
  if (landingPathFor(user) !== path) return null;
  // A county's users key by their county's version (its reports and the city's periods move it), the city's by the
  // city's; both come with the session, so the key costs no statement.
  const [dataVersion, locale] = await Promise.all([requireDataVersion(user.countyId), getLocale()]);
  const view: WorkItemsView = {
    viewer: viewerOf(user),
    dataVersion,
    locale: localeOrDefault(locale),
    day: businessDay(new Date()).toISOString(),
  };
  return (
    <Suspense fallback={<CardSkeleton lines={3} />}>
      <WorkItemsPanel view={view} />
    </Suspense>
  );
}
