import { getFormatter, getTranslations } from "next-intl/server";
import { ProblemStateBadge } from "@/components/problems/problem-state-badge";
import { VisitTable } from "@/components/supervision/visit-table";
import { Card } from "@/components/ui/card";
import { Link } from "@/components/ui/link";
import type { SessionUser } from "@/lib/data/auth/session-user";
import { getSchoolSupervision } from "@/lib/data/supervision/list-visits";

/**
 * 督导与整改 on a school's page: its supervision visits and its problems of the 整改台账, read per request (they
 * move no figure, so they are not part of the cached sections). Nothing for a reader who may not see them.
 */
export async function SchoolSupervisionCard({ user, schoolId }: { user: SessionUser; schoolId: number }) {
  const [data, t, tProblems, format] = await Promise.all([
    getSchoolSupervision(user, schoolId),
    getTranslations("supervision"),
    getTranslations("problems"),
    getFormatter(),
  ]);
  if (!data) return null;
  return (
    <Card title={t("schoolCard")}>
      <h3 className="text-sm font-medium text-slate-700">{t("schoolVisits")}</h3>
      {data.visits.length === 0 ? (
        <p className="text-sm text-slate-500">{t("noVisits")}</p>
      ) : (
        <VisitTable rows={data.visits} caption={t("schoolVisits")} />
      )}
      <h3 className="mt-4 text-sm font-medium text-slate-700">{t("schoolProblems")}</h3>
      {data.problems.length === 0 ? (
        <p className="text-sm text-slate-500">{t("noProblems")}</p>
      ) : (
        <ul className="mt-1 space-y-1 text-sm" aria-label={t("schoolProblems")}>
          {data.problems.map((problem) => (
            <li key={problem.id} className="flex flex-wrap items-center gap-2">
              <Link href={`/problems/${problem.id}`} className="text-brand-700 hover:underline">
                {problem.description}
              </Link>
              <span className="text-xs text-slate-500">
                {tProblems(`sources.${problem.source}`)} ·{" "}
                {format.dateTime(problem.deadline, { dateStyle: "medium", timeZone: "UTC" })}
              </span>
              <ProblemStateBadge state={problem.state} />
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
