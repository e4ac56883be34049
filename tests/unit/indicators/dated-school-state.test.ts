import { describe, expect, it } from "vitest";
import { planStateChange, type SchoolState } from "@/lib/indicators/dated-school-state";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const village: SchoolState = { urbanRuralCode: "220", locationClass: "VILLAGE", isTownSeat: false };
const townSeat: SchoolState = { urbanRuralCode: "121", locationClass: "TOWN_AREA", isTownSeat: true };
const today = day("2026-11-20");

describe("planStateChange", () => {
  it("records nothing when class and town seat stay, whatever the day", () => {
    expect(
      planStateChange(
        village,
        { ...village },
        { kind: "dated", effectiveOn: day("2030-01-01") },
        { lastChangeOn: null, today },
      ),
    ).toEqual({ ok: true, pastState: null });
  });

  it("keeps the state before a dated change as ending on the effective day", () => {
    expect(
      planStateChange(
        village,
        townSeat,
        { kind: "dated", effectiveOn: day("2026-09-01") },
        { lastChangeOn: null, today },
      ),
    ).toEqual({ ok: true, pastState: { ...village, validUntil: day("2026-09-01") } });
  });

  it("treats a town-seat flag alone as a change, and a code without a class change too", () => {
    const flagged = { ...townSeat, isTownSeat: false };
    expect(
      planStateChange(
        flagged,
        townSeat,
        { kind: "dated", effectiveOn: today },
        { lastChangeOn: null, today },
      ),
    ).toMatchObject({ ok: true, pastState: { isTownSeat: false, validUntil: today } });
    const otherCode = { ...village, urbanRuralCode: "210" };
    expect(
      planStateChange(
        village,
        otherCode,
        { kind: "dated", effectiveOn: today },
        { lastChangeOn: null, today },
      ),
    ).toMatchObject({ ok: true, pastState: { urbanRuralCode: "220" } });
  });

  it("records nothing for a correction", () => {
    expect(
      planStateChange(village, townSeat, { kind: "correction" }, { lastChangeOn: day("2026-10-01"), today }),
    ).toEqual({
      ok: true,
      pastState: null,
    });
  });

  it("allows today but not tomorrow", () => {
    expect(
      planStateChange(
        village,
        townSeat,
        { kind: "dated", effectiveOn: day("2026-11-21") },
        { lastChangeOn: null, today },
      ),
    ).toEqual({ ok: false, refusal: "effectiveInFuture" });
  });

  it("refuses a day before the last change, and replaces the state begun on the same day", () => {
    const lastChangeOn = day("2026-10-01");
    expect(
      planStateChange(
        village,
        townSeat,
        { kind: "dated", effectiveOn: day("2026-09-30") },
        { lastChangeOn, today },
      ),
    ).toEqual({ ok: false, refusal: "effectiveBeforeLastChange" });
    expect(
      planStateChange(
        village,
        townSeat,
        { kind: "dated", effectiveOn: lastChangeOn },
        { lastChangeOn, today },
      ),
    ).toEqual({ ok: true, pastState: null });
    expect(
      planStateChange(
        village,
        townSeat,
        { kind: "dated", effectiveOn: day("2026-10-02") },
        { lastChangeOn, today },
      ),
    ).toEqual({ ok: true, pastState: { ...village, validUntil: day("2026-10-02") } });
  });
});
