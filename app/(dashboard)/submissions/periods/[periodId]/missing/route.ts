import { notFound } from "next/navigation";
import { periodLabel } from "@/lib/utils/reporting-periods";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { requirePagePermission } from "@/lib/auth/session";
import { getPeriodBoard } from "@/lib/data/submissions/get-period-board";
import { buildTableWorkbook } from "@/lib/excel/table-workbook";
import { localized } from "@/lib/utils/localized";
import { idParam } from "@/lib/utils/route-params";
import { xlsxResponse } from "@/lib/utils/download";
import { SUBMISSION_WORKFLOW } from "@/lib/workflows/submissions";

/** The counties of a quarter that have not submitted, as an Excel list. */
export async function GET(
  _request: Request,
  { params }: RouteContext<"/submissions/periods/[periodId]/missing">,
) {
  const user = await requirePagePermission("submissions:view");
  const periodId = idParam((await params).periodId);
  const board = periodId ? await getPeriodBoard(user, periodId) : null;
  if (!board) notFound();
  const [t, tEnums, format, locale] = await Promise.all([
    getTranslations("submissions"),
    getTranslations("enums"),
    getFormatter(),
    getLocale(),
  ]);
  const quarter =
    board.period.quarter === null
      ? periodLabel(board.period, locale)
      : t("quarter", { year: board.period.year, quarter: board.period.quarter });
  const buffer = await buildTableWorkbook(t("sheet.missingName"), `${t("missingTitle")} · ${quarter}`, [
    [t("county"), t("state"), t("lastActivity")],
    ...board.rows
      .filter((row) => SUBMISSION_WORKFLOW.isIn("awaitingCounty", row.state))
      .map((row) => [
        localized(row.county, "name", locale),
        tEnums(`submissionState.${row.state}`),
        format.dateTime(row.lastActivityAt, { dateStyle: "medium", timeStyle: "short" }),
      ]),
  ]);
  return xlsxResponse(buffer, `${t("sheet.missingName")}-${quarter}.xlsx`);
}
