import type { Metadata } from "next";
import { periodLabel } from "@/lib/utils/reporting-periods";
import { notFound } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { ExcelUpload } from "@/components/submissions/excel-upload";
import { ReviewPanel } from "@/components/submissions/review-panel";
import { RevisionDiff } from "@/components/submissions/revision-diff";
import { SubmissionForm } from "@/components/submissions/submission-form";
import { SubmissionStateBadge } from "@/components/submissions/submission-state-badge";
import { Card } from "@/components/ui/card";
import { Link } from "@/components/ui/link";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/permissions";
import { requirePagePermission } from "@/lib/auth/session";
import { getSubmission } from "@/lib/data/submissions/get-submission";
import { listValueEvidence } from "@/lib/data/evidence/list-value-evidence";
import { ValueEvidenceCard } from "@/components/evidence/value-evidence-card";
import { listReportFindings } from "@/lib/data/verification/list-report-findings";
import { ReportFindings } from "@/components/verification/report-findings";
import { localized } from "@/lib/utils/localized";
import { idParam } from "@/lib/utils/route-params";
import { DownloadButton } from "@/components/ui/download-button";

const RETURN_FORM_ID = "return-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("submissions"))("title") };
}

export default async function SubmissionPage({ params }: PageProps<"/submissions/[submissionId]">) {
  const user = await requirePagePermission("submissions:view");
  const submissionId = idParam((await params).submissionId);
  const submission = submissionId ? await getSubmission(user, submissionId) : null;
  if (!submission) notFound();
  const [findings, evidence, t, tReturns, tEnums, format, locale] = await Promise.all([
    listReportFindings(user, submission.id),
    listValueEvidence(user, submission.id),
    getTranslations("submissions"),
    getTranslations("schoolReturns"),
    getTranslations("enums"),
    getFormatter(),
    getLocale(),
  ]);
  const quarter =
    submission.period.quarter === null
      ? periodLabel(submission.period, locale)
      : t("quarter", { year: submission.period.year, quarter: submission.period.quarter });
  const county = localized(submission.county, "name", locale);
  // The workflow's reason why the report cannot be changed now says which note applies.
  const statusNote =
    submission.editRefusal === "locked"
      ? t("lockedNote")
      : submission.editRefusal === "awaitingReview"
        ? t("awaitingNote")
        : !submission.canEdit
          ? t("readOnlyNote")
          : null;

  return (
    <>
      <Breadcrumbs
        items={[
          { label: t("title"), href: "/submissions" },
          { label: quarter, href: `/submissions/periods/${submission.period.id}` },
          { label: county },
        ]}
      />
      <PageHeader
        title={`${county} · ${quarter}`}
        description={`${t("deadline")} ${format.dateTime(submission.period.deadline, { dateStyle: "medium", timeZone: "UTC" })} · ${t("version", { version: submission.version })}`}
        actions={<SubmissionStateBadge state={submission.state} isLate={submission.isLate} />}
      />
      <div className="space-y-4">
        {submission.state === "RETURNED" && submission.returnReason && (
          <p
            role="status"
            className="rounded-md border border-red-200 bg-red-50 px-4 py-3 text-sm text-red-800"
          >
            {t("reviewerSays", { reason: submission.returnReason })}
          </p>
        )}
        <ReportFindings findings={findings} />
        {submission.fields.some((field) => field.rollsUp) && (
          <p className="rounded-md border border-slate-200 bg-white px-4 py-3 text-sm text-slate-700">
            <Link
              href={`/school-returns/periods/${submission.period.id}`}
              className="font-medium text-brand-700 hover:underline"
            >
              {tReturns("board")}
            </Link>
            <span className="ml-2 text-slate-600">{tReturns("computedHint")}</span>
          </p>
        )}
        {statusNote && (
          <p className="rounded-md border border-slate-200 bg-white px-4 py-3 text-sm text-slate-700">
            {statusNote}
          </p>
        )}
        <SubmissionForm
          submissionId={submission.id}
          periodType={submission.period.periodType}
          version={submission.version}
          fields={submission.fields}
          rules={submission.rules}
          isEditable={submission.canEdit}
          reviewFormId={submission.canReview ? RETURN_FORM_ID : undefined}
        />
        <ValueEvidenceCard values={evidence ?? []} canEdit={submission.canEdit} viewerId={user.id} />
        {can(user.role, "submissions:review") && (
          <Card title={t("decisionTitle")}>
            <ReviewPanel
              submissionId={submission.id}
              version={submission.version}
              canReview={submission.canReview}
              canReopen={submission.canReopen}
              returnFormId={RETURN_FORM_ID}
            />
          </Card>
        )}
        <div className="grid gap-4 xl:grid-cols-2">
          {submission.canEdit && (
            <Card title={t("excelTitle")}>
              <p className="mb-3 text-sm text-slate-600">{t("excelHelp")}</p>
              <DownloadButton
                href={`/submissions/${submission.id}/template`}
                className="text-sm font-medium text-brand-700 hover:underline"
              >
                {t("downloadTemplate")}
              </DownloadButton>
              <ExcelUpload
                submissionId={submission.id}
                names={Object.fromEntries(
                  submission.fields.map((field) => [field.key, localized(field, "name", locale)]),
                )}
              />
            </Card>
          )}
          <Card title={t("diffTitle")}>
            <RevisionDiff submission={submission} />
          </Card>
          <Card title={t("timeline")}>
            {submission.events.length === 0 && <p className="text-sm text-slate-600">{t("noHistory")}</p>}
            <ol className="space-y-2 text-sm">
              {submission.events.map((event) => (
                <li key={event.id}>
                  <span className="text-slate-500">
                    {format.dateTime(event.at, { dateStyle: "medium", timeStyle: "short" })}
                  </span>{" "}
                  {event.actor.displayName}：{tEnums(`submissionState.${event.fromState}`)} →{" "}
                  {tEnums(`submissionState.${event.toState}`)}
                  {event.reason && <span className="text-slate-600">（{event.reason}）</span>}
                </li>
              ))}
            </ol>
          </Card>
        </div>
      </div>
    </>
  );
}
