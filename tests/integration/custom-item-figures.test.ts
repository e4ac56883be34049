import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { IDLE, type ActionState } from "@/lib/actions/action-state";
import { openCollectionPeriodAction, saveCollectionAction } from "@/lib/actions/collections";
import { approveSubmissionAction, saveSubmissionAction } from "@/lib/actions/submissions";
import { composeBriefing } from "@/lib/briefings/compose-briefing";
import { generateBriefing } from "@/lib/briefings/generate-briefing";
import { sharedCacheStats } from "@/lib/cache/shared-cache";
import { getBriefingData } from "@/lib/data/briefings/get-briefing-data";
import {
  getCustomItem,
  getCustomItemFigures,
  type CustomItemFigures,
} from "@/lib/data/collections/get-custom-item-figures";
import { getCompletenessTrend } from "@/lib/data/submissions/get-period-board";
import { getSubmission } from "@/lib/data/submissions/get-submission";
import { db } from "@/lib/db";
import { loadMessages } from "@/lib/i18n/messages";
import { sessionUserFor, sessionUserWhere, type CitySessionUser } from "../support/session-user";
import { formData } from "../support/form-data";
import { signInAs } from "./support/session";

// Custom items of a city's collections as catalogue indicators (decision 0047): one cached read per scope and data
// version, hand-computed values and completeness, no other city's items, a write seen on the next read, and the
// briefing's section.

let staff: CitySessionUser;
let leader: CitySessionUser;
let officerA: CitySessionUser;
let officerB: CitySessionUser;
let otherStaff: CitySessionUser;
let collectionId: number;
let daysKey: string;
let shareKey: string;
const submissionOf = new Map<number, number>();
let counties: number;
let workDir: string;

/** The PDF's text as pdftotext reads it, without its spaces and line breaks. */
function pdfText(pdf: Buffer): string {
  const file = path.join(workDir, `briefing-${Math.random().toString(36).slice(2)}.pdf`);
  writeFileSync(file, pdf);
  return execFileSync("pdftotext", ["-enc", "UTF-8", file, "-"], { encoding: "utf8" }).replace(/\s/g, "");
}

afterAll(() => rmSync(workDir, { recursive: true, force: true }));

async function expectSuccess(state: Promise<ActionState<unknown>>) {
  const result = await state;
  expect(result, JSON.stringify(result)).toMatchObject({ status: "success" });
}

function itemOf(figures: CustomItemFigures, key: string) {
  const collection = figures.collections.find((entry) => entry.id === collectionId)!;
  return { collection, item: collection.items.find((entry) => entry.key === key)! };
}

async function submit(
  officer: CitySessionUser,
  days: string,
  share: string,
  submissionId = submissionOf.get(officer.countyId!)!,
) {
  signInAs(officer);
  await expectSuccess(
    saveSubmissionAction(
      IDLE,
      formData({
        submissionId,
        version: 0,
        intent: "submit",
        [`values.${daysKey}`]: days,
        [`values.${shareKey}`]: share,
      }),
    ),
  );
}

beforeAll(async () => {
  workDir = mkdtempSync(path.join(tmpdir(), "rerm-custom-items-"));
  staff = await sessionUserFor("jinan.staff");
  leader = await sessionUserFor("jinan.leader");
  officerA = await sessionUserFor("jinan.shanghe");
  officerB = await sessionUserWhere({
    role: "COUNTY_OFFICER",
    cityId: staff.cityId,
    countyId: { not: officerA.countyId },
  });
  otherStaff = await sessionUserFor("binzhou.staff");
  counties = await db().county.count({ where: { cityId: staff.cityId } });

  signInAs(staff);
  await expect(
    saveCollectionAction(
      IDLE,
      formData({
        version: 0,
        nameZh: "营养餐月调度",
        nameEn: "Meals monthly",
        periodType: "MONTH",
        deadlineKind: "WORKING_DAYS_AFTER_END",
        deadlineDays: 5,
        "custom.0.nameZh": "营养餐供应天数",
        "custom.0.nameEn": "Days meals served",
        "custom.0.unit": "天",
        "custom.0.valueType": "COUNT",
        "custom.1.nameZh": "营养餐覆盖率",
        "custom.1.nameEn": "Meal coverage",
        "custom.1.unit": "%",
        "custom.1.valueType": "PERCENT",
      }),
    ),
  ).rejects.toThrow(/redirect to \/collections\/\d+/);
  const collection = await db().collection.findFirstOrThrow({
    where: { cityId: staff.cityId, nameZh: "营养餐月调度" },
    include: { items: { orderBy: { sortOrder: "asc" } } },
  });
  collectionId = collection.id;
  [daysKey, shareKey] = collection.items.map((item) => item.indicatorKey) as [string, string];
  await expectSuccess(openCollectionPeriodAction(IDLE, formData({ collectionId, year: 2026, sequence: 10 })));
  const period = await db().reportingPeriod.findFirstOrThrow({
    where: { collectionId },
    include: { submissions: true },
  });
  for (const submission of period.submissions) submissionOf.set(submission.countyId, submission.id);
});

