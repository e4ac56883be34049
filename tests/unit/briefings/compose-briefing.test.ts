import { NO_DATA_FILL } from "@/lib/maps/map-colours";
import { describe, expect, it } from "vitest";
import {
  briefingContext,
  chartsSection,
  customItemsSection,
  composeBriefing,
  headlineSection,
  notesSection,
  rankChildren,
  problemsSection,
  rankingSection,
  submissionsSection,
  summarySection,
  translatorFor,
} from "@/lib/briefings/compose-briefing";
import type { BriefingData } from "@/lib/data/briefings/get-briefing-data";
import type { OrgIndicators } from "@/lib/data/indicators/get-indicator-overview";
import type { CountyKind } from "@/lib/generated/prisma/enums";
import { loadMessages } from "@/lib/i18n/messages";
import type { OrgComputation } from "@/lib/indicators/computed-indicators";
import type { IndicatorDefinitionView, IndicatorRow } from "@/lib/indicators/indicator-rows";
import type { StatusKind } from "@/lib/indicators/status";
import { indicatorDefinition } from "../../support/indicator-definition";
import { moeStandards } from "../../support/standards";

const QUARTER = { year: 2026, quarter: 3 } as const;

const GROUPS = indicatorDefinition({
  key: "rural_schools_in_groups_share",
  nameZh: "乡村学校纳入城乡教育集团的比例",
});
const GIGABIT = indicatorDefinition({ key: "gigabit_school_100m_class_share", nameZh: "千兆进校比例" });
const PRINCIPALS = indicatorDefinition({
  key: "rural_principals_under45_share",
  nameZh: "45周岁以下乡村校长占比",
});
const CLASS_TWO = indicatorDefinition({
  key: "town_seat_schools_class2_share",
  nameZh: "镇驻地学校Ⅱ类达标比例",
});

function row(def: IndicatorDefinitionView, status: StatusKind, value: number | null): IndicatorRow {
  return {
    definition: def,
    value:
      value === null
        ? { result: { computable: false, reason: "threshold_not_configured" }, quarter: QUARTER }
        : { result: { computable: true, value }, quarter: QUARTER },
    target: { value: 100, deadlineYear: 2027, source: "policy" },
    status: {
      status,
      reason: "meets_target",
      current: value,
      target: 100,
      deadlineYear: 2027,
      quartersRemaining: 5,
      slopePerQuarter: null,
      projectedAtDeadline: null,
      requiredPacePerQuarter: null,
      pointsUsed: 0,
    },
    history: value === null ? [] : [{ ...QUARTER, value }],
    isAwaitingApproval: false,
  };
}

const computation = { schoolsWithoutFacilityData: 3 } as OrgComputation;

function county(id: number, name: string, kind: CountyKind, statuses: StatusKind[]): OrgIndicators {
  const defs = [GROUPS, GIGABIT, PRINCIPALS];
  return {
    level: "county",
    id,
    name,
    nameEn: name,
    countyKind: kind,
    computation,
    rows: statuses.map((status, index) => row(defs[index]!, status, status === "met" ? 100 : 80)),
  };
}

const children = [
  county(1, "甲区", "DISTRICT", ["met", "off_track", "off_track"]),
  county(2, "乙县", "COUNTY", ["met", "met", "at_risk"]),
  county(3, "丙区", "DISTRICT", ["met", "met", "no_data"]),
];

