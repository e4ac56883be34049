// What a quarter's briefing says, as plain localized text and number series: the summary is written from the
// figures (which statuses occur, which indicators lag, which counties stand out), not filled into a fixed template.
// Pure: the data layer gathers the inputs (lib/data/briefings), lib/pdf lays the result out.
import { localized } from "@/lib/utils/localized";
import { usesSampleStandards } from "@/lib/indicators/effective-standards";
import { createTranslator } from "next-intl";
import type { BriefingData } from "@/lib/data/briefings/get-briefing-data";
import type { OrgIndicators } from "@/lib/data/indicators/get-indicator-overview";
import { peerGroupsOf } from "@/lib/indicators/fair-rankings";
import type { Messages } from "@/lib/i18n/messages";
import type { Locale } from "@/lib/i18n/locales";
import type { ValueType } from "@/lib/generated/prisma/enums";
import { formatIndicatorNumber, formatIndicatorValue, formatTargetBound } from "@/lib/indicators/format";
import { problemClosureRate } from "@/lib/indicators/problem-progress";
import type { IndicatorRow } from "@/lib/indicators/indicator-rows";
import { STATUS_SYMBOLS, type StatusKind } from "@/lib/indicators/status";
import { HEADLINE_KEYS, HEAT_TABLE_KEYS } from "@/lib/indicators/dashboard";
import { unitFill } from "@/lib/maps/map-colours";
import { mapUnitsOf, shandongCityMapUnits } from "@/lib/maps/map-units";
import { countyTilesOf, SHANDONG_CITY_TILES } from "@/lib/maps/tile-layouts";
import { tileLabel, tileMap } from "@/lib/maps/tile-map";
import { figuresOf, summariseCustomItem } from "@/lib/indicators/custom-items";
import { periodWhen } from "@/lib/utils/reporting-periods";

const STATUS_ORDER: readonly StatusKind[] = [
  "met",
  "on_track",
  "at_risk",
  "off_track",
  "no_data",
  "no_target",
];
const JUDGED: readonly StatusKind[] = ["met", "on_track", "at_risk", "off_track"];

/** The key ratios whose quarterly trend the briefing draws, in this order, where the scope has them. */
const TREND_KEYS = [
  "teacher_bachelor_ratio_urban_rural",
  "rural_principals_under45_share",
  "rural_schools_in_groups_share",
  "town_seat_schools_class2_share",
] as const;

/** The indicators compared across cities (the province's briefing), counties (a city's) or towns (a county's). */
const COMPARISON_KEYS = {
  province: ["teacher_bachelor_ratio_urban_rural", "town_seat_schools_class2_share"],
  city: ["teacher_bachelor_ratio_urban_rural", "town_seat_schools_class2_share"],
  county: ["rural_schools_in_groups_share", "gigabit_school_100m_class_share"],
} as const;

/** Indicator columns of the province's cities × indicators table: what fits across an A4 page. */
const MAX_HEAT_COLUMNS = 8;

/** Schools named one by one before "and others". */
const MAX_NAMED = 10;
/** Indicators named in a sentence before "and others": a leader reads the first few, the table has the rest. */
const MAX_NAMED_INDICATORS = 5;
/** Periods of a collection a custom item's trend shows in the briefing: the most recent ones up to its date. */
const MAX_CUSTOM_PERIODS = 6;

/** Counties or towns listed as off track in the points of attention. */
const MAX_ATTENTION_CHILDREN = 5;

export interface ChartPoint {
  label: string;
  value: number;
}

export interface TrendChart {
  title: string;
  points: ChartPoint[];
  target: number | null;
  targetLabel: string | null;
  fractionDigits: number;
  valueType: ValueType;
}

export interface ComparisonChart extends TrendChart {
  /** Children without a computable value, named below the chart */
  missingNote: string | null;
}

export interface HeadlineRow {
  key: string;
  name: string;
  value: string;
  target: string;
  deadline: string;
  status: StatusKind;
  mark: string;
}

export interface RankingRow {
  rank: number;
  peerRank: number | null;
  name: string;
  peerGroup: string | null;
  /** Rank among the counties of the same enrolment band, and the band (decision 0039) */
  sizeRank: number | null;
  sizeGroup: string | null;
  met: number;
  judged: number;
  share: string;
  offTrack: number;
}

export interface SubmissionLine {
  county: string;
  state: string;
  submittedAt: string;
  approvedAt: string;
  timeliness: string;
}

export interface ProblemProgressLine {
  county: string;
  total: number;
  closed: number;
  rate: string;
  overdue: number;
}

