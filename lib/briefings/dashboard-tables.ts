// The dashboard tables as sheets: Chinese (or the user's language) headers with units, statuses as symbol and
// word (never colour alone), "未配置" where a threshold is not configured. Pure apart from the types.
import { localized } from "@/lib/utils/localized";
import type { Translate } from "./compose-briefing";
import type {
  ComplianceItem,
  ResourceComplianceItem,
  SchoolCompliance,
} from "@/lib/data/briefings/list-school-compliance";
import type { SubmissionSummary } from "@/lib/data/submissions/get-submission-summary";
import type { IndicatorOverview, OrgIndicators } from "@/lib/data/indicators/get-indicator-overview";
import type { Locale } from "@/lib/i18n/locales";
import { formatIndicatorNumber } from "@/lib/indicators/format";
import {
  fairTable,
  isNormalisable,
  NORMALISATION_BASES,
  NORMALISED_VALUE_TYPE,
  type UnitBases,
} from "@/lib/indicators/fair-rankings";
import type { FairChoice } from "@/lib/schemas/reports";
import { VERDICT_SYMBOLS } from "@/lib/indicators/judgement";
import { STATUS_SYMBOLS } from "@/lib/indicators/status";
import { isoDay } from "@/lib/utils/periods";
import type { Cell, SheetSpec } from "@/lib/excel/sheet";

export interface TableTexts {
  t: Translate;
  tIndicators: Translate;
  tEnums: Translate;
  locale: Locale;
  period: string;
  bureau: string;
}

/**
 * Rows = counties (or the county itself for a county user), columns = each indicator's value and status. With
 * `fair`, each county's peer group under the chosen scheme, and counts and amounts per the chosen base (its name in
 * the header, its count in its own column) as the dashboard shows them (decision 0039).
 */
export function countyHeatSheet(
  overview: IndicatorOverview,
  texts: TableTexts,
  fair: FairChoice & { bases: ReadonlyMap<number, UnitBases> | null } = {
    normalisation: "raw",
    scheme: "kind",
    bases: null,
  },
): SheetSpec {
  const { t, tIndicators, tEnums, locale } = texts;
  const orgs: OrgIndicators[] = overview.org.level === "city" ? overview.children : [overview.org];
  const definitions = orgs[0]?.rows.map((row) => row.definition) ?? [];
  const h = "excel.countyHeat";
  const table = fairTable(orgs, { ...fair, rankKey: null });
  const { normalisation } = fair;
  const base = normalisation === "raw" ? null : NORMALISATION_BASES[normalisation].base;
  const per = normalisation === "raw" ? null : t(`${h}.per.${normalisation}`);
  const isNormalised = (definition: (typeof definitions)[number]) =>
    per !== null && isNormalisable(definition);
  const columns = [
    { header: t(`${h}.county`), width: 22 },
    { header: t(`${h}.kind`), width: 10 },
    { header: t(`${h}.peerGroup`, { scheme: t(`${h}.schemes.${fair.scheme}`) }), width: 18 },
    ...(base ? [{ header: t(`${h}.base.${base}`), width: 12 }] : []),
    { header: `${t(`${h}.met`)}（${locale === "zh" ? "项" : "n"}）`, width: 10 },
    { header: `${t(`${h}.offTrack`)}（${locale === "zh" ? "项" : "n"}）`, width: 10 },
    ...definitions.flatMap((definition) => [
      {
        header: isNormalised(definition)
          ? t(`${h}.perValueHeader`, {
              name: localized(definition, "name", locale),
              unit: localized(definition, "unit", locale) || "—",
              per: per!,
            })
          : t(`${h}.valueHeader`, {
              name: localized(definition, "name", locale),
              unit: localized(definition, "unit", locale) || "—",
            }),
        width: 16,
      },
      { header: t(`${h}.statusHeader`, { name: localized(definition, "name", locale) }), width: 12 },
    ]),
  ];
  const rows = orgs.map((org): Cell[] => [
    localized(org, "name", locale),
    org.countyKind ? tEnums(`countyKind.${org.countyKind}`) : "",
    t(`${h}.groups.${fair.scheme}.${table.groups.get(org.id) ?? "none"}`),
    ...(base ? [fair.bases?.get(org.id)?.[base] ?? tIndicators("notComputable.no_data")] : []),
    org.rows.filter((row) => row.status.status === "met").length,
    org.rows.filter((row) => row.status.status === "off_track").length,
    ...definitions.flatMap((definition): Cell[] => {
      const row = org.rows.find((candidate) => candidate.definition.key === definition.key);
      const result = table.resultOf(org.id, row);
      const status = row?.status.status ?? "no_data";
      const valueType = isNormalised(definition) ? NORMALISED_VALUE_TYPE : definition.valueType;
      return [
        // Numbers stay numbers (rounded as on the dashboard) so that the sheet can sort and sum them.
        result?.computable
          ? Number(formatIndicatorNumber(result.value, valueType, "en").replace(/,/g, ""))
          : result
            ? tIndicators(`notComputable.${result.reason}`)
            : tIndicators("notComputable.no_data"),
        `${STATUS_SYMBOLS[status]} ${tIndicators(`status.${status}`)}`,
      ];
    }),
  ]);
  return {
    sheetName: t(`${h}.sheet`),
    title: t(`${h}.title`, {
      scope: localized(overview.org, "name", locale),
      period: texts.period,
    }),
    columns,
    rows,
    creator: texts.bureau,
    created: overview.asOf,
  };
}