const data: BriefingData = {
  level: "city",
  quarter: QUARTER,
  asOf: new Date("2026-09-30T00:00:00Z"),
  overview: {
    asOf: new Date("2026-09-30T00:00:00Z"),
    currentQuarter: QUARTER,
    definitions: [GROUPS, GIGABIT, PRINCIPALS, CLASS_TWO],
    standards: moeStandards(),
    schools: [],
    thresholds: [
      {
        id: 1,
        setKey: "shandong_class2",
        setCityId: null,
        overridesKey: null,
        indicatorKey: "town_seat_schools_class2_share",
        schoolLevel: "PRIMARY",
        minClasses: null,
        maxClasses: null,
        comparator: "GTE",
        value: null,
        unit: "m²",
        effectiveFrom: new Date("2020-01-01"),
        source: "",
        confidence: "UNCONFIRMED",
        note: null,
      },
    ],
    cityName: { name: "示例市", nameEn: "Sample" },
    org: {
      level: "city",
      id: 9,
      name: "示例市",
      nameEn: "Sample",
      computation,
      rows: [
        row(GROUPS, "met", 100),
        row(GIGABIT, "off_track", 62.5),
        row(PRINCIPALS, "at_risk", 41.2),
        row(CLASS_TWO, "no_data", null),
      ],
    },
    children,
  },
  submissions: {
    quarter: QUARTER,
    period: { state: "CLOSED", deadline: new Date("2026-09-24T00:00:00Z") },
    rows: [
      {
        countyId: 1,
        countyName: "甲区",
        countyKind: "DISTRICT",
        state: "APPROVED",
        submittedAt: new Date("2026-09-20"),
        approvedAt: new Date("2026-09-22"),
        timeliness: "on_time",
      },
      {
        countyId: 2,
        countyName: "乙县",
        countyKind: "COUNTY",
        state: "APPROVED",
        submittedAt: new Date("2026-09-26"),
        approvedAt: new Date("2026-09-27"),
        timeliness: "late",
      },
      {
        countyId: 3,
        countyName: "丙区",
        countyKind: "DISTRICT",
        state: "DRAFT",
        submittedAt: null,
        approvedAt: null,
        timeliness: "not_submitted",
      },
    ],
    stateCounts: { NOT_STARTED: 0, DRAFT: 1, SUBMITTED: 0, RETURNED: 0, APPROVED: 2 },
    timelinessCounts: { on_time: 1, late: 1, not_submitted: 1 },
  },
  schools: null,
  // Pupils 30,000 / 10,000 / 20,000: 乙县 is the smaller third, 丙区 the middle, 甲区 the larger.
  bases: new Map([
    [1, { schools: 30, enrolment: 30_000, teachers: 2_000, ruralSchools: 5 }],
    [2, { schools: 20, enrolment: 10_000, teachers: 800, ruralSchools: 18 }],
    [3, { schools: 25, enrolment: 20_000, teachers: 1_500, ruralSchools: 0 }],
  ]),
  verification: { total: 10, pending: 2, confirmed: 7, discrepancies: 1 },
  customItems: {
    counties: [{ id: 2, name: "乙县", nameEn: "Yi" }],
    collections: [
      {
        id: 7,
        nameZh: "营养餐月调度",
        nameEn: "Meals monthly",
        periodType: "MONTH",
        periods: [7, 8, 9, 10].map((month) => ({
          id: month,
          periodType: "MONTH" as const,
          year: 2026,
          sequence: month,
          startsOn: new Date(Date.UTC(2026, month - 1, 1)),
          endsOn: new Date(Date.UTC(2026, month, 0)),
          collection: { nameZh: "营养餐月调度", nameEn: "Meals monthly" },
        })),
        items: [
          {
            key: "c7_1",
            nameZh: "供餐天数",
            nameEn: "Days served",
            unit: "天",
            unitEn: "days",
            valueType: "COUNT",
            rollUp: "SUM",
            periods: [
              { value: 10, reported: 3, expected: 3 },
              { value: null, reported: 0, expected: 3 },
              { value: 1200, reported: 2, expected: 3 },
              { value: 99, reported: 1, expected: 3 },
            ],
            counties: [
              {
                countyId: 2,
                periods: [
                  { value: 4, reported: 1, expected: 1 },
                  { value: null, reported: 0, expected: 1 },
                  { value: null, reported: 0, expected: 1 },
                  { value: 5, reported: 1, expected: 1 },
                ],
              },
            ],
          },
        ],
      },
    ],
  },
  problems: {
    states: { OPEN: 2, IN_PROGRESS: 1, SUBMITTED: 1, RETURNED: 0, ACCEPTED: 4 },
    counties: [
      { countyId: 1, name: "甲区", nameEn: "Jia", total: 5, closed: 3, overdue: 1 },
      { countyId: 2, name: "乙县", nameEn: "Yi", total: 3, closed: 1, overdue: 0 },
      { countyId: 3, name: "丙区", nameEn: "Bing", total: 0, closed: 0, overdue: 0 },
    ],
  },
};

