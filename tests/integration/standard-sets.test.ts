// Issue 22: city staff enter a whole standard set at once (one form, one action, one version check, one audit record);
// the demo loads sample Class Ⅱ values for one city only, marked 示例（非官方） wherever they are used, and never
// outside the demo.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { IDLE } from "@/lib/actions/action-state";
import { updateStandardSetAction } from "@/lib/actions/indicators";
import { composeBriefing } from "@/lib/briefings/compose-briefing";
import { getBriefingData } from "@/lib/data/briefings/get-briefing-data";
import { getSchoolDashboard } from "@/lib/data/dashboard/get-school-dashboard";
import { getIndicatorOverview } from "@/lib/data/indicators/get-indicator-overview";
import { listAuditLogs } from "@/lib/data/audit/list-audit-logs";
import { updateStandardSet } from "@/lib/data/standards/update-standard-set";
import { db } from "@/lib/db";
import { loadMessages } from "@/lib/i18n/messages";
import { usesSampleStandards } from "@/lib/indicators/effective-standards";
import { STANDARD_SET_KEYS } from "@/lib/indicators/standards-catalogue";
import { businessDay, quarterOf } from "@/lib/utils/periods";
import { SAMPLE_CLASS_TWO_CITY_CODE } from "@/prisma/seed/sample-standards";
import { formData } from "../support/form-data";
import { sessionUserFor, type CitySessionUser } from "../support/session-user";
import { signInAs } from "./support/session";

const CLASS_TWO = STANDARD_SET_KEYS.shandongClass2;
const setOf = (cityId: number | null) =>
  db().standardSet.findFirst({
    where: { key: CLASS_TWO, cityId },
    include: { thresholds: { orderBy: { id: "asc" } } },
  });
const auditsOf = (setId: number) =>
  db().auditLog.findMany({
    where: { entity: "standard_set", entityId: String(setId) },
    orderBy: { id: "asc" },
  });

let binzhou: CitySessionUser;
let jinan: CitySessionUser;

beforeAll(async () => {
  binzhou = await sessionUserFor("binzhou.staff");
  jinan = await sessionUserFor("jinan.staff");
});

describe("the demo's sample Class Ⅱ set", () => {
  it("is loaded for 滨州市 only, as the city's own copy with every item filled and flagged as a sample", async () => {
    const city = await db().city.findUniqueOrThrow({ where: { id: binzhou.cityId }, select: { code: true } });
    expect(city.code).toBe(SAMPLE_CLASS_TWO_CITY_CODE);
    const sample = await setOf(binzhou.cityId);
    expect(sample).toMatchObject({ isSample: true, isConfigurable: true });
    expect(sample!.thresholds).toHaveLength(15);
    expect(
      sample!.thresholds.every((row) => row.value !== null && row.note?.startsWith("示例（非官方）")),
    ).toBe(true);
    expect(await setOf(jinan.cityId)).toBeNull();
    expect(await db().standardSet.count({ where: { cityId: null, isSample: true } })).toBe(0);
    const shared = await setOf(null);
    expect(shared!.thresholds.every((row) => row.value === null)).toBe(true);
  });

  it("is never loaded by the set-up of a real city: only the demo loader calls it", () => {
    const sources = import.meta.glob<string>(
      [
        "/app/**/*.{ts,tsx}",
        "/lib/**/*.{ts,tsx}",
        "/scripts/**/*.{ts,mts}",
        "/prisma/**/*.ts",
        "!/lib/generated/**",
      ],
      { eager: true, query: "?raw", import: "default" },
    );
    const callers = Object.entries(sources)
      .filter(([, source]) => /\bloadSampleClassTwoStandard\b/.test(source))
      .map(([file]) => file)
      .sort();
    expect(callers).toEqual(["/prisma/seed/load.ts", "/prisma/seed/sample-standards.ts"]);
  });

  it("makes the Class Ⅱ figures computable, marked as a sample on the dashboards, the school page and the briefing", async () => {
    const asOf = businessDay(new Date());
    const overview = await getIndicatorOverview(binzhou, null, asOf);
    expect(overview!.org.computation.results.town_seat_schools_class2_share).toMatchObject({
      computable: true,
    });
    expect(usesSampleStandards(overview!.thresholds)).toBe(true);
    expect(usesSampleStandards((await getIndicatorOverview(jinan, null, asOf))!.thresholds)).toBe(false);

    const school = await db().school.findFirstOrThrow({
      where: { cityId: binzhou.cityId, isActive: true, isTownSeat: true, level: "PRIMARY" },
      select: { id: true },
    });
    expect((await getSchoolDashboard(binzhou, school.id, asOf))!.usesSampleStandards).toBe(true);

    const data = await getBriefingData(binzhou, { countyId: null, quarter: quarterOf(asOf) });
    const briefing = composeBriefing(data!, await loadMessages("zh"), "zh");
    expect(briefing.notes[0]).toContain("示例（非官方）");
    const jinanData = await getBriefingData(jinan, { countyId: null, quarter: quarterOf(asOf) });
    expect(composeBriefing(jinanData!, await loadMessages("zh"), "zh").notes.join("")).not.toContain("示例");
  });
});

