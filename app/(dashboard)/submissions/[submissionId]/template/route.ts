import { notFound } from "next/navigation";
import { periodLabel } from "@/lib/utils/reporting-periods";
import { getLocale, getTranslations } from "next-intl/server";
import { requirePagePermission } from "@/lib/auth/session";
import { getSubmission } from "@/lib/data/submissions/get-submission";
import { buildSubmissionTemplate } from "@/lib/excel/submission-workbook";
import { VALUE_TYPES } from "@/lib/schemas/submissions";
import { localized } from "@/lib/utils/localized";
import { idParam } from "@/lib/utils/route-params";
import { xlsxResponse } from "@/lib/utils/download";

/** The report's form as an Excel template, prefilled with the period before's values for reference. */
export async function GET(
  _request: Request,
  { params }: RouteContext<"/submissions/[submissionId]/template">,
) {
  const user = await requirePagePermission("submissions:view");
  const submissionId = idParam((await params).submissionId);
  const submission = submissionId ? await getSubmission(user, submissionId) : null;
  if (!submission) notFound();
  const [t, locale] = await Promise.all([getTranslations("submissions"), getLocale()]);
  const quarter =
    submission.period.quarter === null
      ? periodLabel(submission.period, locale)
      : t("quarter", { year: submission.period.year, quarter: submission.period.quarter });
  const county = localized(submission.county, "name", locale);
  const buffer = await buildSubmissionTemplate(
    submission,
    submission.fields.map((field) => ({
      key: field.key,
      name: localized(field, "name", locale),
      unit: localized(field, "unit", locale),
      valueType: field.valueType,
      lastValue: field.lastValue,
      value: field.value,
      note: field.note,
    })),
    {
      sheetName: t("sheet.name"),
      title: `${county} · ${quarter}`,
      headers: {
        key: t("sheet.key"),
        name: t("sheet.indicator"),
        unit: t("sheet.unit"),
        rule: t("sheet.rule"),
        lastQuarter: t(`columns.previous.${submission.period.periodType}`),
        value: t(`columns.current.${submission.period.periodType}`),
        note: t("sheet.note"),
      },
      rules: Object.fromEntries(VALUE_TYPES.map((type) => [type, t(`sheet.rules.${type}`)])) as Record<
        (typeof VALUE_TYPES)[number],
        string
      >,
      instructions: {
        sheetName: t("sheet.instructions.sheet"),
        lines: [t("sheet.instructions.title"), ...(t.raw("sheet.instructions.lines") as string[])],
      },
    },
  );
  return xlsxResponse(buffer, `${county}-${quarter}.xlsx`);
}