/** Per school: place, type, Class Ⅱ per item (or not configured / not applicable), the seven items, big classes. */
export function schoolComplianceSheet(compliance: SchoolCompliance, texts: TableTexts): SheetSpec {
  const { t, tEnums, tIndicators, locale } = texts;
  const h = "excel.schoolCompliance";
  const mark = (met: boolean | null) =>
    met === null
      ? t(`${h}.notConfigured`)
      : met
        ? `${VERDICT_SYMBOLS.pass} ${t(`${h}.met`)}`
        : `${VERDICT_SYMBOLS.fail} ${t(`${h}.notMet`)}`;
  const verdictMark = (verdict: "pass" | "fail" | "not_judgeable") =>
    verdict === "not_judgeable" ? t(`${h}.notConfigured`) : mark(verdict === "pass");
  const itemMarks = <Key extends string>(
    items: ComplianceItem<Key>[] | null,
    count: number,
    fallback: string,
  ): Cell[] => (items ? items.map((item) => mark(item.met)) : Array.from({ length: count }, () => fallback));
  const columns = [
    { header: t(`${h}.code`), width: 14 },
    { header: t(`${h}.name`), width: 28 },
    { header: t(`${h}.town`), width: 14 },
    { header: t(`${h}.level`), width: 12 },
    { header: t(`${h}.location`), width: 10 },
    { header: t(`${h}.townSeat`), width: 10 },
    { header: t(`${h}.facilityYear`), width: 12 },
    { header: t(`${h}.classTwo`), width: 12 },
    ...compliance.classTwoItems.map((item) => ({
      header: `${t(`${h}.classTwoItem`, { name: localized(item, "name", locale) })}（${localized(item, "unit", locale)}）`,
      width: 16,
    })),
    { header: t(`${h}.qualityBalanced`), width: 14 },
    { header: t(`${h}.qualityBalancedMet`), width: 12 },
    ...compliance.qualityBalancedItems.map((item) => ({
      header: `${t(`${h}.qualityBalancedItem`, { name: localized(item, "name", locale) })}（${localized(item, "unit", locale)}）`,
      width: 18,
    })),
    ...compliance.qualityBalancedItems.map((item) => ({
      header: `${t(`${h}.qualityBalancedValue`, { name: localized(item, "name", locale) })}（${localized(item, "unit", locale)}）`,
      width: 18,
    })),
    { header: t(`${h}.oversized`), width: 12 },
  ];
  const c2Count = compliance.classTwoItems.length;
  const qbCount = compliance.qualityBalancedItems.length;
  const rows = compliance.rows.map((school): Cell[] => {
    const noData = t(`${h}.noData`);
    const classTwo = school.classTwo;
    const classTwoCells: Cell[] =
      classTwo === null
        ? [noData, ...itemMarks(null, c2Count, noData)]
        : !classTwo.applies
          ? [t(`${h}.notApplicable`), ...itemMarks(null, c2Count, t(`${h}.notApplicable`))]
          : !classTwo.computable
            ? [
                tIndicators(`notComputable.${classTwo.reason}`),
                ...itemMarks(null, c2Count, tIndicators(`notComputable.${classTwo.reason}`)),
              ]
            : [verdictMark(classTwo.verdict), ...itemMarks(classTwo.items, c2Count, "")];
    const qb = school.qualityBalanced;
    const qbCells: Cell[] =
      qb === null
        ? [noData, null, ...itemMarks(null, 2 * qbCount, noData)]
        : !qb.evaluated
          ? [t(`${h}.notEvaluated`), null, ...itemMarks(null, 2 * qbCount, t(`${h}.notEvaluated`))]
          : [
              verdictMark(qb.verdict),
              qb.items.filter((item) => item.met === true).length,
              ...itemMarks(qb.items, qbCount, ""),
              ...qb.items.map(({ values }) => resourceValueCell(values, texts)),
            ];
    return [
      school.code,
      school.name,
      school.townName,
      tEnums(`schoolLevel.${school.level}`),
      tEnums(`locationClass.${school.locationClass}`),
      school.isTownSeat ? t(`${h}.yes`) : t(`${h}.no`),
      school.facilitySchoolYear === null ? noData : t(`${h}.schoolYear`, { year: school.facilitySchoolYear }),
      ...classTwoCells,
      ...qbCells,
      school.classesOverStandardSize,
    ];
  });
  const date = isoDay(compliance.asOf);
  return {
    sheetName: t(`${h}.sheet`),
    title: t(`${h}.title`, {
      county: localized(compliance.county, "name", locale),
      date,
    }),
    columns,
    rows,
    creator: texts.bureau,
    created: compliance.asOf,
  };
}