describe("entering a whole standard set", () => {
  it("sets every item at once, ends the sample, moves the version, and leaves one audit record", async () => {
    const before = (await setOf(binzhou.cityId))!;
    const auditsBefore = (await auditsOf(before.id)).length;
    const items = before.thresholds.map((row, index) => ({ id: row.id, value: 10 + index }));
    const saved = await updateStandardSet(binzhou, {
      setId: before.id,
      version: before.version,
      effectiveFrom: "2026-09-01",
      items,
    });
    expect(saved).toMatchObject({ version: before.version + 1, isSample: false });
    const after = (await setOf(binzhou.cityId))!;
    expect(after).toMatchObject({ isSample: false, version: before.version + 1 });
    // A new effective date adds one dated row per item; the earlier values stay for earlier periods.
    const dated = after.thresholds.filter((row) => row.effectiveFrom.toISOString().startsWith("2026-09-01"));
    expect(dated.map((row) => row.value?.toNumber())).toEqual(items.map((item) => item.value));
    expect(after.thresholds).toHaveLength(before.thresholds.length * 2);
    const audits = await auditsOf(before.id);
    expect(audits).toHaveLength(auditsBefore + 1);
    expect(audits.at(-1)).toMatchObject({ action: "update", actorId: binzhou.id });
    // The audit page names each changed item by its indicator, not by the id its field carries.
    const log = await listAuditLogs(await sessionUserFor("binzhou.admin"), {
      entity: "standard_set",
      page: 1,
    });
    const indicator = await db().standardThreshold.findUniqueOrThrow({
      where: { id: items[0]!.id },
      select: { schoolLevel: true, indicator: { select: { nameZh: true } } },
    });
    expect(log.standardItems.get(`value.${items[0]!.id}`)).toEqual(
      expect.objectContaining({ name: indicator.indicator.nameZh, schoolLevel: indicator.schoolLevel }),
    );
    expect([...log.standardItems.keys()]).toEqual(
      expect.arrayContaining(items.map((item) => `value.${item.id}`)),
    );
  });

  it("writes nothing for a save that changes nothing", async () => {
    const before = (await setOf(binzhou.cityId))!;
    const dated = before.thresholds.filter((row) => row.effectiveFrom.toISOString().startsWith("2026-09-01"));
    const auditsBefore = (await auditsOf(before.id)).length;
    await updateStandardSet(binzhou, {
      setId: before.id,
      version: before.version,
      effectiveFrom: "2026-09-01",
      items: dated.map((row) => ({ id: row.id, value: row.value!.toNumber() })),
    });
    expect((await setOf(binzhou.cityId))!.version).toBe(before.version);
    expect(await auditsOf(before.id)).toHaveLength(auditsBefore);
  });

  it("refuses a form read before another edit of the set, with who changed it, and writes nothing", async () => {
    const before = (await setOf(binzhou.cityId))!;
    const row = before.thresholds.at(-1)!;
    await expect(
      updateStandardSet(binzhou, {
        setId: before.id,
        version: before.version - 1,
        effectiveFrom: "2026-09-01",
        items: [{ id: row.id, value: 999 }],
      }),
    ).rejects.toMatchObject({ code: "STALE_VERSION", messageKey: "staleRecord" });
    expect((await setOf(binzhou.cityId))!.thresholds).toEqual(before.thresholds);
  });

  it("answers a bad value with the item's own field error, and writes nothing", async () => {
    signInAs(binzhou);
    const before = (await setOf(binzhou.cityId))!;
    const [first, second] = before.thresholds;
    const state = await updateStandardSetAction(
      IDLE,
      formData({
        setId: before.id,
        version: before.version,
        effectiveFrom: "2026-10-01",
        [`value.${first!.id}`]: "12",
        [`value.${second!.id}`]: "-3",
      }),
    );
    expect(state.status === "error" && state.fieldErrors?.[`value.${second!.id}`]?.[0]?.key).toBe("positive");
    expect(await setOf(binzhou.cityId)).toEqual(before);
  });

  it("refuses another city's set as not found", async () => {
    const sample = (await setOf(binzhou.cityId))!;
    await expect(
      updateStandardSet(jinan, {
        setId: sample.id,
        version: sample.version,
        effectiveFrom: "2026-09-01",
        items: [{ id: sample.thresholds[0]!.id, value: 1 }],
      }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  describe("of a shared set the city has not copied yet", () => {
    let weifang: CitySessionUser;
    beforeAll(async () => {
      weifang = await sessionUserFor("weifang.staff");
    });
    afterAll(() => db().standardSet.deleteMany({ where: { key: CLASS_TWO, cityId: weifang.cityId } }));

    it("makes the city's own copy with the values; the shared set and other cities are untouched", async () => {
      const shared = (await setOf(null))!;
      expect(await setOf(weifang.cityId)).toBeNull();
      await updateStandardSet(weifang, {
        setId: shared.id,
        version: shared.version,
        effectiveFrom: "2016-01-01",
        items: shared.thresholds.slice(0, 2).map((row) => ({ id: row.id, value: 5 })),
      });
      const copy = (await setOf(weifang.cityId))!;
      expect(copy.thresholds).toHaveLength(shared.thresholds.length);
      expect(copy.thresholds.filter((row) => row.value !== null).map((row) => row.value!.toNumber())).toEqual(
        [5, 5],
      );
      expect((await setOf(null))!.thresholds).toEqual(shared.thresholds);
      // A second form of the shared set, read before the copy was made, is stale now.
      await expect(
        updateStandardSet(weifang, {
          setId: shared.id,
          version: shared.version,
          effectiveFrom: "2016-01-01",
          items: [{ id: shared.thresholds[3]!.id, value: 7 }],
        }),
      ).rejects.toMatchObject({ code: "STALE_VERSION" });
    });
  });
});