/** One custom item of a collection in the briefing (decision 0047). */
export interface CustomItemLine {
  name: string;
  /** The latest approved value with its unit, or "—" */
  value: string;
  /** When that value was reported, or "—" */
  period: string;
  /** Approved reports with a value / reports expected, of the latest period up to the briefing's date */
  completeness: string;
  /** The value of each of the collection's periods shown (null: none approved), oldest first */
  trend: (number | null)[];
  /** The same values as text ("21 → 25 → —") */
  trendText: string;
}

export interface CustomItemsSection {
  intro: string;
  /** Shown instead of the tables when the city has no custom items */
  empty: string | null;
  columns: Record<string, string>;
  collections: { name: string; periods: string[]; rows: CustomItemLine[] }[];
}

export type BriefingLevel = BriefingData["level"];

export interface BriefingContent {
  locale: Locale;
  level: BriefingLevel;
  title: string;
  fileName: string;
  bureau: string;
  period: string;
  dateLine: string;
  /** The document's creation date: the briefing's reference date, so the same inputs give the same file */
  asOf: Date;
  summary: string[];
  headline: { rows: HeadlineRow[]; legend: string; columns: Record<string, string> };
  /** The province's cities × indicators, each cell the status mark and figure; null in a city's or county's */
  heatTable: {
    title: string;
    note: string;
    nameColumn: string;
    columns: string[];
    rows: { name: string; cells: string[] }[];
  } | null;
  trends: TrendChart[];
  comparisons: ComparisonChart[];
  /** The counties (the province's: cities) on the schematic tile map, by status (decision 0036); null for a county's briefing */
  map: BriefingMap | null;
  ranking: { title: string; note: string; columns: Record<string, string>; rows: RankingRow[] };
  attention: { title: string; lines: string[] };
  /** 问题整改进展; null when the reader may not see the ledger (the section is left out) */
  problems: { intro: string; columns: Record<string, string>; rows: ProblemProgressLine[] } | null;
  submissions: {
    intro: string;
    counts: string;
    /** What sampled verification found; null when nothing of the quarter was sampled */
    verification: string | null;
    columns: Record<string, string>;
    rows: SubmissionLine[];
  };
  /** 调度表自定义项目: null in the province's briefing, which rolls up catalogue indicators only */
  customItems: CustomItemsSection | null;
  notes: string[];
  labels: {
    sections: Record<string, string>;
    /**
     * The footer, with {page} and {total} for the page numbers react-pdf knows only while laying out: a string, not
     * a function, so that the content crosses to the PDF worker thread as plain data (docs/decisions/0050).
     */
    pageTemplate: string;
    noHistory: string;
  };
}

/** The map as the PDF draws it: squares as SVG path data with their fill, name and status mark. */
export interface BriefingMap {
  title: string;
  note: string;
  legend: string;
  width: number;
  height: number;
  tiles: {
    key: number;
    path: string;
    fill: string;
    ink: string;
    cx: number;
    cy: number;
    label: string;
    mark: string;
  }[];
}

export type Translate = (key: string, values?: Record<string, string | number>) => string;

/** A translator for keys built at run time (status codes, reasons), which next-intl's typed keys cannot express. */
export function translatorFor(messages: Messages, locale: Locale, namespace: string): Translate {
  return createTranslator({ locale, messages, namespace }) as unknown as Translate;
}

/**
 * The briefing: its heading and its seven sections in the order the document prints them (summary, headline
 * indicators, charts, ranking and attention, 问题整改进展, submissions, data notes), each written by its own function
 * below; the problems' section is left out for a reader who may not see the ledger.
 */
export function composeBriefing(data: BriefingData, messages: Messages, locale: Locale): BriefingContent {
  const context = briefingContext(data, messages, locale);
  const { t, level, period, date, columns } = context;
  const orgName = localized(data.overview.org, "name", locale);
  const bureau = t(`${level}Bureau`, { name: orgName });
  const { ranking, attention } = rankingSection(context);
  return {
    locale,
    level,
    title: t("documentTitle", { scope: orgName }),
    fileName: t("fileName", { scope: orgName, year: data.quarter.year, quarter: data.quarter.quarter }),
    bureau,
    period,
    dateLine: t("dateLine", { bureau, date }),
    asOf: data.asOf,
    summary: summarySection(context, ranking.rows),
    headline: headlineSection(context),
    heatTable: heatTableSection(context),
    ...chartsSection(context),
    ranking,
    attention,
    problems: problemsSection(context, translatorFor(messages, locale, "problems")),
    submissions: submissionsSection(context),
    customItems: customItemsSection(context),
    notes: notesSection(context),
    labels: {
      sections: columns(level === "province" ? "provinceSections" : "sections", [
        "summary",
        "indicators",
        "charts",
        "ranking",
        "problems",
        "submissions",
        ...(level === "province" ? [] : ["customItems"]),
        "notes",
      ]),
      pageTemplate: t("page", { page: "{page}", total: "{total}" }),
      noHistory: t("charts.noHistory"),
    },
  };
}