describe("custom item figures", () => {
  it("before any approval: the item is listed with no value and nothing complete", async () => {
    const { collection, item } = itemOf(await getCustomItemFigures(staff), daysKey);
    expect(collection.periods.map((period) => [period.year, period.sequence])).toEqual([[2026, 10]]);
    expect(item).toMatchObject({ nameZh: "营养餐供应天数", unit: "天", rollUp: "SUM" });
    expect(item.periods).toEqual([{ value: null, reported: 0, expected: counties }]);
  });

  it("two counties, one approved and one only submitted: the value and completeness are the approved one's", async () => {
    await submit(officerA, "21", "80");
    await submit(officerB, "30", "60");
    signInAs(staff);
    await expectSuccess(
      approveSubmissionAction(
        IDLE,
        formData({ submissionId: submissionOf.get(officerA.countyId!)!, version: 1 }),
      ),
    );

    // A write moved the version on: the next read is not the cached one from before the approval.
    const figures = await getCustomItemFigures(staff);
    const days = itemOf(figures, daysKey).item;
    // Sum over approved reports: 21 (county B's 30 is not approved). 1 of the city's reports carries it.
    expect(days.periods).toEqual([{ value: 21, reported: 1, expected: counties }]);
    expect(days.counties.find((county) => county.countyId === officerA.countyId)?.periods).toEqual([
      { value: 21, reported: 1, expected: 1 },
    ]);
    expect(days.counties.find((county) => county.countyId === officerB.countyId)?.periods).toEqual([
      { value: null, reported: 0, expected: 1 },
    ]);

    // A percentage is averaged over the approved counties: 80 alone now; with B approved (80 + 60) / 2 = 70.
    expect(itemOf(figures, shareKey).item.periods[0]).toMatchObject({ value: 80, reported: 1 });
    await expectSuccess(
      approveSubmissionAction(
        IDLE,
        formData({ submissionId: submissionOf.get(officerB.countyId!)!, version: 1 }),
      ),
    );
    const after = await getCustomItemFigures(staff);
    expect(itemOf(after, shareKey).item.periods).toEqual([{ value: 70, reported: 2, expected: counties }]);
    expect(itemOf(after, daysKey).item.periods).toEqual([{ value: 51, reported: 2, expected: counties }]);
  });

  it("a county officer sees its own county's figures only", async () => {
    const figures = await getCustomItemFigures(officerA);
    expect(figures.counties.map((county) => county.id)).toEqual([officerA.countyId]);
    expect(itemOf(figures, daysKey).item.periods).toEqual([{ value: 21, reported: 1, expected: 1 }]);
  });

  it("is shared by the users of one scope: the second reader is served what the first computed", async () => {
    // A write first, so that neither reader finds an entry computed earlier.
    signInAs(staff);
    await expectSuccess(
      openCollectionPeriodAction(IDLE, formData({ collectionId, year: 2026, sequence: 11 })),
    );
    const computed = sharedCacheStats.computed;
    const first = await getCustomItemFigures(staff);
    const second = await getCustomItemFigures(leader);
    expect(second).toBe(first);
    expect(sharedCacheStats.computed - computed).toBe(1);
    // The new month is there, with no value yet, and the trend keeps October's.
    const days = itemOf(first, daysKey);
    expect(days.collection.periods.map((period) => period.sequence)).toEqual([10, 11]);
    expect(days.item.periods.map((period) => period.value)).toEqual([51, null]);
  });

  it("November's form shows each county's approved October value beside it, and the board's trend is by month", async () => {
    const november = await db().reportingPeriod.findFirstOrThrow({
      where: { collectionId, sequence: 11 },
      include: { submissions: { where: { countyId: officerB.countyId! } } },
    });
    const report = await getSubmission(officerB, november.submissions[0]!.id);
    const lastValueOf = (key: string) => report!.fields.find((field) => field.key === key)?.lastValue;
    // County B's October report (30 days, 60 %) was approved above.
    expect([lastValueOf(daysKey), lastValueOf(shareKey)]).toEqual([30, 60]);
    // The trend of this collection's board: October (2 of the city's counties submitted), then November (none).
    const trend = await getCompletenessTrend(staff, november.id);
    expect(trend.map((row) => [row.periodType, row.year, row.sequence, row.submitted, row.total])).toEqual([
      ["MONTH", 2026, 10, 2, counties],
      ["MONTH", 2026, 11, 0, counties],
    ]);
    // The quarterly report's trend counts none of these months.
    const quarterly = await db().reportingPeriod.findFirstOrThrow({
      where: { cityId: staff.cityId, quarter: { not: null } },
    });
    const quarters = await getCompletenessTrend(staff, quarterly.id);
    expect(quarters.length).toBeGreaterThan(0);
    expect(quarters.every((row) => row.periodType === "QUARTER")).toBe(true);
  });

  it("never shows another city's custom items, and their key is not found there", async () => {
    const others = await getCustomItemFigures(otherStaff);
    expect(
      others.collections.flatMap((collection) => collection.items.map((item) => item.key)),
    ).not.toContain(daysKey);
    expect(others.collections.some((collection) => collection.id === collectionId)).toBe(false);
    expect(await getCustomItem(otherStaff, daysKey)).toBeNull();
    expect(await getCustomItem(staff, daysKey)).toMatchObject({ item: { key: daysKey } });
  });

  it("the city's briefing has the custom items' section, and a county's shows that county's figures", async () => {
    const now = new Date("2026-11-20T04:00:00Z");
    const quarter = { year: 2026, quarter: 4 as const };
    const zh = await loadMessages("zh");
    const city = composeBriefing((await getBriefingData(staff, { countyId: null, quarter, now }))!, zh, "zh");
    expect(city.labels.sections.customItems).toBe("七、调度表自定义项目");
    const section = city.customItems!.collections.find((entry) => entry.name === "营养餐月调度")!;
    expect(section.rows.map((row) => [row.name, row.value, row.period, row.completeness])).toEqual([
      // November is open with nothing approved: the latest value is October's; completeness is November's.
      ["营养餐供应天数", "51天", "2026年10月", `0/${counties}`],
      ["营养餐覆盖率", "70.0%", "2026年10月", `0/${counties}`],
    ]);
    expect(section.periods).toEqual(["2026年10月", "2026年11月"]);
    expect(section.rows[0]!.trend).toEqual([51, null]);

    const county = composeBriefing(
      (await getBriefingData(staff, { countyId: officerB.countyId, quarter, now }))!,
      zh,
      "zh",
    );
    const ownRows = county.customItems!.collections.find((entry) => entry.name === "营养餐月调度")!.rows;
    expect(ownRows.map((row) => row.value)).toEqual(["30天", "60.0%"]);
    // A briefing of a quarter before the collection's periods lists the items without values.
    const earlier = composeBriefing(
      (await getBriefingData(staff, { countyId: null, quarter: { year: 2026, quarter: 2 }, now }))!,
      zh,
      "zh",
    );
    const early = earlier.customItems!.collections.find((entry) => entry.name === "营养餐月调度")!;
    expect(early.periods).toEqual([]);
    expect(early.rows[0]).toMatchObject({ value: "—", completeness: "—" });
  });

  it("the briefing's PDF prints the section, and is rendered again when a custom value changes", async () => {
    const now = new Date("2026-11-20T04:00:00Z");
    const ask = () =>
      generateBriefing(staff, { countyId: null, quarter: { year: 2026, quarter: 4 }, locale: "zh", now });
    const first = (await ask())!;
    const text = pdfText(first.pdf);
    expect(text).toContain("七、调度表自定义项目");
    expect(text).toContain("营养餐月调度（2026年10月—2026年11月）");
    expect(text).toContain("营养餐供应天数51天2026年10月");
    expect(text).toContain("51→—");

    // County A's November report approved with 25: a new value in the composed content, so a new PDF.
    const november = await db().submission.findFirstOrThrow({
      where: { countyId: officerA.countyId!, period: { collectionId, sequence: 11 } },
      select: { id: true },
    });
    await submit(officerA, "25", "90", november.id);
    signInAs(staff);
    await expectSuccess(approveSubmissionAction(IDLE, formData({ submissionId: november.id, version: 1 })));
    const second = (await ask())!;
    expect(second.pdf.equals(first.pdf)).toBe(false);
    const renewed = pdfText(second.pdf);
    expect(renewed).toContain("营养餐供应天数25天2026年11月");
    expect(renewed).toContain(`1/${counties}`);
    expect(renewed).toContain("51→25");
  });
});
