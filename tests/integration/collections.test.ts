import { readFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { beforeAll, describe, expect, it } from "vitest";
import { IDLE, type ActionState } from "@/lib/actions/action-state";
import { openCollectionPeriodAction, saveCollectionAction } from "@/lib/actions/collections";
import { approveSubmissionAction, saveSubmissionAction } from "@/lib/actions/submissions";
import { getCityCollection } from "@/lib/data/collections/get-city-collection";
import { getCustomItemFigures } from "@/lib/data/collections/get-custom-item-figures";
import { unsafeLoadApprovedReportedValues } from "@/lib/data/indicators/load-reported-values";
import { getSubmission } from "@/lib/data/submissions/get-submission";
import { getWorkItems } from "@/lib/data/submissions/get-work-items";
import { db } from "@/lib/db";
import { MIGRATIONS_DIR } from "@/scripts/db/migrations";
import { sessionUserFor, type CitySessionUser } from "../support/session-user";
import { formData } from "../support/form-data";
import { signInAs } from "./support/session";

// Collections as data (decision 0044): a monthly 调度表 from its definition to approved values, and the migration
// that made every city's quarterly periods one collection without touching their history.

let staff: CitySessionUser;
let officer: CitySessionUser;
let otherStaff: CitySessionUser;

async function expectSuccess(state: Promise<ActionState<unknown>>) {
  const result = await state;
  expect(result, JSON.stringify(result)).toMatchObject({ status: "success" });
  return result;
}

beforeAll(async () => {
  staff = await sessionUserFor("jinan.staff");
  officer = await sessionUserFor("jinan.shanghe");
  otherStaff = await sessionUserFor("weifang.staff");
});

describe("a monthly collection from its definition to approved values", () => {
  let collectionId: number;
  let customKey: string;
  let submissionId: number;

  it("city staff define it with a catalogue indicator and a custom item; a bad definition keeps nothing", async () => {
    signInAs(staff);
    const refused = await saveCollectionAction(
      IDLE,
      formData({
        version: 0,
        nameZh: "营养餐月调度",
        periodType: "MONTH",
        deadlineKind: "WORKING_DAYS_AFTER_END",
        deadlineDays: 0,
      }),
    );
    expect(refused).toMatchObject({ status: "error" });
    expect(await db().collection.count({ where: { nameZh: "营养餐月调度" } })).toBe(0);

    const saved = saveCollectionAction(
      IDLE,
      formData({
        version: 0,
        nameZh: "营养餐月调度",
        nameEn: "Meals monthly",
        periodType: "MONTH",
        deadlineKind: "WORKING_DAYS_AFTER_END",
        deadlineDays: 5,
        indicatorKeys: ["projects_planned"],
        "custom.0.nameZh": "营养餐供应天数",
        "custom.0.nameEn": "Days meals served",
        "custom.0.unit": "天",
        "custom.0.valueType": "COUNT",
        "custom.0.min": "0",
        "custom.0.max": "31",
        "custom.0.noteRequired": "on",
        "custom.1.nameZh": "",
        "custom.1.unit": "",
        "custom.1.valueType": "COUNT",
      }),
    );
    // A new collection opens its own page.
    await expect(saved).rejects.toThrow(/redirect to \/collections\/\d+/);
    const collection = await db().collection.findFirstOrThrow({
      where: { cityId: staff.cityId, nameZh: "营养餐月调度" },
      include: { items: { orderBy: { sortOrder: "asc" }, include: { indicator: true } } },
    });
    collectionId = collection.id;
    expect(collection.items.map((item) => [item.indicator.kind, item.noteRequired])).toEqual([
      ["REPORTED", false],
      ["CUSTOM", true],
    ]);
    const custom = collection.items[1]!.indicator;
    customKey = custom.key;
    expect(custom).toMatchObject({
      cityId: staff.cityId,
      nameZh: "营养餐供应天数",
      unit: "天",
      valueType: "COUNT",
    });
    expect([Number(custom.minValue), Number(custom.maxValue)]).toEqual([0, 31]);
    expect(
      await db().auditLog.count({ where: { entity: "collection", entityId: String(collectionId) } }),
    ).toBe(1);
    // Another city's staff do not see it; a county officer cannot define one.
    expect(await getCityCollection(otherStaff, collectionId)).toBeNull();
    signInAs(officer);
    expect(
      await saveCollectionAction(
        IDLE,
        formData({
          version: 0,
          nameZh: "县里的表",
          periodType: "YEAR",
          deadlineKind: "DAY_OF_NEXT_MONTH",
          deadlineDays: 10,
          indicatorKeys: "projects_planned",
        }),
      ),
    ).toMatchObject({ status: "error", code: "FORBIDDEN" });
  });

  it("opening September 2026 sets the deadline by its rule: after the National Day holiday, the make-up Saturday counted", async () => {
    signInAs(staff);
    await expectSuccess(
      openCollectionPeriodAction(IDLE, formData({ collectionId, year: 2026, sequence: 9 })),
    );
    const period = await db().reportingPeriod.findFirstOrThrow({
      where: { collectionId },
      include: { submissions: { select: { id: true, countyId: true } } },
    });
    expect(period).toMatchObject({
      periodType: "MONTH",
      year: 2026,
      sequence: 9,
      quarter: null,
      state: "OPEN",
    });
    expect(period.deadline.toISOString().slice(0, 10)).toBe("2026-10-13");
    const counties = await db().county.count({ where: { cityId: staff.cityId } });
    expect(period.submissions).toHaveLength(counties);
    submissionId = period.submissions.find((s) => s.countyId === officer.countyId)!.id;
    // Month 13 does not exist.
    expect(
      await openCollectionPeriodAction(IDLE, formData({ collectionId, year: 2026, sequence: 13 })),
    ).toMatchObject({ status: "error" });
  });

  it("the county officer sees it in “what needs you” and fills the form generated from the items", async () => {
    const work = await getWorkItems(officer);
    const item = work.periods.find((period) => period.collection.nameZh === "营养餐月调度");
    expect(item?.ownSubmission?.id).toBe(submissionId);
    const report = await getSubmission(officer, submissionId);
    expect(report?.fields.map((field) => [field.key, field.min, field.max, field.noteRequired])).toEqual([
      ["projects_planned", null, null, false],
      [customKey, 0, 31, true],
    ]);

    signInAs(officer);
    const before = await db().submissionValue.count({ where: { submissionId } });
    // Out of range, and a submit without the required note: refused, nothing written.
    const outOfRange = await saveSubmissionAction(
      IDLE,
      formData({ submissionId, version: 0, intent: "draft", [`values.${customKey}`]: "32" }),
    );
    expect(outOfRange).toMatchObject({ status: "error" });
    expect(JSON.stringify(outOfRange)).toContain("submissions.outOfRange");
    const noNote = await saveSubmissionAction(
      IDLE,
      formData({
        submissionId,
        version: 0,
        intent: "submit",
        "values.projects_planned": "4",
        [`values.${customKey}`]: "21",
      }),
    );
    expect(JSON.stringify(noNote)).toContain("submissions.noteRequired");
    expect(await db().submissionValue.count({ where: { submissionId } })).toBe(before);

    await expectSuccess(
      saveSubmissionAction(
        IDLE,
        formData({
          submissionId,
          version: 0,
          intent: "submit",
          "values.projects_planned": "4",
          [`values.${customKey}`]: "21",
          [`notes.${customKey}`]: "国庆前统计",
        }),
      ),
    );
    expect(await db().submission.findUniqueOrThrow({ where: { id: submissionId } })).toMatchObject({
      state: "SUBMITTED",
      version: 1,
    });
  });

  it("the city approves with the quarterly report's workflow; the values are readable as figures", async () => {
    signInAs(staff);
    await expectSuccess(approveSubmissionAction(IDLE, formData({ submissionId, version: 1 })));
    const report = await db().submission.findUniqueOrThrow({
      where: { id: submissionId },
      include: { values: true, revisions: true, events: true },
    });
    expect(report.state).toBe("APPROVED");
    expect(report.revisions).toHaveLength(1);
    expect(report.events.map((event) => event.toState)).toEqual(["SUBMITTED", "APPROVED"]);
    expect(Object.fromEntries(report.values.map((v) => [v.indicatorKey, Number(v.value)]))).toEqual({
      projects_planned: 4,
      [customKey]: 21,
    });

    const figures = await getCustomItemFigures(staff);
    const counties = await db().county.count({ where: { cityId: staff.cityId } });
    expect(figures.collections.find((entry) => entry.id === collectionId)?.items).toEqual([
      expect.objectContaining({
        key: customKey,
        periods: [{ value: 21, reported: 1, expected: counties }],
      }),
    ]);
    // The city dashboard lists it; another city's does not.
    expect(figures.collections.map((entry) => entry.id)).toEqual([collectionId]);
    expect((await getCustomItemFigures(otherStaff)).collections).toEqual([]);
    // A monthly value is not a quarterly figure: the catalogue's Q3 2026 values are the quarterly report's only.
    const quarterly = await unsafeLoadApprovedReportedValues(
      db(),
      [officer.countyId!],
      [{ year: 2026, quarter: 3 }],
    );
    expect(quarterly.some((row) => row.indicatorKey === customKey)).toBe(false);
  });
});

describe("the quarterly report as a collection", () => {
  it("every city has one, holding all of its periods as quarters", async () => {
    const cities = await db().city.findMany({ select: { id: true } });
    const quarterly = await db().collection.findMany({ where: { isQuarterlyReport: true } });
    expect(quarterly.map((c) => c.cityId).sort()).toEqual(cities.map((c) => c.id).sort());
    const periods = await db().reportingPeriod.findMany({ where: { quarter: { not: null } } });
    expect(periods.length).toBeGreaterThan(0);
    for (const period of periods) {
      expect(quarterly.find((c) => c.id === period.collectionId)?.cityId).toBe(period.cityId);
      expect(period.sequence).toBe(period.quarter);
      expect(period.periodType).toBe("QUARTER");
      expect(period.startsOn.toISOString().slice(0, 10)).toBe(
        `${period.year}-${String(period.quarter! * 3 - 2).padStart(2, "0")}-01`,
      );
    }
  });

  it("the migration keeps every figure, state, reason, version, revision, event and snapshot of the quarters", async () => {
    const migrationSql = readFileSync(
      path.join(MIGRATIONS_DIR, "20261203180000_collections", "migration.sql"),
      "utf8",
    );
    const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await client.connect();
    try {
      await client.query("BEGIN");
      // The database as it was before the migration (collections and their columns removed) …
      await client.query(`
        DELETE FROM submissions WHERE period_id IN (SELECT id FROM reporting_periods WHERE quarter IS NULL);
        DELETE FROM reporting_periods WHERE quarter IS NULL;
        DELETE FROM collection_items;
        DELETE FROM indicator_definitions WHERE kind = 'CUSTOM';
        ALTER TABLE reporting_periods DROP COLUMN collection_id, DROP COLUMN period_type, DROP COLUMN sequence,
          DROP COLUMN starts_on, DROP COLUMN ends_on, ALTER COLUMN quarter SET NOT NULL;
        DROP TABLE collection_items; DROP TABLE collections;
        ALTER TABLE indicator_definitions DROP COLUMN city_id, DROP COLUMN min_value, DROP COLUMN max_value;
        DROP TYPE collection_period_type; DROP TYPE deadline_rule_kind;`);
      const before = await figures(client);
      expect(before.closedValues.length).toBeGreaterThan(0);
      // … then migrated again.
      await client.query(migrationSql);
      const after = await figures(client);
      expect(after).toEqual(before);
      const { rows } = await client.query<{ n: number }>(
        "SELECT count(*)::int AS n FROM reporting_periods WHERE collection_id IS NULL",
      );
      expect(rows[0]!.n).toBe(0);
    } finally {
      await client.query("ROLLBACK");
      await client.end();
    }
  });
});

/** What the dashboards, reviews and history read of the quarters: approved values of closed quarters, and a digest of each table. */
async function figures(client: pg.Client) {
  const closedValues = (
    await client.query(`
      SELECT p.city_id, p.year, p.quarter, s.county_id, v.indicator_key, v.value::text
      FROM submission_values v JOIN submissions s ON s.id = v.submission_id
      JOIN reporting_periods p ON p.id = s.period_id
      WHERE p.state = 'CLOSED' AND s.state = 'APPROVED' AND v.value IS NOT NULL
      ORDER BY 1, 2, 3, 4, 5`)
  ).rows;
  const digest = async (table: string, columns: string) =>
    (
      await client.query(
        `SELECT count(*)::int AS n, md5(string_agg((${columns})::text, '|' ORDER BY id)) AS md5 FROM ${table}`,
      )
    ).rows[0];
  return {
    closedValues,
    periods: await digest(
      "reporting_periods",
      "id, city_id, year, quarter, state, deadline, opened_at, closed_at",
    ),
    submissions: await digest(
      "submissions",
      "id, period_id, county_id, state, version, is_late, submitted_at, approved_at, returned_at, return_reason, reopen_reason",
    ),
    values: await digest(
      "submission_values",
      "id, submission_id, indicator_key, value, note, return_comment",
    ),
    changes: await digest("submission_value_changes", "id, value_id, old_value, new_value, version"),
    revisions: await digest("submission_revisions", "id, submission_id, revision, values"),
    events: await digest("submission_events", "id, submission_id, from_state, to_state, reason"),
    snapshots: await digest("indicator_snapshots", "id, indicator_key, org_id, year, quarter, value"),
  };
}