/** What the sections share: the inputs, the translators, and the wording of values, lists and columns. */
export interface BriefingContext {
  data: BriefingData;
  locale: Locale;
  level: BriefingLevel;
  t: Translate;
  ti: Translate;
  tEnums: Translate;
  /** The quarter as the briefing names it ("2026年第三季度") */
  period: string;
  /** The reference date as the briefing writes it */
  date: string;
  scopeWord: string;
  childWord: string;
  valueText: (row: IndicatorRow, value: number) => string;
  /** The target as a bound: "≤ 1.05", "≥ 60%" */
  targetText: (row: IndicatorRow, value: number) => string;
  statusLabel: (status: StatusKind) => string;
  list: (items: string[]) => string;
  shortList: (items: string[], max?: number) => string;
  columns: (prefix: string, keys: string[]) => Record<string, string>;
}

// Chinese sets "167人" and "≤1.05" without a space (which the PDF would also break the line at); English keeps them
// unbroken.
const unbroken = (text: string, locale: Locale) => text.replaceAll(" ", locale === "zh" ? "" : "\u00a0");

export function briefingContext(data: BriefingData, messages: Messages, locale: Locale): BriefingContext {
  const t = translatorFor(messages, locale, "reports");
  const ti = translatorFor(messages, locale, "indicators");
  const { level } = data;
  const list = (items: string[]) => items.join(t("summary.listSeparator"));
  return {
    data,
    locale,
    level,
    t,
    ti,
    tEnums: translatorFor(messages, locale, "enums"),
    period: t("period", { ...data.quarter }),
    // "2026年12月2日" / "2 Dec 2026": an English reader cannot tell 2/12 from 12/2.
    date: new Intl.DateTimeFormat(locale === "zh" ? "zh-CN" : "en-GB", {
      year: "numeric",
      month: locale === "zh" ? "long" : "short",
      day: "numeric",
      timeZone: "UTC",
    }).format(data.asOf),
    scopeWord: t(`scopeWord.${level}`),
    childWord: t(`childWord.${level}`),
    valueText: (row, value) => unbroken(formatIndicatorValue(value, row.definition, locale), locale),
    targetText: (row, value) => unbroken(formatTargetBound(value, row.definition, locale), locale),
    statusLabel: (status) => ti(`status.${status}`),
    list,
    shortList: (items, max = MAX_NAMED_INDICATORS) =>
      items.length > max
        ? t("summary.andMore", { list: list(items.slice(0, max)), count: items.length })
        : list(items),
    columns: (prefix, keys) => Object.fromEntries(keys.map((key) => [key, t(`${prefix}.${key}`)])),
  };
}

/** 1. Summary: the statuses and what lags, the children that stand out (`ranking`), the submissions. */
export function summarySection(context: BriefingContext, ranking: readonly RankingRow[]): string[] {
  const {
    data,
    locale,
    t,
    period,
    scopeWord,
    childWord,
    valueText,
    targetText,
    statusLabel,
    list,
    shortList,
  } = context;
  const { org } = data.overview;
  const { submissions } = data;
  const counts = new Map<StatusKind, number>();
  for (const row of org.rows) counts.set(row.status.status, (counts.get(row.status.status) ?? 0) + 1);
  const parts = STATUS_ORDER.filter((status) => counts.has(status)).map((status) =>
    t("summary.part", { count: counts.get(status)!, status: statusLabel(status) }),
  );
  const withValue = (row: IndicatorRow) =>
    t("summary.indicatorWithValue", {
      name: localized(row.definition, "name", locale),
      value: row.status.current === null ? "" : valueText(row, row.status.current),
      target: row.status.target === null ? "" : targetText(row, row.status.target),
    });
  const offTrack = org.rows.filter((row) => row.status.status === "off_track");
  const atRisk = org.rows.filter((row) => row.status.status === "at_risk");
  const summary = [
    [
      t("summary.overall", {
        period,
        scope: scopeWord,
        total: org.rows.length,
        parts: parts.join(t("summary.separator")),
      }),
      ...(offTrack.length ? [t("summary.offTrack", { list: shortList(offTrack.map(withValue)) })] : []),
      ...(atRisk.length ? [t("summary.atRisk", { list: shortList(atRisk.map(withValue)) })] : []),
      ...(offTrack.length + atRisk.length === 0 ? [t("summary.noneBehind")] : []),
    ].join(locale === "zh" ? "" : " "), // a Chinese sentence ends with its 。, an English one needs a space
  ];
  if (ranking.length > 0) {
    const best = ranking[0]!;
    const mostOffTrack = Math.max(...ranking.map((row) => row.offTrack));
    const worst = ranking.filter((row) => row.offTrack === mostOffTrack).map((row) => row.name);
    summary.push(
      t("summary.children", {
        count: ranking.length,
        child: childWord,
        best: best.name,
        share: best.share,
        worstPart:
          mostOffTrack > 0
            ? t("summary.worst", { names: list(worst), count: mostOffTrack })
            : t("summary.worstNone", { child: childWord }),
      }),
    );
  }
  // The province reads no city's submission board (decision 0038): its briefing has no line on reports.
  if (!submissions) return summary;
  const sc = submissions.stateCounts;
  summary.push(
    submissions.period
      ? t("summary.submissions", {
          total: submissions.rows.length,
          approved: sc.APPROVED,
          submitted: sc.SUBMITTED,
          returned: sc.RETURNED,
          missing: submissions.timelinessCounts.not_submitted,
          late: submissions.timelinessCounts.late,
        })
      : t("summary.noPeriod"),
  );
  return summary;
}

