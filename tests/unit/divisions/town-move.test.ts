import { describe, expect, it } from "vitest";
import { planTownMove } from "@/lib/divisions/town-move";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const TODAY = day("2026-11-20");

describe("the day a town moves with its schools (planTownMove)", () => {
  it("keeps every school's state before the day, in the old county", () => {
    expect(
      planTownMove(
        [
          { id: 1, lastChangeOn: null },
          { id: 2, lastChangeOn: day("2025-09-01") },
        ],
        day("2026-07-01"),
        TODAY,
      ),
    ).toEqual({ ok: true, pastStateSchoolIds: [1, 2] });
  });

  it("may be today, but not tomorrow", () => {
    expect(planTownMove([{ id: 1, lastChangeOn: null }], TODAY, TODAY)).toEqual({
      ok: true,
      pastStateSchoolIds: [1],
    });
    expect(planTownMove([{ id: 1, lastChangeOn: null }], day("2026-11-21"), TODAY)).toEqual({
      ok: false,
      refusal: "moveInFuture",
    });
  });

  it("may not lie before a school's last change, naming that school", () => {
    expect(
      planTownMove(
        [
          { id: 1, lastChangeOn: day("2026-01-01") },
          { id: 2, lastChangeOn: day("2026-09-01") },
        ],
        day("2026-08-31"),
        TODAY,
      ),
    ).toEqual({ ok: false, refusal: "moveBeforeLastChange", schoolId: 2 });
  });

  it("on the day of a school's last change writes it no second state: the one kept then holds the days before", () => {
    expect(
      planTownMove(
        [
          { id: 1, lastChangeOn: day("2026-09-01") },
          { id: 2, lastChangeOn: null },
        ],
        day("2026-09-01"),
        TODAY,
      ),
    ).toEqual({ ok: true, pastStateSchoolIds: [2] });
  });

  it("a town without schools moves on any day up to today", () => {
    expect(planTownMove([], day("2001-01-01"), TODAY)).toEqual({ ok: true, pastStateSchoolIds: [] });
  });
});
