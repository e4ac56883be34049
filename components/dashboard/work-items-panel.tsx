import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { periodLabel } from "@/lib/utils/reporting-periods";
import { Suspense } from "react";
import { SubmissionStateBadge } from "@/components/submissions/submission-state-badge";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { Link } from "@/components/ui/link";
import { CardSkeleton } from "@/components/ui/skeleton";
import { landingPathFor } from "@/lib/auth/landing";
import type { SessionUser } from "@/lib/auth/session";
import { getSchoolWorkItems } from "@/lib/data/school-returns/get-school-work-items";
import { getWorkItems } from "@/lib/data/submissions/get-work-items";
import { localized } from "@/lib/utils/localized";
import { SUBMISSION_WORKFLOW } from "@/lib/workflows/submissions";

/** Fewer days than this left: the countdown turns amber. */
const SOON_DAYS = 3;
const linkClass = "text-sm font-medium text-brand-700 hover:underline";

/**
 * "What needs you" (待办事项) on every landing page: returned reports to fix, and the open quarters with their
 * deadlines counted down in Beijing's days. Rendered per user and per day, never from the shared dashboard cache.
 */
export async function WorkItemsPanel({ user }: { user: SessionUser }) {
  const [{ returned, periods }, schoolWork, t, format, locale] = await Promise.all([
    getWorkItems(user),
    getSchoolWorkItems(user),
    getTranslations("workItems"),
    getFormatter(),
    getLocale(),
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
export function LandingWorkItems({ user, path }: { user: SessionUser; path: string }) {
  if (landingPathFor(user) !== path) return null;
  return (
    <Suspense fallback={<CardSkeleton lines={3} />}>
      <WorkItemsPanel user={user} />
    </Suspense>
  );
}
