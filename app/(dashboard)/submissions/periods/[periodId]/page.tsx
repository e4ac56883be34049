import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { notFound } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { CompletenessChart } from "@/components/charts/completeness-chart";
import { UrgeForm } from "@/components/inbox/urge-form";
import { PeriodControls } from "@/components/submissions/period-forms";
import { BoardStateCell, SubmissionStateBadge } from "@/components/submissions/submission-state-badge";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td, Th } from "@/components/ui/table";
import { can } from "@/lib/auth/permissions";
import { requirePagePermission } from "@/lib/auth/session";
import { getCompletenessTrend, getPeriodBoard } from "@/lib/data/submissions/get-period-board";
import { isoDay } from "@/lib/utils/periods";
import { localized } from "@/lib/utils/localized";
import { daysToDeadline, periodLabel, periodWhen } from "@/lib/utils/reporting-periods";
import { idParam } from "@/lib/utils/route-params";
import { PERIOD_WORKFLOW, SUBMISSION_WORKFLOW } from "@/lib/workflows/submissions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("submissions"))("board") };
}

export default async function PeriodBoardPage({ params }: PageProps<"/submissions/periods/[periodId]">) {
  const user = await requirePagePermission("submissions:view");
  const periodId = idParam((await params).periodId);
  const [board, trend, t, tEnums, format, locale] = await Promise.all([
    periodId ? getPeriodBoard(user, periodId) : null,
    periodId ? getCompletenessTrend(user, periodId) : [],
    getTranslations("submissions"),
    getTranslations("enums"),
    getFormatter(),
    getLocale(),
  ]);
  if (!board) notFound();
  const { period, rows } = board;
  const quarter =
    period.quarter === null
      ? periodLabel(period, locale)
      : t("quarter", { year: period.year, quarter: period.quarter });
  const now = new Date();
  const days = daysToDeadline(period.deadline, now);
  const isAwaitingCounty = (row: (typeof rows)[number]) =>
    SUBMISSION_WORKFLOW.isIn("awaitingCounty", row.state);
  const missing = rows.filter(isAwaitingCounty);
  const isRunning = PERIOD_WORKFLOW.isIn("open", period.state);

  return (
    <>
      <Breadcrumbs items={[{ label: t("title"), href: "/submissions" }, { label: quarter }]} />
      <PageHeader
        title={t("boardTitle", { quarter })}
        description={`${tEnums(`periodState.${period.state}`)} · ${t("deadline")} ${format.dateTime(period.deadline, { dateStyle: "medium", timeZone: "UTC" })}${
          isRunning ? ` · ${days >= 0 ? t("daysLeft", { days }) : t("overdue", { days: -days })}` : ""
        }`}
      />
      {PERIOD_WORKFLOW.isAllowed(user.role, "close", period) && (
        <Card className="mb-6">
          <PeriodControls periodId={period.id} deadline={isoDay(period.deadline)} />
        </Card>
      )}
      <div className="grid gap-6 xl:grid-cols-3">
        <div className="xl:col-span-2">
          <Table caption={t("board")}>
            <thead>
              <tr>
                <Th>{t("county")}</Th>
                <Th>{t("state")}</Th>
                <Th>{t("daysToDeadline")}</Th>
                <Th>{t("lastActivity")}</Th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {rows.map((row) => (
                <tr key={row.id}>
                  <Td>
                    <Link
                      href={`/submissions/${row.id}`}
                      className="font-medium text-brand-700 hover:underline"
                    >
                      {localized(row.county, "name", locale)}
                    </Link>
                  </Td>
                  <Td>
                    <BoardStateCell state={row.state} isLate={row.isLate} />
                  </Td>
                  <Td className="whitespace-nowrap text-slate-600">
                    {isRunning && isAwaitingCounty(row)
                      ? days >= 0
                        ? t("daysLeft", { days })
                        : t("overdue", { days: -days })
                      : "—"}
                  </Td>
                  <Td className="whitespace-nowrap text-slate-600">
                    {format.dateTime(row.lastActivityAt, { dateStyle: "medium", timeStyle: "short" })}
                  </Td>
                </tr>
              ))}
            </tbody>
          </Table>
        </div>
        <div className="space-y-6">
          <Card
            title={t("missingTitle")}
            actions={
              missing.length > 0 && (
                <a
                  href={`/submissions/periods/${period.id}/missing`}
                  className="text-sm font-medium text-brand-700 hover:underline"
                >
                  {t("exportMissing")}
                </a>
              )
            }
          >
            {missing.length === 0 ? (
              <p className="text-sm text-slate-600">{t("missingNone")}</p>
            ) : isRunning && can(user.role, "submissions:review") ? (
              <UrgeForm
                periodId={period.id}
                units={missing.map((row) => ({
                  id: row.county.id,
                  name: localized(row.county, "name", locale),
                  state: tEnums(`submissionState.${row.state}`),
                }))}
              />
            ) : (
              <ul className="space-y-1 text-sm">
                {missing.map((row) => (
                  <li key={row.id} className="flex justify-between gap-2">
                    <span>{localized(row.county, "name", locale)}</span>
                    <SubmissionStateBadge state={row.state} />
                  </li>
                ))}
              </ul>
            )}
          </Card>
          <Card title={t("trendTitle")}>
            <CompletenessChart
              rows={trend.map((row) => ({
                label: periodWhen(row, locale),
                completeness: row.completeness,
                timeliness: row.timeliness,
              }))}
              labels={{ completeness: t("completeness"), timeliness: t("timeliness") }}
              ariaLabel={t("trendTitle")}
            />
          </Card>
        </div>
      </div>
    </>
  );
}
