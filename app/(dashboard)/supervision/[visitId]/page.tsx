import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { ProblemStateBadge } from "@/components/problems/problem-state-badge";
import { RaiseFindingForm } from "@/components/supervision/raise-finding-form";
import { Card } from "@/components/ui/card";
import { FactList } from "@/components/ui/fact-list";
import { Link } from "@/components/ui/link";
import { PageHeader } from "@/components/ui/page-header";
import { requirePagePermission } from "@/lib/auth/session";
import { getSupervisionVisit } from "@/lib/data/supervision/get-visit";
import { businessDay, isoDay } from "@/lib/utils/periods";
import { localized } from "@/lib/utils/localized";
import { idParam } from "@/lib/utils/route-params";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("supervision"))("title") };
}

/** Deadline offered when a finding is raised: three months after today (each can be changed). */
const DEFAULT_FIX_DAYS = 90;

/** One visit: where and when, who inspected, and its findings, each raised as a problem or ready to be. */
export default async function SupervisionVisitPage({ params }: PageProps<"/supervision/[visitId]">) {
  const user = await requirePagePermission("supervision:view");
  const visitId = idParam((await params).visitId);
  if (visitId === null) notFound();
  const [visit, t, tProblems, format, locale] = await Promise.all([
    getSupervisionVisit(user, visitId),
    getTranslations("supervision"),
    getTranslations("problems"),
    getFormatter(),
    getLocale(),
  ]);
  if (!visit) notFound();
  const day = (date: Date) => format.dateTime(date, { dateStyle: "medium", timeZone: "UTC" });
  const unit = visit.school
    ? `${localized(visit.county, "name", locale)} · ${visit.school.name}（${visit.school.code}）`
    : `${localized(visit.county, "name", locale)} · ${t("countyLevel")}`;
  const defaultDeadline = isoDay(
    new Date(businessDay(new Date()).getTime() + DEFAULT_FIX_DAYS * 24 * 60 * 60 * 1000),
  );
  return (
    <>
      <PageHeader
        title={`${t(`kinds.${visit.kind}`)} · ${day(visit.visitedOn)}`}
        description={unit}
        actions={
          <Link href="/supervision" className="text-sm text-brand-700 hover:underline">
            {t("backToList")}
          </Link>
        }
      />
      <div className="space-y-6">
        <Card>
          <FactList
            className="gap-4 sm:grid-cols-3"
            facts={[
              [t("fields.kind"), t(`kinds.${visit.kind}`)],
              [t("fields.visitedOn"), day(visit.visitedOn)],
              [t("fields.inspectors"), visit.inspectors.map((inspector) => inspector.name).join("、")],
              [t("recordedBy"), visit.recordedBy.displayName],
            ]}
          />
          {visit.summary && (
            <>
              <h3 className="mt-4 text-sm font-medium text-slate-700">{t("fields.summary")}</h3>
              <p className="whitespace-pre-line text-sm text-slate-800">{visit.summary}</p>
            </>
          )}
        </Card>
        <Card title={t("fields.findings")}>
          {visit.findings.length === 0 ? (
            <p className="text-sm text-slate-500">{t("noFindings")}</p>
          ) : (
            <ol className="space-y-4" aria-label={t("fields.findings")}>
              {visit.findings.map((finding) => (
                <li key={finding.id} className="border-l-2 border-slate-200 pl-3 text-sm">
                  <p className="whitespace-pre-line text-slate-800">
                    {finding.position}．{finding.description}
                  </p>
                  {finding.problem ? (
                    <p className="mt-1 text-slate-600">
                      {t("raisedAs")}{" "}
                      <Link href={`/problems/${finding.problem.id}`} className="text-brand-700 underline">
                        {tProblems("title")} #{finding.problem.id}
                      </Link>{" "}
                      <ProblemStateBadge state={finding.problem.state} />
                    </p>
                  ) : (
                    visit.canRaise && (
                      <RaiseFindingForm findingId={finding.id} defaultDeadline={defaultDeadline} />
                    )
                  )}
                </li>
              ))}
            </ol>
          )}
        </Card>
      </div>
    </>
  );
}
