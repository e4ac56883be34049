// The rules of education groups (decision 0020), on hand-computed cases.
import { describe, expect, it } from "vitest";
import {
  dissolutionDayProblem,
  foundingDayProblem,
  isMemberOn,
  isUrbanRuralKind,
  joiningDayProblem,
  leavingDayProblem,
  memberFigures,
} from "@/lib/indicators/education-groups";
import type { SchoolProfile } from "@/lib/indicators/computed-indicators";
import type { SchoolCompliance } from "@/lib/indicators/school-compliance";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const TODAY = day("2026-12-02");

describe("which kinds count for the coverage target", () => {
  it("counts 城乡教育集团 and 教育共同体, not 联盟 or 学区", () => {
    expect(isUrbanRuralKind("URBAN_RURAL_GROUP")).toBe(true);
    expect(isUrbanRuralKind("COMMUNITY")).toBe(true);
    expect(isUrbanRuralKind("ALLIANCE")).toBe(false);
    expect(isUrbanRuralKind("SCHOOL_DISTRICT")).toBe(false);
  });
});

describe("a current membership", () => {
  const membership = { joinedOn: day("2025-09-01"), leftOn: day("2026-03-01") };
  it("starts on the joining day and ends the day before the leaving day", () => {
    expect(isMemberOn(membership, day("2025-08-31"))).toBe(false);
    expect(isMemberOn(membership, day("2025-09-01"))).toBe(true);
    expect(isMemberOn(membership, day("2026-02-28"))).toBe(true);
    expect(isMemberOn(membership, day("2026-03-01"))).toBe(false);
  });
  it("lasts while no leaving day is set", () => {
    expect(isMemberOn({ joinedOn: day("2025-09-01"), leftOn: null }, TODAY)).toBe(true);
  });
  it("never counts when left on the joining day", () => {
    const same = { joinedOn: day("2025-09-01"), leftOn: day("2025-09-01") };
    expect(isMemberOn(same, day("2025-09-01"))).toBe(false);
  });
});

describe("days", () => {
  it("a founding day is not in the future nor after the first join", () => {
    expect(foundingDayProblem({ foundedOn: TODAY, today: TODAY, firstJoinedOn: null })).toBeNull();
    expect(foundingDayProblem({ foundedOn: day("2026-12-03"), today: TODAY, firstJoinedOn: null })).toBe(
      "inFuture",
    );
    expect(
      foundingDayProblem({ foundedOn: day("2024-09-02"), today: TODAY, firstJoinedOn: day("2024-09-01") }),
    ).toBe("afterFirstJoin");
    expect(
      foundingDayProblem({ foundedOn: day("2024-09-01"), today: TODAY, firstJoinedOn: day("2024-09-01") }),
    ).toBeNull();
  });

  it("a joining day is on or after the founding and not in the future", () => {
    const foundedOn = day("2024-09-01");
    expect(joiningDayProblem({ joinedOn: foundedOn, foundedOn, today: TODAY })).toBeNull();
    expect(joiningDayProblem({ joinedOn: day("2024-08-31"), foundedOn, today: TODAY })).toBe(
      "beforeFounding",
    );
    expect(joiningDayProblem({ joinedOn: TODAY, foundedOn, today: TODAY })).toBeNull();
    expect(joiningDayProblem({ joinedOn: day("2026-12-03"), foundedOn, today: TODAY })).toBe("inFuture");
  });

  it("a leaving day is on or after the joining day and not in the future", () => {
    const joinedOn = day("2025-03-01");
    expect(leavingDayProblem({ leftOn: joinedOn, joinedOn, today: TODAY })).toBeNull();
    expect(leavingDayProblem({ leftOn: day("2025-02-28"), joinedOn, today: TODAY })).toBe("beforeJoining");
    expect(leavingDayProblem({ leftOn: day("2026-12-03"), joinedOn, today: TODAY })).toBe("inFuture");
  });

  it("a dissolution day is after the founding and the latest current join, not in the future", () => {
    const foundedOn = day("2020-09-01");
    const base = { foundedOn, lastJoinedOn: day("2025-03-01"), today: TODAY };
    expect(dissolutionDayProblem({ ...base, dissolvedOn: day("2025-03-01") })).toBeNull();
    expect(dissolutionDayProblem({ ...base, dissolvedOn: day("2025-02-28") })).toBe("beforeLastJoin");
    expect(dissolutionDayProblem({ ...base, dissolvedOn: day("2020-08-31") })).toBe("beforeFounding");
    expect(dissolutionDayProblem({ ...base, dissolvedOn: day("2026-12-03") })).toBe("inFuture");
    expect(dissolutionDayProblem({ ...base, lastJoinedOn: null, dissolvedOn: foundedOn })).toBeNull();
  });
});

describe("a member's figures side by side", () => {
  const profile = {
    schoolId: 7,
    facilitySchoolYear: 2026,
    enrolmentPreschool: 0,
    enrolmentPrimary: 420,
    enrolmentJunior: 180,
    enrolmentSenior: 0,
    fullTimeTeachers: 40,
    teachersBachelorOrAbove: 30,
  } as SchoolProfile;
  const compliance = {
    schoolId: 7,
    facility: {
      qualityBalanced: { evaluated: true, verdict: "fail", stages: [] },
      classTwo: { applies: true, computable: true, items: [], verdict: "pass" },
    },
    classesOverStandardSize: 0,
    isAboveSizeLimit: false,
    isShortOfMusicArtRooms: false,
  } as SchoolCompliance;

  it("adds the stages' pupils, takes the bachelor share of full-time teachers and the two verdicts", () => {
    expect(memberFigures(profile, compliance)).toEqual({
      enrolment: 600,
      fullTimeTeachers: 40,
      bachelorShare: { computable: true, value: 75, numerator: 30, denominator: 40 },
      qualityBalanced: "fail",
      classTwo: "pass",
    });
  });

  it("shows no enrolment nor verdict without a facility record, and no share without teachers", () => {
    const figures = memberFigures(
      { ...profile, facilitySchoolYear: null, fullTimeTeachers: 0, teachersBachelorOrAbove: 0 },
      { ...compliance, facility: null },
    );
    expect(figures).toEqual({
      enrolment: null,
      fullTimeTeachers: 0,
      bachelorShare: { computable: false, reason: "no_teachers" },
      qualityBalanced: null,
      classTwo: null,
    });
  });

  it("shows no Class Ⅱ verdict for a school that is no town-seat school", () => {
    const other = {
      ...compliance,
      facility: { ...compliance.facility!, classTwo: { applies: false as const } },
    };
    expect(memberFigures(profile, other).classTwo).toBeNull();
  });
});
