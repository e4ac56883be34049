import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { UrgeForm } from "@/components/inbox/urge-form";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { BoardStateCell, SubmissionStateBadge } from "@/components/submissions/submission-state-badge";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Link } from "@/components/ui/link";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td, Th } from "@/components/ui/table";
import { can } from "@/lib/auth/permissions";
import { requirePagePermission } from "@/lib/auth/session";
import { getSchoolReturnBoard } from "@/lib/data/school-returns/get-school-return-board";
import { localized } from "@/lib/utils/localized";
import { daysToDeadline, periodLabel } from "@/lib/utils/reporting-periods";
import { idParam } from "@/lib/utils/route-params";
import { PERIOD_WORKFLOW, SUBMISSION_WORKFLOW } from "@/lib/workflows/submissions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("schoolReturns"))("board") };
}

/**
 * The completeness and timeliness board of a school-reported period (decision 0046): a county officer's schools,
 * or every school of the city for city roles, with the same states, late marks and counts as the city's board of
 * counties.
 */
export default async function SchoolReturnBoardPage({
  params,
}: PageProps<"/school-returns/periods/[periodId]">) {
  const user = await requirePagePermission("school-returns:view");
  const periodId = idParam((await params).periodId);
  const board = periodId ? await getSchoolReturnBoard(user, periodId) : null;
  if (!board) notFound();
  const [t, tSubmissions, tEnums, format, locale] = await Promise.all([
    getTranslations("schoolReturns"),
    getTranslations("submissions"),
    getTranslations("enums"),
    getFormatter(),
    getLocale(),
  ]);
  const { period, rows, summary, report } = board;
  const name = periodLabel(period, locale);
  const days = daysToDeadline(period.deadline, new Date());
  const isRunning = PERIOD_WORKFLOW.isIn("open", period.state);
  const missing = rows.filter((row) => SUBMISSION_WORKFLOW.isIn("awaitingCounty", row.state));
  const countdown = days >= 0 ? tSubmissions("daysLeft", { days }) : tSubmissions("overdue", { days: -days });
  return (
    <>
      <Breadcrumbs
        items={[
          { label: tSubmissions("title"), href: "/submissions" },
          { label: name, href: `/submissions/periods/${period.id}` },
          { label: t("board") },
        ]}
      />
      <PageHeader
        title={t("boardTitle", { period: name })}
        description={`${tSubmissions("deadline")} ${format.dateTime(period.deadline, { dateStyle: "medium", timeZone: "UTC" })}${isRunning ? ` · ${countdown}` : ""}`}
      />
      <div className="space-y-4">
        <Card>
          <p className="text-sm text-slate-700" role="status">
            {t("summary", {
              total: summary.total,
              approved: summary.byState.APPROVED,
              submitted: summary.byState.SUBMITTED,
              returned: summary.byState.RETURNED,
              notStarted: summary.byState.NOT_STARTED,
              draft: summary.byState.DRAFT,
              onTime: summary.on_time,
              late: summary.late,
            })}
          </p>
          {report && (
            <p className="mt-2 text-sm">
              <Link href={`/submissions/${report.id}`} className="font-medium text-brand-700 hover:underline">
                {t("openCountyReport")}
              </Link>{" "}
              <SubmissionStateBadge state={report.state} />
            </p>
          )}
        </Card>
        {isRunning && can(user.role, "school-returns:review") && rows.length > 0 && (
          <Card title={t("missingTitle", { count: missing.length })}>
            {missing.length === 0 ? (
              <p className="text-sm text-slate-600">{t("missingNone")}</p>
            ) : (
              <div className="relative max-h-80 overflow-y-auto">
                <UrgeForm
                  periodId={period.id}
                  recipients="schools"
                  units={missing.map((row) => ({
                    id: row.school.id,
                    name: row.school.name,
                    state: tEnums(`submissionState.${row.state}`),
                  }))}
                />
              </div>
            )}
          </Card>
        )}
        {rows.length === 0 ? (
          <EmptyState title={t("empty")} />
        ) : (
          <Table caption={t("board")}>
            <thead>
              <tr>
                <Th>{t("school")}</Th>
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
                      href={`/school-returns/${row.id}`}
                      className="font-medium text-brand-700 hover:underline"
                    >
                      {row.school.name}
                    </Link>
                  </Td>
                  <Td>{localized(row.school.county, "name", locale)}</Td>
                  <Td>
                    <BoardStateCell state={row.state} isLate={row.isLate} />
                  </Td>
                  <Td className="whitespace-nowrap text-slate-600">
                    {isRunning && SUBMISSION_WORKFLOW.isIn("awaitingCounty", row.state) ? countdown : "—"}
                  </Td>
                  <Td className="whitespace-nowrap text-slate-600">
                    {format.dateTime(row.lastActivityAt, { dateStyle: "medium", timeStyle: "short" })}
                  </Td>
                </tr>
              ))}
            </tbody>
          </Table>
        )}
      </div>
    </>
  );
}