/** 2. The headline table: each indicator's value (and the quarter it was reported in), target, deadline, status. */
export function headlineSection(context: BriefingContext): BriefingContent["headline"] {
  const { data, locale, t, valueText, targetText, statusLabel, columns } = context;
  const { quarter } = data;
  const rows = data.overview.org.rows.map((row): HeadlineRow => {
    const lagging =
      row.value && (row.value.quarter.year !== quarter.year || row.value.quarter.quarter !== quarter.quarter);
    const value = row.value?.result.computable
      ? valueText(row, row.value.result.value) +
        (lagging ? t("table.reportedQuarter", { period: t("period", { ...row.value!.quarter }) }) : "")
      : t("table.notComputable");
    return {
      key: row.definition.key,
      name:
        localized(row.definition, "name", locale) +
        (row.isAwaitingApproval ? t("table.awaitingApproval") : ""),
      value,
      target: row.target ? targetText(row, row.target.value) : t("table.noTarget"),
      deadline: !row.target
        ? t("table.noTarget")
        : row.target.deadlineYear === null
          ? t("table.ongoing")
          : t("table.deadlineYear", { year: row.target.deadlineYear }),
      status: row.status.status,
      mark: `${STATUS_SYMBOLS[row.status.status]} ${statusLabel(row.status.status)}`,
    };
  });
  return {
    rows,
    legend: t("table.legend"),
    columns: columns("table", ["no", "indicator", "value", "target", "deadline", "status"]),
  };
}

/**
 * 2 (province). The cities × indicators table, as the province dashboard's heat table shows it: for the first
 * heat-table indicators the province has, each city's status mark and figure against its own targets.
 */
export function heatTableSection(context: BriefingContext): BriefingContent["heatTable"] {
  const { data, locale, level, t, valueText } = context;
  const { org, children } = data.overview;
  if (level !== "province" || children.length === 0) return null;
  const keys = HEAT_TABLE_KEYS.filter((key) => org.rows.some((row) => row.definition.key === key)).slice(
    0,
    MAX_HEAT_COLUMNS,
  );
  const definitions = keys.map((key) => org.rows.find((row) => row.definition.key === key)!.definition);
  return {
    title: t("heatTable.title"),
    note: t("heatTable.note"),
    nameColumn: t("heatTable.city"),
    columns: definitions.map((definition) => localized(definition, "name", locale)),
    rows: children.map((child) => ({
      name: localized(child, "name", locale),
      cells: keys.map((key) => {
        const row = child.rows.find((item) => item.definition.key === key);
        const result = row?.value?.result;
        if (!row || !result?.computable) return STATUS_SYMBOLS.no_data;
        return `${STATUS_SYMBOLS[row.status.status]} ${valueText(row, result.value)}`;
      }),
    })),
  };
}

/**
 * 3. Charts: the dashboard's own series (the rows' quarterly history and the children's current values), figures
 * numbered through the trends and then the comparisons.
 */