describe("rankChildren", () => {
  it("ranks by the share of judged indicators met, then fewer off track, with a rank within each kind", () => {
    const ranking = rankChildren(
      children,
      (child) => child.name,
      (kind) => kind,
    );
    // 丙区 2/2 met, 乙县 2/3, 甲区 1/3.
    expect(ranking.map((entry) => [entry.name, entry.rank, entry.peerRank, entry.met, entry.judged])).toEqual(
      [
        ["丙区", 1, 1, 2, 2],
        ["乙县", 2, 1, 2, 3],
        ["甲区", 3, 2, 1, 3],
      ],
    );
    expect(ranking[0]!.share).toBe("100.0%");
  });

  it("ranks within the enrolment group given, in the same order, and none without a group", () => {
    const ranking = rankChildren(
      children,
      (child) => child.name,
      (kind) => kind,
      (child) => (child.id === 2 ? null : "medium"),
    );
    expect(ranking.map((entry) => [entry.name, entry.sizeRank, entry.sizeGroup])).toEqual([
      ["丙区", 1, "medium"],
      ["乙县", null, null],
      ["甲区", 2, "medium"],
    ]);
  });
});

describe("composeBriefing", async () => {
  const content = composeBriefing(data, await loadMessages("zh"), "zh");

  it("writes the summary from the statuses and names what lags, with its value and target", () => {
    expect(content.title).toBe("示例市乡村教育振兴工作简报");
    expect(content.fileName).toBe("示例市乡村教育振兴工作简报-2026年第3季度");
    expect(content.summary[0]).toBe(
      "截至2026年第三季度，全市4项监测指标中1项已达标，1项有风险，1项滞后，1项无数据。" +
        "滞后指标为千兆进校比例（62.5%，目标≥100%），需加快推进。" +
        "有风险指标为45周岁以下乡村校长占比（41.2%，目标≥100%），按当前趋势到期难以达标。",
    );
    expect(content.summary[1]).toBe("3个县（市、区）中，丙区达标率最高（100.0%）；甲区滞后指标较多（2项）。");
    expect(content.summary[2]).toContain("已审核通过2个");
    expect(content.summary[2]).toContain("未报送1个；逾期报送1个");
  });

  it("is plain data that a worker thread can be handed: the footer is a template, not a function", () => {
    expect(content.labels.pageTemplate).toBe("第 {page} 页 / 共 {total} 页");
    expect(structuredClone(content)).toEqual(content);
  });

  it("marks each status with a symbol as well as a word", () => {
    expect(content.headline.rows.map((entry) => entry.mark)).toEqual([
      "√ 已达标",
      "× 滞后",
      "△ 有风险",
      "— 无数据",
    ]);
    expect(content.headline.rows[3]!.value).toBe("未计算");
  });

  it("lists the points of attention and the data notes", () => {
    expect(content.attention.lines).toEqual([
      "甲区：千兆进校比例、45周岁以下乡村校长占比滞后。",
      "本季度尚未报送：丙区。",
      "逾期报送：乙县。",
      "Ⅱ类办学条件标准未配置，镇驻地学校达标情况无法判断。",
    ]);
    expect(content.notes).toContain("以下标准项“未配置”，相关指标不作判断：镇驻地学校Ⅱ类达标比例。");
    expect(content.notes).toContain("3所学校缺少办学条件数据，未纳入办学条件类判断。");
  });

  it("names the period's and each county's report state with the same words as the app's pages", () => {
    expect(content.submissions.intro).toContain("已关闭");
    expect(content.submissions.rows.map((row) => [row.county, row.state])).toEqual([
      ["甲区", "已通过"],
      ["乙县", "已通过"],
      ["丙区", "草稿"],
    ]);
  });

  it("draws the dashboard's series: history with the target, and the counties' current values", () => {
    expect(content.trends.map((chart) => chart.points.length)).toEqual([1, 1]);
    expect(content.trends[0]!.target).toBe(100);
    // No county has the city comparison indicators in this fixture: no bar chart rather than an empty one.
    expect(content.comparisons).toEqual([]);
  });
});

