import type { NextRequest } from "next/server";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/auth/session";
import { listProblemExport } from "@/lib/data/problems/list-problems";
import { buildProblemLedgerWorkbook } from "@/lib/excel/problem-ledger";
import { problemListQuerySchema } from "@/lib/schemas/problems";
import { downloadOrStatus, xlsxResponse } from "@/lib/utils/download";
import { localized } from "@/lib/utils/localized";
import { businessDay, isoDay } from "@/lib/utils/periods";

// GET /problems/export?<the ledger's filters>: the 整改台账 as .xlsx in the bureaus' layout. Permission and scope are
// checked in the data layer; the filters read as on the page.
export async function GET(request: NextRequest) {
  const user = await requireUser();
  const query = problemListQuerySchema.parse(Object.fromEntries(request.nextUrl.searchParams));
  const [t, format, locale] = await Promise.all([getTranslations("problems"), getFormatter(), getLocale()]);
  return downloadOrStatus(async () => {
    const problems = await listProblemExport(user, query);
    const today = businessDay(new Date());
    const day = (date: Date) => format.dateTime(date, { dateStyle: "medium", timeZone: "UTC" });
    const xlsx = await buildProblemLedgerWorkbook(
      {
        sheetName: t("title"),
        title: t("title"),
        subtitle: t("exportAsOf", { day: day(today) }),
        headers: [
          t("fields.index"),
          t("fields.problem"),
          t("fields.responsibleUnit"),
          t("fields.measures"),
          t("fields.deadline"),
          t("fields.progress"),
          t("fields.state"),
        ],
        creator: t("title"),
      },
      problems.map((problem) => {
        const latest = problem.events[0];
        return {
          problem: `${localized(problem.county, "name", locale)}${problem.school ? ` ${problem.school.name}` : ""}：${problem.description}`,
          responsible: [problem.responsibleUnit, problem.responsiblePerson].filter(Boolean).join(" "),
          measures: problem.measures,
          deadline: day(problem.deadline),
          progress: latest ? `${day(latest.at)} ${latest.note}` : "",
          state: t(`states.${problem.state}`),
        };
      }),
      today,
    );
    return xlsxResponse(xlsx, `${t("title")}-${isoDay(today)}.xlsx`, `problems-${isoDay(today)}.xlsx`);
  });
}