export function chartsSection(
  context: BriefingContext,
): Pick<BriefingContent, "trends" | "comparisons" | "map"> {
  const { data, locale, level, t, childWord, targetText, list } = context;
  const { overview } = data;
  const { org } = overview;
  let figure = 0;
  const fractionDigits = (row: IndicatorRow) =>
    row.definition.valueType === "RATIO" ? 3 : row.definition.valueType === "PERCENT" ? 1 : 2;
  // A ratio has no unit: its title then ends with the name, not with "（—）".
  const unitOf = (row: IndicatorRow) => {
    const unit = localized(row.definition, "unit", locale);
    return unit ? t("charts.unit", { unit }) : "";
  };
  const trends = TREND_KEYS.flatMap((key): TrendChart[] => {
    const row = org.rows.find((candidate) => candidate.definition.key === key);
    if (!row || row.history.length === 0) return [];
    return [
      {
        title: t("charts.trendTitle", {
          number: ++figure,
          name: localized(row.definition, "name", locale),
          unit: unitOf(row),
        }),
        points: row.history.map((point) => ({ label: `${point.year}Q${point.quarter}`, value: point.value })),
        target: row.target?.value ?? null,
        targetLabel: row.target ? t("charts.targetLine", { value: targetText(row, row.target.value) }) : null,
        fractionDigits: fractionDigits(row),
        valueType: row.definition.valueType,
      },
    ];
  });
  const comparisons = COMPARISON_KEYS[level].flatMap((key): ComparisonChart[] => {
    const row = org.rows.find((candidate) => candidate.definition.key === key);
    if (!row || overview.children.length === 0) return [];
    const values = overview.children.map((child) => ({
      name: child.name,
      result: child.rows.find((candidate) => candidate.definition.key === key)?.value?.result,
    }));
    const points = values.flatMap(({ name, result }) =>
      result?.computable ? [{ label: name, value: result.value }] : [],
    );
    if (points.length === 0) return [];
    const missing = values.filter(({ result }) => !result?.computable).map(({ name }) => name);
    return [
      {
        title: t("charts.comparisonTitle", {
          number: ++figure,
          name: localized(row.definition, "name", locale),
          unit: unitOf(row),
          child: childWord,
        }),
        points,
        target: row.target?.value ?? null,
        targetLabel: row.target ? t("charts.targetLine", { value: targetText(row, row.target.value) }) : null,
        fractionDigits: fractionDigits(row),
        valueType: row.definition.valueType,
        missingNote: missing.length ? t("charts.notShown", { child: childWord, names: list(missing) }) : null,
      },
    ];
  });
  return { trends, comparisons, map: mapFigure(context, ++figure) };
}

/**
 * The city's counties (the province's cities) on the schematic tile map, coloured by status for the first headline
 * indicator it has.
 */
function mapFigure(context: BriefingContext, number: number): BriefingMap | null {
  const { data, locale, level, t, statusLabel } = context;
  const { org, children } = data.overview;
  const row = HEADLINE_KEYS.flatMap((key) => org.rows.filter((item) => item.definition.key === key))[0];
  if (level === "county" || !row || children.length === 0) return null;
  const childUnits = mapUnitsOf(children, row.definition.key, locale, () => "");
  // The province's map is its 16 cities' squares, as the province dashboard draws it: a city outside the
  // deployment is there with no data, so the picture is the whole province.
  const byCode = new Map(childUnits.map((unit) => [unit.code, unit]));
  const units = level === "province" ? shandongCityMapUnits((code) => byCode.get(code), locale) : childUnits;
  const map = tileMap(units, level === "province" ? SHANDONG_CITY_TILES : countyTilesOf(org.code ?? null));
  const statuses = STATUS_ORDER.filter((status) => units.some((unit) => unit.status === status));
  return {
    title: t(level === "province" ? "charts.provinceMapTitle" : "charts.mapTitle", {
      number,
      name: localized(row.definition, "name", locale),
    }),
    note: t(level === "province" ? "charts.provinceMapNote" : "charts.mapNote"),
    legend: statuses.map((status) => `${STATUS_SYMBOLS[status]} ${statusLabel(status)}`).join("　"),
    width: map.width,
    height: map.height,
    tiles: map.tiles.map((tile) => {
      const fill = unitFill(tile.unit, "status", []);
      return {
        key: tile.unit.id,
        path: tile.path,
        fill: fill.fill,
        ink: fill.ink,
        cx: tile.cx,
        cy: tile.cy,
        label: tileLabel(tile.unit.name, locale === "zh" ? 4 : 9),
        mark: `${STATUS_SYMBOLS[tile.unit.status]} ${tile.unit.value === null ? statusLabel("no_data") : tile.unit.valueText}`,
      };
    }),
  };
}

