import type { Metadata } from "next";
import { periodLabel } from "@/lib/utils/reporting-periods";
import { Link } from "@/components/ui/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { OpenPeriodForm } from "@/components/submissions/period-forms";
import { SubmissionStateBadge } from "@/components/submissions/submission-state-badge";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td, Th } from "@/components/ui/table";
import { can } from "@/lib/auth/permissions";
import { requirePagePermission } from "@/lib/auth/session";
import { listPeriods } from "@/lib/data/submissions/list-periods";
import { addQuarters, currentQuarter, isoDay } from "@/lib/utils/periods";
import { deadlineOf, QUARTERLY_DEADLINE_RULE } from "@/lib/workflows/deadlines";
import { quarterOfPeriod } from "@/lib/utils/reporting-periods";
import { PERIOD_WORKFLOW, SUBMISSION_WORKFLOW } from "@/lib/workflows/submissions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("submissions"))("title") };
}

export default async function SubmissionsPage() {
  const user = await requirePagePermission("submissions:view");
  const [periods, t, tEnums, format, locale] = await Promise.all([
    listPeriods(user),
    getTranslations("submissions"),
    getTranslations("enums"),
    getFormatter(),
    getLocale(),
  ]);
  const canOpen = can(user.role, PERIOD_WORKFLOW.permissionOf("open"));
  const isCounty = user.countyId !== null;
  const latest = periods.find((period) => period.quarter !== null);
  // Suggest the quarter after the newest one, due by the city's rule on the working-day calendar.
  const suggested = latest ? addQuarters(quarterOfPeriod(latest), 1) : currentQuarter();
  const day = (date: Date) => format.dateTime(date, { dateStyle: "medium", timeZone: "UTC" });

  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      {canOpen && (
        <Card title={t("openTitle")} className="mb-6">
          <OpenPeriodForm
            suggested={suggested}
            deadline={isoDay(
              deadlineOf(QUARTERLY_DEADLINE_RULE, {
                type: "quarter",
                year: suggested.year,
                index: suggested.quarter,
              }),
            )}
          />
        </Card>
      )}
      {periods.length === 0 ? (
        <EmptyState title={t("emptyTitle")}>{t("emptyBody")}</EmptyState>
      ) : (
        <Table caption={t("title")}>
          <thead>
            <tr>
              <Th>{t("quarterLabel")}</Th>
              <Th>{t("state")}</Th>
              <Th>{t("deadline")}</Th>
              <Th>{isCounty ? t("county") : t("board")}</Th>
              {isCounty && <Th>{t("lastActivity")}</Th>}
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {periods.map((period) => {
              const total = Object.values(period.counts).reduce((sum, count) => sum + count, 0);
              const submitted = SUBMISSION_WORKFLOW.sets.submitted.reduce(
                (sum, state) => sum + (period.counts[state] ?? 0),
                0,
              );
              const quarter =
                period.quarter === null
                  ? periodLabel(period, locale)
                  : t("quarter", { year: period.year, quarter: period.quarter });
              return (
                <tr key={period.id}>
                  <Td>
                    <Link
                      href={
                        period.ownSubmission
                          ? `/submissions/${period.ownSubmission.id}`
                          : `/submissions/periods/${period.id}`
                      }
                      className="font-medium text-brand-700 hover:underline"
                    >
                      {quarter}
                    </Link>
                  </Td>
                  <Td>
                    <Badge tone={PERIOD_WORKFLOW.isIn("open", period.state) ? "info" : "neutral"}>
                      {tEnums(`periodState.${period.state}`)}
                    </Badge>
                  </Td>
                  <Td className="whitespace-nowrap">{day(period.deadline)}</Td>
                  <Td>
                    {period.ownSubmission ? (
                      <SubmissionStateBadge
                        state={period.ownSubmission.state}
                        isLate={period.ownSubmission.isLate}
                      />
                    ) : (
                      <Link
                        href={`/submissions/periods/${period.id}`}
                        className="text-brand-700 hover:underline"
                      >
                        {t("progress", { submitted, total })}
                      </Link>
                    )}
                  </Td>
                  {isCounty && (
                    <Td className="whitespace-nowrap text-slate-600">
                      {period.ownSubmission &&
                        format.dateTime(period.ownSubmission.lastActivityAt, { dateStyle: "medium" })}
                    </Td>
                  )}
                </tr>
              );
            })}
          </tbody>
        </Table>
      )}
    </>
  );
}
