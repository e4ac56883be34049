import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { SchoolReturnReview } from "@/components/school-returns/school-return-review";
import { SubmissionForm } from "@/components/submissions/submission-form";
import { SubmissionStateBadge } from "@/components/submissions/submission-state-badge";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/permissions";
import { requirePagePermission } from "@/lib/auth/session";
import { getSchoolReturn } from "@/lib/data/school-returns/get-school-return";
import { idParam } from "@/lib/utils/route-params";
import { periodLabel } from "@/lib/utils/reporting-periods";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("schoolReturns"))("title") };
}

/** A school's return (decision 0046): the principal fills it in, the county officer reviews it, the city reads it. */
export default async function SchoolReturnPage({ params }: PageProps<"/school-returns/[returnId]">) {
  const user = await requirePagePermission("school-returns:view");
  const returnId = idParam((await params).returnId);
  const found = returnId ? await getSchoolReturn(user, returnId) : null;
  if (!found) notFound();
  const [t, tSubmissions, format, locale] = await Promise.all([
    getTranslations("schoolReturns"),
    getTranslations("submissions"),
    getFormatter(),
    getLocale(),
  ]);
  const period = periodLabel(found.period, locale);
  const note =
    found.editRefusal === "locked"
      ? tSubmissions("lockedNote")
      : found.editRefusal === "awaitingReview"
        ? tSubmissions("awaitingNote")
        : !found.canEdit
          ? t("locked")
          : null;
  const board = can(user.role, "submissions:view")
    ? { label: period, href: `/school-returns/periods/${found.period.id}` }
    : { label: period };
  return (
    <>
      <Breadcrumbs items={[{ label: t("title") }, board, { label: found.school.name }]} />
      <PageHeader
        title={`${found.school.name} · ${period}`}
        description={`${tSubmissions("deadline")} ${format.dateTime(found.period.deadline, { dateStyle: "medium", timeZone: "UTC" })} · ${tSubmissions("version", { version: found.version })}`}
        actions={<SubmissionStateBadge state={found.state} isLate={found.isLate} />}
      />
      <div className="space-y-4">
        {found.state === "RETURNED" && found.returnReason && (
          <p
            role="status"
            className="rounded-md border border-red-200 bg-red-50 px-4 py-3 text-sm text-red-800"
          >
            {t("returnedReason", { reason: found.returnReason })}
          </p>
        )}
        {note && (
          <p className="rounded-md border border-slate-200 bg-white px-4 py-3 text-sm text-slate-700">
            {note}
          </p>
        )}
        <SubmissionForm
          target="schoolReturn"
          submissionId={found.id}
          periodType={found.period.periodType}
          version={found.version}
          fields={found.fields}
          rules={found.rules}
          isEditable={found.canEdit}
        />
        {can(user.role, "school-returns:review") && (
          <Card title={tSubmissions("decisionTitle")}>
            <SchoolReturnReview returnId={found.id} version={found.version} canReview={found.canReview} />
          </Card>
        )}
      </div>
    </>
  );
}