/** 4. The children's ranking, and the points of attention: children off track, missing or late reports, Class Ⅱ. */
export function rankingSection(context: BriefingContext): Pick<BriefingContent, "ranking" | "attention"> {
  const { data, locale, level, t, tEnums, childWord, list, shortList, columns } = context;
  const { overview, submissions } = data;
  const sizeBands = peerGroupsOf(
    overview.children.map((child) => ({ id: child.id, bases: data.bases?.get(child.id) ?? null })),
    "size",
  );
  const rows = rankChildren(
    overview.children,
    (child) => child.name,
    (kind) => tEnums(`countyKind.${kind}`),
    (child) => {
      const band = sizeBands.get(child.id);
      return level !== "county" && band ? t(`ranking.sizeBands.${band}`) : null;
    },
  );
  const attention: string[] = [];
  const mostOffTrack = [...overview.children]
    .filter((child) => offTrackRows(child).length > 0)
    .sort((a, b) => offTrackRows(b).length - offTrackRows(a).length)
    .slice(0, MAX_ATTENTION_CHILDREN);
  for (const child of mostOffTrack) {
    const offTrack = offTrackRows(child);
    attention.push(
      t("ranking.offTrackChild", {
        name: child.name,
        count: offTrack.length,
        list: shortList(
          offTrack.map((row) => localized(row.definition, "name", locale)),
          3,
        ),
      }),
    );
  }
  const byTimeliness = (timeliness: string) =>
    (submissions?.rows ?? []).filter((row) => row.timeliness === timeliness).map((row) => row.countyName);
  if (submissions?.period && byTimeliness("not_submitted").length)
    attention.push(t("ranking.missing", { names: list(byTimeliness("not_submitted")) }));
  if (byTimeliness("late").length) attention.push(t("ranking.late", { names: list(byTimeliness("late")) }));
  attention.push(...classTwoAttention(data, t, list, locale));
  if (attention.length === 0) attention.push(t("ranking.none"));
  return {
    ranking: {
      title: t("ranking.title", { child: childWord }),
      note: t(`ranking.${level}Note`),
      columns: columns("ranking.columns", [
        "rank",
        "peerRank",
        "name",
        "peerGroup",
        "sizeRank",
        "met",
        "judged",
        "share",
        "offTrack",
      ]),
      rows,
    },
    attention: { title: t("ranking.attentionTitle"), lines: attention },
  };
}

/** 5. Submissions: the period's deadline and state, the counts, and each county's report. */
/**
 * 5. 问题整改进展: the scope's problems by state, and per county the problems, those accepted, the closure rate
 * and the overdue ones, as the dashboards' card shows them.
 */
export function problemsSection(context: BriefingContext, tProblems: Translate): BriefingContent["problems"] {
  const { data, locale, t, scopeWord, date, list, columns } = context;
  if (!data.problems) return null;
  const { states, counties } = data.problems;
  const rateOf = (total: number, closed: number) => {
    const rate = problemClosureRate({ total, closed });
    return rate === null ? "—" : `${rate.toFixed(1)}%`;
  };
  const total = Object.values(states).reduce((sum, count) => sum + count, 0);
  const overdue = counties.reduce((sum, county) => sum + county.overdue, 0);
  const intro =
    total === 0
      ? t("problems.none", { date, scope: scopeWord })
      : t("problems.intro", {
          date,
          scope: scopeWord,
          total,
          states: list(
            PROBLEM_STATES.map((state) =>
              t("problems.state", { state: tProblems(`states.${state}`), count: states[state] }),
            ),
          ),
          rate: rateOf(total, states.ACCEPTED),
          overdue,
        });
  return {
    intro,
    columns: columns("problems.columns", ["county", "total", "closed", "rate", "overdue"]),
    rows: counties.map((county) => ({
      county: localized(county, "name", locale),
      total: county.total,
      closed: county.closed,
      rate: rateOf(county.total, county.closed),
      overdue: county.overdue,
    })),
  };
}

const PROBLEM_STATES = ["OPEN", "IN_PROGRESS", "SUBMITTED", "RETURNED", "ACCEPTED"] as const;