describe("composeBriefing in English", async () => {
  it("takes every word from the English messages", async () => {
    const content = composeBriefing(data, await loadMessages("en"), "en");
    expect(content.title).toBe("Sample rural education revitalization briefing");
    expect(content.period).toBe("Q3 2026");
    expect(content.summary[0]).toMatch(/^As of Q3 2026, of the 4 indicators monitored for the city, 1 Met/);
    // Sentences joined into one paragraph keep their space; the target is the bound as policy sets it.
    expect(content.summary[0]).toMatch(/1 No data\. Off track: .*target ≥\u00a0100%\)/);
    expect(content.summary[0]).not.toMatch(/\.[A-Z]/);
  });

  it("writes the date so that day and month cannot be mistaken", async () => {
    expect(briefingContext(data, await loadMessages("en"), "en").date).toBe("30 Sept 2026");
    expect(briefingContext(data, await loadMessages("zh"), "zh").date).toBe("2026年9月30日");
  });
});

describe("the briefing's sections", async () => {
  const messages = await loadMessages("zh");
  const context = briefingContext(data, messages, "zh");

  it("share the quarter, the date and the list wording", () => {
    expect(context.period).toBe("2026年第三季度");
    expect(context.list(["甲区", "乙县"])).toBe("甲区、乙县");
    expect(context.shortList(["一", "二", "三", "四", "五", "六"])).toBe("一、二、三、四、五等6项");
  });

  it("1. summary: without children to rank it says nothing about them", () => {
    const summary = summarySection(context, []);
    expect(summary).toHaveLength(2);
    expect(summary[0]).toMatch(/^截至2026年第三季度，全市4项监测指标中/);
    expect(summary[1]).toContain("已审核通过2个");
  });

  it("2. headline: one row per indicator in the overview's order, with its columns", () => {
    const headline = headlineSection(context);
    expect(headline.rows.map((row) => row.key)).toEqual([
      GROUPS.key,
      GIGABIT.key,
      PRINCIPALS.key,
      CLASS_TWO.key,
    ]);
    expect(Object.keys(headline.columns)).toEqual([
      "no",
      "indicator",
      "value",
      "target",
      "deadline",
      "status",
    ]);
  });

  it("3. charts: figures numbered through the trends", () => {
    const { trends, comparisons } = chartsSection(context);
    expect(trends.map((chart) => chart.title)).toEqual([
      "图1　45周岁以下乡村校长占比季度变化（%）",
      "图2　乡村学校纳入城乡教育集团的比例季度变化（%）",
    ]);
    expect(comparisons).toEqual([]);
  });

  it("3. charts: the counties' tile map for the first headline indicator, a county without a figure as no data", () => {
    // The first headline indicator the city has is the Class Ⅱ share, which no county has a figure for here.
    const { map } = chartsSection(context);
    expect(map?.title).toBe("图3　各县（市、区）镇驻地学校Ⅱ类达标比例状态分布示意图");
    // No codes in the fixture: the three counties form a compact grid, 2 columns (ceil(sqrt(3 × 4/3)) = 2), 2 rows.
    expect(map?.tiles.map((tile) => [tile.label, tile.path])).toEqual([
      ["甲区", "M2 2h64v64h-64Z"],
      ["乙县", "M70 2h64v64h-64Z"],
      ["丙区", "M2 70h64v64h-64Z"],
    ]);
    expect(map?.tiles.every((tile) => tile.fill === NO_DATA_FILL.fill && tile.mark === "— 无数据")).toBe(
      true,
    );
    expect(map?.legend).toBe("— 无数据");
    expect([map?.width, map?.height]).toEqual([136, 136]);
  });

  it("4. ranking and attention: the children best first, then what needs attention", () => {
    const { ranking, attention } = rankingSection(context);
    expect(ranking.rows.map((row) => row.name)).toEqual(["丙区", "乙县", "甲区"]);
    // Each county's enrolment band stated beside its rank in it.
    expect(ranking.rows.map((row) => [row.sizeRank, row.sizeGroup])).toEqual([
      [1, "规模中等"],
      [1, "规模较小"],
      [1, "规模较大"],
    ]);
    expect(ranking.columns.sizeRank).toBe("规模同组名次");
    expect(attention.lines[0]).toBe("甲区：千兆进校比例、45周岁以下乡村校长占比滞后。");
  });

  it("5. 问题整改进展: the counts by state, and per county the closure rate and the overdue ones", async () => {
    const problems = problemsSection(context, translatorFor(messages, "zh", "problems"));
    // 8 problems, 4 accepted: 50.0%; 甲区 3 of 5 accepted (60.0%), 丙区 none recorded (no rate).
    expect(problems?.intro).toBe(
      "截至2026年9月30日，全市共登记整改问题8个，其中待整改2个、整改中1个、待验收1个、已退回0个、已销号4个；销号率50.0%，逾期未销号1个。",
    );
    expect(problems?.rows.map((row) => [row.county, row.total, row.closed, row.rate, row.overdue])).toEqual([
      ["甲区", 5, 3, "60.0%", 1],
      ["乙县", 3, 1, "33.3%", 0],
      ["丙区", 0, 0, "—", 0],
    ]);
    expect(
      problemsSection(
        { ...context, data: { ...data, problems: null } },
        translatorFor(messages, "zh", "problems"),
      ),
    ).toBeNull();
  });

  it("6. submissions: the counts and one row per county", () => {
    const submissions = submissionsSection(context);
    expect(submissions.counts).toBe("共3个：按时1个，逾期1个，未报送1个。");
    expect(submissions.verification).toBe("数据核查：本季度抽查10项，已核查8项，其中相符7项、不符1项。");
    const unsampled = { ...data, verification: { total: 0, pending: 0, confirmed: 0, discrepancies: 0 } };
    expect(submissionsSection({ ...context, data: unsampled }).verification).toBeNull();
    expect(submissions.rows.map((row) => row.submittedAt)).toEqual(["2026-09-20", "2026-09-26", "—"]);
  });

  it("7. custom items: the latest value up to the briefing's date, its period's completeness, the trend", () => {
    const section = customItemsSection(context)!;
    expect(section.empty).toBeNull();
    // October began after 30 September: the briefing shows July to September only.
    expect(section.collections).toEqual([
      {
        name: "营养餐月调度",
        periods: ["2026年7月", "2026年8月", "2026年9月"],
        rows: [
          {
            name: "供餐天数",
            value: "1,200天",
            period: "2026年9月",
            completeness: "2/3",
            trend: [10, null, 1200],
            trendText: "10 → — → 1,200",
          },
        ],
      },
    ]);
    // A county's briefing reads that county's own figures: its latest value is July's.
    const countyData: BriefingData = {
      ...data,
      level: "county",
      overview: { ...data.overview, org: { ...data.overview.org, level: "county", id: 2 } },
    };
    const own = customItemsSection({ ...context, data: countyData, level: "county" })!;
    expect(own.collections[0]!.rows[0]).toMatchObject({
      value: "4天",
      period: "2026年7月",
      completeness: "0/1",
    });
    // None: the section says so.
    const none = customItemsSection({
      ...context,
      data: { ...data, customItems: { counties: [], collections: [] } },
    })!;
    expect(none.empty).toBe("本市尚无自定义调度项目。");
    expect(customItemsSection({ ...context, data: { ...data, customItems: null } })).toBeNull();
  });

  it("8. notes: the sources first and the generation note last", () => {
    const notes = notesSection(context);
    expect(notes[0]).toContain("按2026年9月30日口径计算");
    expect(notes.at(-1)).toBe("本简报由乡村教育振兴监测平台按需生成，相同季度、相同范围生成的内容相同。");
  });
});