/**
 * A school's value of one quality-balance item: a number (two decimals, as the standards are written) for a school
 * of one stage, "小学 2.50；初中 3.00" for a school evaluated in two.
 */
function resourceValueCell(values: ResourceComplianceItem["values"], texts: TableTexts): Cell {
  const rounded = (value: number) => Math.round(value * 100) / 100;
  if (values.length === 1) return rounded(values[0]!.value);
  return values
    .map(({ stage, value }) =>
      texts.t("excel.schoolCompliance.stageValue", {
        stage: texts.tEnums(`stage.${stage}`),
        value: formatIndicatorNumber(value, "DECIMAL", texts.locale),
      }),
    )
    .join(texts.locale === "zh" ? "；" : "; ");
}

/** Counties × state for the quarter, with dates and timeliness. */
export function submissionBoardSheet(
  summary: SubmissionSummary,
  scopeName: string,
  created: Date,
  texts: TableTexts,
): SheetSpec {
  const { t, tEnums } = texts;
  const day = (date: Date | null) => (date ? isoDay(date) : "");
  return {
    sheetName: t("excel.submissionBoard.sheet"),
    title: t("excel.submissionBoard.title", { scope: scopeName, period: texts.period }),
    subtitles: summary.period
      ? [t("excel.submissionBoard.deadline", { date: isoDay(summary.period.deadline) })]
      : [t("summary.noPeriod")],
    columns: [
      { header: t("submissions.columns.county"), width: 24 },
      { header: t("submissions.columns.state"), width: 12 },
      { header: t("submissions.columns.submittedAt"), width: 14 },
      { header: t("submissions.columns.approvedAt"), width: 14 },
      { header: t("submissions.columns.timeliness"), width: 10 },
    ],
    rows: summary.rows.map((row) => [
      row.countyName,
      tEnums(`submissionState.${row.state}`),
      day(row.submittedAt),
      day(row.approvedAt),
      t(`submissions.timeliness.${row.timeliness}`),
    ]),
    creator: texts.bureau,
    created,
  };
}