export function submissionsSection(context: BriefingContext): BriefingContent["submissions"] {
  const { data, t, tEnums, columns } = context;
  const { submissions } = data;
  const day = (value: Date | null) => (value ? value.toISOString().slice(0, 10) : "—");
  const verification =
    data.verification.total === 0
      ? null
      : t("submissions.verification", {
          total: data.verification.total,
          done: data.verification.total - data.verification.pending,
          confirmed: data.verification.confirmed,
          discrepancies: data.verification.discrepancies,
        });
  const columnsOf = () =>
    columns("submissions.columns", ["county", "state", "submittedAt", "approvedAt", "timeliness"]);
  // The province: what verification found across its cities, and where each city's reports are read.
  if (!submissions)
    return {
      intro: t("submissions.provinceIntro"),
      counts: "",
      verification,
      columns: columnsOf(),
      rows: [],
    };
  return {
    intro: submissions.period
      ? t("submissions.deadline", {
          date: day(submissions.period.deadline),
          state: tEnums(`periodState.${submissions.period.state}`),
        })
      : t("summary.noPeriod"),
    counts: t("submissions.counts", {
      total: submissions.rows.length,
      onTime: submissions.timelinessCounts.on_time,
      late: submissions.timelinessCounts.late,
      missing: submissions.timelinessCounts.not_submitted,
    }),
    verification,
    columns: columnsOf(),
    rows: submissions.rows.map((row) => ({
      county: row.countyName,
      state: tEnums(`submissionState.${row.state}`),
      submittedAt: day(row.submittedAt),
      approvedAt: day(row.approvedAt),
      timeliness: t(`submissions.timeliness.${row.timeliness}`),
    })),
  };
}

/**
 * 7. 调度表自定义项目 (decision 0047): each collection's custom items with their latest approved value up to the
 * briefing's date, the latest period's completeness and the values of its last periods (the trend). The scope's
 * figures for a city, the county's own for a county's briefing. With none, the section says so.
 */
export function customItemsSection(context: BriefingContext): CustomItemsSection | null {
  const { data, locale, t } = context;
  const figures = data.customItems;
  if (data.level === "province" || !figures) return null;
  const countyId = data.level === "county" ? data.overview.org.id : null;
  const none = t("customItems.none");
  const collections = figures.collections.map((collection) => {
    // The periods that had begun by the briefing's date, the latest few: a Q3 briefing shows no December.
    const shown = collection.periods
      .map((period, index) => ({ period, index }))
      .filter(({ period }) => period.startsOn <= data.asOf)
      .slice(-MAX_CUSTOM_PERIODS);
    const periods = shown.map(({ period }) => period);
    return {
      name: localized(collection, "name", locale),
      periods: periods.map((period) => periodWhen(period, locale)),
      rows: collection.items.map((item): CustomItemLine => {
        const own = figuresOf(item, countyId);
        const series = shown.map(({ index }) => own[index] ?? { value: null, reported: 0, expected: 0 });
        const summary = summariseCustomItem(periods, series);
        return {
          name: localized(item, "name", locale),
          value: summary.latest
            ? unbroken(formatIndicatorValue(summary.latest.value, item, locale), locale)
            : none,
          period: summary.latest ? periodWhen(summary.latest.period, locale) : none,
          completeness: summary.current ? `${summary.current.reported}/${summary.current.expected}` : none,
          trend: series.map((figure) => figure.value),
          trendText: series
            .map((figure) =>
              figure.value === null ? none : formatIndicatorNumber(figure.value, item.valueType, locale),
            )
            .join(" → "),
        };
      }),
    };
  });
  return {
    intro: t(`customItems.intro.${data.level}`),
    empty: collections.length === 0 ? t("customItems.empty") : null,
    columns: context.columns("customItems.columns", ["item", "value", "period", "completeness", "trend"]),
    collections,
  };
}

/** 8. Data notes: sources, coverage, what awaits approval, what is not computed or not configured. */
export function notesSection(context: BriefingContext): string[] {
  const { data, locale, level, t, ti, date, list } = context;
  const { overview } = data;
  const { org } = overview;
  const notes = [
    t(level === "province" ? "notes.provinceSources" : "notes.sources", { date }),
    t("notes.definitions"),
  ];
  // Demo data only: Class Ⅱ figures judged against sample values say so in every briefing.
  if (usesSampleStandards(overview.thresholds)) notes.unshift(t("notes.sampleStandards"));
  const coverage = org.rows.map((row) => row.value?.coverage).find((value) => value !== undefined);
  if (coverage) notes.push(t(level === "province" ? "notes.provinceCoverage" : "notes.coverage", coverage));
  if (org.rows.some((row) => row.isAwaitingApproval)) notes.push(t("notes.awaiting"));
  const notComputable = org.rows.flatMap((row) =>
    row.value?.result.computable === false
      ? [
          t("notes.notComputableItem", {
            name: localized(row.definition, "name", locale),
            reason: ti(`notComputable.${row.value.result.reason}`),
          }),
        ]
      : !row.value
        ? [
            t("notes.notComputableItem", {
              name: localized(row.definition, "name", locale),
              reason: ti("notComputable.no_data"),
            }),
          ]
        : [],
  );
  if (notComputable.length) notes.push(t("notes.notComputable", { list: list(notComputable) }));
  const unconfigured = [
    ...new Set(overview.thresholds.filter((row) => row.value === null).map((row) => row.indicatorKey)),
  ].map((key) => {
    const definition = overview.definitions.find((candidate) => candidate.key === key);
    return definition ? localized(definition, "name", locale) : key;
  });
  if (unconfigured.length) notes.push(t("notes.thresholdsNotConfigured", { list: list(unconfigured) }));
  if (org.computation.schoolsWithoutFacilityData > 0)
    notes.push(t("notes.schoolsWithoutFacility", { count: org.computation.schoolsWithoutFacilityData }));
  notes.push(t("notes.generated"));
  return notes;
}

