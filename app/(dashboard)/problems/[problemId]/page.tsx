import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { EvidenceFileList } from "@/components/evidence/evidence-file-list";
import { ProblemStateBadge } from "@/components/problems/problem-state-badge";
import { ProblemSteps } from "@/components/problems/problem-steps";
import { Card } from "@/components/ui/card";
import { FactList } from "@/components/ui/fact-list";
import { Link } from "@/components/ui/link";
import { PageHeader } from "@/components/ui/page-header";
import { requirePagePermission } from "@/lib/auth/session";
import { getProblem } from "@/lib/data/problems/get-problem";
import { localized } from "@/lib/utils/localized";
import { idParam } from "@/lib/utils/route-params";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("problems"))("title") };
}

/** One problem: what it is, who answers for it, its history, and the steps the user may take now. */
export default async function ProblemPage({ params }: PageProps<"/problems/[problemId]">) {
  const user = await requirePagePermission("problems:view");
  const problemId = idParam((await params).problemId);
  if (problemId === null) notFound();
  const [problem, t, format, locale] = await Promise.all([
    getProblem(user, problemId),
    getTranslations("problems"),
    getFormatter(),
    getLocale(),
  ]);
  if (!problem) notFound();
  const day = (date: Date) => format.dateTime(date, { dateStyle: "medium", timeZone: "UTC" });
  const number = (value: number | null) => (value === null ? "—" : format.number(value));
  const unit = problem.school
    ? `${localized(problem.county, "name", locale)} · ${problem.school.name}（${problem.school.code}）`
    : `${localized(problem.county, "name", locale)} · ${t("countyLevel")}`;

  return (
    <>
      <PageHeader
        title={problem.description}
        description={unit}
        actions={
          <Link href="/problems" className="text-sm text-brand-700 hover:underline">
            {t("backToList")}
          </Link>
        }
      />
      <div className="grid gap-6 lg:grid-cols-3">
        <div className="space-y-6 lg:col-span-2">
          <Card title={<ProblemStateBadge state={problem.state} />}>
            <FactList
              className="gap-4 sm:grid-cols-3"
              facts={[
                [t("fields.source"), t(`sources.${problem.source}`)],
                [
                  t("fields.itemKey"),
                  <span key="item" className="font-mono">
                    {problem.itemKey}
                  </span>,
                ],
                [t("fields.deadline"), day(problem.deadline)],
                [t("fields.valueAtTime"), number(problem.valueAtTime)],
                [t("fields.currentValue"), number(problem.currentValue)],
                [t("fields.responsibleUnit"), problem.responsibleUnit],
                [t("fields.responsiblePerson"), problem.responsiblePerson],
                [t("fields.createdBy"), problem.createdBy.displayName],
                [t("fields.acceptedAt"), problem.acceptedAt ? day(problem.acceptedAt) : "—"],
              ]}
            />
            <h3 className="mt-4 text-sm font-medium text-slate-700">{t("fields.measures")}</h3>
            <p className="whitespace-pre-line text-sm text-slate-800">{problem.measures || "—"}</p>
            {problem.isFigureMetNow && (
              <p role="status" className="mt-4 rounded-md bg-green-50 p-3 text-sm text-green-800">
                {t("figureMet")}
              </p>
            )}
            {problem.returnReason && (
              <p role="status" className="mt-4 rounded-md bg-red-50 p-3 text-sm text-red-800">
                {t("fields.returnReason")}：{problem.returnReason}
              </p>
            )}
          </Card>
          <Card title={t("history")}>
            {problem.events.length === 0 ? (
              <p className="text-sm text-slate-500">{t("noHistory")}</p>
            ) : (
              <ol className="space-y-3" aria-label={t("history")}>
                {problem.events.map((event) => (
                  <li key={event.id} className="border-l-2 border-slate-200 pl-3 text-sm">
                    <div className="font-medium text-slate-800">
                      {t(`actions.${event.action as "create"}`)} → {t(`states.${event.toState}`)}
                    </div>
                    <div className="text-xs text-slate-500">
                      {event.actor.displayName} ·{" "}
                      {format.dateTime(event.at, { dateStyle: "medium", timeStyle: "short" })}
                    </div>
                    {event.note && <p className="whitespace-pre-line text-slate-700">{event.note}</p>}
                    {event.value !== null && (
                      <p className="text-slate-700">
                        {t("eventValue", { value: format.number(event.value) })}
                      </p>
                    )}
                    {event.files.length > 0 && <EvidenceFileList files={event.files} />}
                  </li>
                ))}
              </ol>
            )}
          </Card>
        </div>
        <Card title={t("fields.progress")}>
          {problem.state === "SUBMITTED" && !problem.allowedActions.length && (
            <p className="mb-3 text-sm text-slate-600">
              {t("waitingForAcceptance", {
                level: problem.schoolId === null ? t("levelCity") : t("levelCounty"),
              })}
            </p>
          )}
          <ProblemSteps problemId={problem.id} actions={problem.allowedActions} />
        </Card>
      </div>
    </>
  );
}
