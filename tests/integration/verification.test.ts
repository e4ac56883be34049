// Sampled verification (核查, issue 18; decision 0040): city staff draw a recorded, repeatable random sample of a
// quarter's approved county values and record a finding on each.
import { beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/data/auth/session-user";
import { drawVerificationSample } from "@/lib/data/verification/draw-sample";
import { getQuarterFindings } from "@/lib/data/verification/get-quarter-findings";
import { getVerificationSample } from "@/lib/data/verification/get-sample";
import { listReportFindings } from "@/lib/data/verification/list-report-findings";
import { listVerificationSamples } from "@/lib/data/verification/list-samples";
import { recordVerificationFinding } from "@/lib/data/verification/record-finding";
import { db } from "@/lib/db";
import type { Quarter } from "@/lib/utils/periods";
import { outcome } from "./support/outcome";
import { sessionUserFor } from "../support/session-user";

let staff: SessionUser;
let otherStaff: SessionUser;
let officer: SessionUser;
let periodId: number;

/** The approved values of a quarter, as the database holds them (independent of the draw's query). */
async function approvedValueIds(period: number) {
  const rows = await db().$queryRaw<{ id: number }[]>`
    SELECT sv.id FROM submission_values sv JOIN submissions s ON s.id = sv.submission_id
     WHERE s.period_id = ${period} AND s.state = 'APPROVED' AND sv.value IS NOT NULL`;
  return new Set(rows.map((row) => row.id));
}

const itemIdsOf = async (sampleId: number) =>
  (
    await db().verificationItem.findMany({
      where: { sampleId },
      orderBy: { submissionValueId: "asc" },
      select: { submissionValueId: true },
    })
  ).map((item) => item.submissionValueId);

beforeAll(async () => {
  staff = await sessionUserFor("jinan.staff");
  otherStaff = await sessionUserFor("weifang.staff");
  officer = await sessionUserFor("jinan.shanghe");
  // The quarter of the city with the most approved values.
  const [busiest] = await db().$queryRaw<{ period_id: number }[]>`
    SELECT s.period_id FROM submissions s JOIN reporting_periods p ON p.id = s.period_id
      JOIN submission_values sv ON sv.submission_id = s.id
     WHERE p.city_id = ${staff.cityId} AND s.state = 'APPROVED' AND sv.value IS NOT NULL
     GROUP BY s.period_id ORDER BY count(*) DESC, s.period_id LIMIT 1`;
  periodId = busiest!.period_id;
});

describe("sampled verification", () => {
  it("draws approved values of the quarter only, records the seed and the population, and is audited", async () => {
    const approved = await approvedValueIds(periodId);
    const drawn = await drawVerificationSample(staff, { periodId, size: 12, seed: undefined });
    expect(drawn.seed).toMatch(/^\d{4}Q[1-4]-\d{6}$/);
    expect(drawn.population).toBe(approved.size);
    const items = await itemIdsOf(drawn.id);
    expect(items).toHaveLength(Math.min(12, approved.size));
    for (const id of items) expect(approved.has(id)).toBe(true);
    const audit = await db().auditLog.findFirstOrThrow({
      where: { entity: "verification_sample", entityId: String(drawn.id), action: "draw_sample" },
    });
    expect(audit.actorId).toBe(staff.id);
  });

  it("is repeatable: the same seed over the same values draws the same sample, another seed another", async () => {
    const first = await drawVerificationSample(staff, { periodId, size: 8, seed: "2026Q3-123456" });
    const again = await drawVerificationSample(staff, { periodId, size: 8, seed: "2026Q3-123456" });
    const other = await drawVerificationSample(staff, { periodId, size: 8, seed: "another-seed" });
    expect(await itemIdsOf(again.id)).toEqual(await itemIdsOf(first.id));
    expect(await itemIdsOf(other.id)).not.toEqual(await itemIdsOf(first.id));
    // The sampled value is the value as approved at the draw.
    const sample = await getVerificationSample(staff, first.id);
    for (const item of sample!.items)
      expect(item.sampledValue?.toString()).toBe(item.submissionValue.value?.toString());
  });

  it("records a discrepancy with the checked value and a note once, audited; the list counts it", async () => {
    const drawn = await drawVerificationSample(staff, { periodId, size: 3, seed: "finding-test" });
    const sample = await getVerificationSample(staff, drawn.id);
    const [first, second] = sample!.items;
    await recordVerificationFinding(staff, { itemId: first!.id, finding: "CONFIRMED", note: undefined });
    const recorded = await recordVerificationFinding(staff, {
      itemId: second!.id,
      finding: "DISCREPANCY",
      checkedValue: 42.5,
      note: "学籍系统数与填报数不一致",
    });
    expect(recorded).toMatchObject({ finding: "DISCREPANCY", note: "学籍系统数与填报数不一致" });
    expect(recorded.checkedValue?.toNumber()).toBe(42.5);
    const { refused } = await outcome(
      recordVerificationFinding(staff, { itemId: second!.id, finding: "CONFIRMED", note: undefined }),
    );
    expect(refused?.code).toBe("INVALID_STATE");
    expect((await db().verificationItem.findUniqueOrThrow({ where: { id: second!.id } })).finding).toBe(
      "DISCREPANCY",
    );
    expect(
      await db().auditLog.count({
        where: { entity: "verification_sample", entityId: String(drawn.id), action: "record_finding" },
      }),
    ).toBe(2);
    const { rows } = await listVerificationSamples(staff, { page: 1 });
    expect(rows.find((row) => row.id === drawn.id)?.findings).toEqual({
      total: 3,
      pending: 1,
      confirmed: 1,
      discrepancies: 1,
    });
  });

  it("another city's staff and a county officer change nothing (forged ids read as missing)", async () => {
    const drawn = await drawVerificationSample(staff, { periodId, size: 1, seed: "scope-test" });
    const [item] = (await getVerificationSample(staff, drawn.id))!.items;
    const samplesBefore = await db().verificationSample.count();
    expect(
      (await outcome(drawVerificationSample(otherStaff, { periodId, size: 1, seed: undefined }))).refused
        ?.code,
    ).toBe("NOT_FOUND");
    expect(
      (
        await outcome(
          recordVerificationFinding(otherStaff, { itemId: item!.id, finding: "CONFIRMED", note: undefined }),
        )
      ).refused?.code,
    ).toBe("NOT_FOUND");
    expect(await getVerificationSample(otherStaff, drawn.id)).toBeNull();
    expect(
      (await outcome(drawVerificationSample(officer, { periodId, size: 1, seed: undefined }))).refused?.code,
    ).toBe("FORBIDDEN");
    expect(await db().verificationSample.count()).toBe(samplesBefore);
    expect((await db().verificationItem.findUniqueOrThrow({ where: { id: item!.id } })).finding).toBe(
      "PENDING",
    );
  });

  it("a discrepancy shows on the county's report and in the quarter's count, to that county and not another", async () => {
    const drawn = await drawVerificationSample(staff, { periodId, size: 40, seed: "report-findings" });
    const sample = (await getVerificationSample(staff, drawn.id))!;
    const item = sample.items.find((candidate) => candidate.finding === "PENDING")!;
    const reportId = item.submissionValue.submission.id;
    const period = await db().reportingPeriod.findUniqueOrThrow({ where: { id: periodId } });
    const quarter = { year: period.year, quarter: period.quarter } as Quarter;
    const { countyId } = await db().submission.findUniqueOrThrow({ where: { id: reportId } });
    const before = await getQuarterFindings(staff, { quarter, countyId });
    await recordVerificationFinding(staff, {
      itemId: item.id,
      finding: "DISCREPANCY",
      checkedValue: 7,
      note: "与台账不符",
    });
    const after = await getQuarterFindings(staff, { quarter, countyId });
    expect(after.discrepancies).toBe(before.discrepancies + 1);
    expect(after.pending).toBe(before.pending - 1);
    const countyOfficer = await db().user.findFirstOrThrow({
      where: { role: "COUNTY_OFFICER", countyId },
      select: { loginName: true },
    });
    const own = await sessionUserFor(countyOfficer.loginName);
    const findings = await listReportFindings(own, reportId);
    expect(
      findings.map((finding) => [finding.finding, finding.checkedValue?.toNumber(), finding.note]),
    ).toContainEqual(["DISCREPANCY", 7, "与台账不符"]);
    const elsewhere = await db().user.findFirstOrThrow({
      where: { role: "COUNTY_OFFICER", cityId: staff.cityId, NOT: { countyId } },
      select: { loginName: true },
    });
    const other = await sessionUserFor(elsewhere.loginName);
    expect(await listReportFindings(other, reportId)).toEqual([]);
    expect((await getQuarterFindings(other, { quarter, countyId })).total).toBe(0);
  });
});