function offTrackRows(org: OrgIndicators): IndicatorRow[] {
  return org.rows.filter((row) => row.status.status === "off_track");
}

/**
 * Children ranked by the share of their judged indicators that are met, ties to fewer off track, then catalogue
 * order; counties also get a rank among their own kind (peer group), since districts and counties start apart, and
 * among the counties of their enrolment band (`sizeGroupOf`, null where a county has no band), in the same order.
 */
export function rankChildren(
  children: readonly OrgIndicators[],
  nameOf: (child: OrgIndicators) => string,
  peerGroupName: (kind: NonNullable<OrgIndicators["countyKind"]>) => string,
  sizeGroupOf: (child: OrgIndicators) => string | null = () => null,
): RankingRow[] {
  const scored = children.map((child, order) => {
    const judged = child.rows.filter((row) => JUDGED.includes(row.status.status)).length;
    const met = child.rows.filter((row) => row.status.status === "met").length;
    return {
      child,
      order,
      judged,
      met,
      share: judged === 0 ? 0 : met / judged,
      offTrack: offTrackRows(child).length,
    };
  });
  scored.sort((a, b) => b.share - a.share || a.offTrack - b.offTrack || a.order - b.order);
  const peerCounters = new Map<string, number>();
  const sizeCounters = new Map<string, number>();
  return scored.map((entry, index) => {
    const kind = entry.child.countyKind;
    const peerRank = kind === undefined ? null : (peerCounters.get(kind) ?? 0) + 1;
    if (kind !== undefined) peerCounters.set(kind, peerRank!);
    const sizeGroup = sizeGroupOf(entry.child);
    const sizeRank = sizeGroup === null ? null : (sizeCounters.get(sizeGroup) ?? 0) + 1;
    if (sizeGroup !== null) sizeCounters.set(sizeGroup, sizeRank!);
    return {
      rank: index + 1,
      peerRank,
      name: nameOf(entry.child),
      peerGroup: kind === undefined ? null : peerGroupName(kind),
      sizeRank,
      sizeGroup,
      met: entry.met,
      judged: entry.judged,
      share: entry.judged === 0 ? "—" : `${((entry.met / entry.judged) * 100).toFixed(1)}%`,
      offTrack: entry.offTrack,
    };
  });
}

function classTwoAttention(
  data: BriefingData,
  t: Translate,
  list: (items: string[]) => string,
  locale: Locale,
): string[] {
  const key = "town_seat_schools_class2_share";
  const orgRow = data.overview.org.rows.find((row) => row.definition.key === key);
  if (orgRow?.value?.result.computable === false && orgRow.value.result.reason === "threshold_not_configured")
    return [t("ranking.classTwoNotConfigured")];
  if (data.schools) {
    const failing = data.schools.rows.filter(
      (school) =>
        school.classTwo?.applies && school.classTwo.computable && school.classTwo.verdict === "fail",
    );
    if (failing.length === 0) return [];
    const names = failing.slice(0, MAX_NAMED).map((school) => school.name);
    return [
      t("ranking.classTwoSchools", {
        count: failing.length,
        names: failing.length > MAX_NAMED ? t("ranking.moreSchools", { names: list(names) }) : list(names),
      }),
    ];
  }
  const short = data.overview.children.flatMap((child) => {
    const row = child.rows.find((candidate) => candidate.definition.key === key);
    const result = row?.value?.result;
    if (!row || !result?.computable || result.value >= 100) return [];
    return [
      t("ranking.classTwoCountyValue", {
        name: child.name,
        value: formatIndicatorValue(result.value, row.definition, locale),
      }),
    ];
  });
  return short.length ? [t("ranking.classTwoCounties", { list: list(short) })] : [];
}
