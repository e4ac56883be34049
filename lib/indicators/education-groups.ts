// The rules of education groups (decision 0020), kept in this one place: which kinds count for the group-coverage
// target (rural schools in urban-rural groups, 乡村学校纳入城乡教育共同体 100%), when a membership is current, and
// which days a join, a leave and a dissolution may carry. The data layer writes and checks with them; the coverage
// SQL reads the column written from `isUrbanRuralKind`.
import type { EducationGroupKind } from "@/lib/generated/prisma/enums";
import type { SchoolProfile } from "./computed-indicators";
import type { Verdict } from "./judgement";
import { percentOf, type IndicatorResult } from "./result";
import type { SchoolCompliance } from "./school-compliance";

/**
 * 城乡教育集团 and 教育共同体 pair urban schools with rural ones and count for the coverage target; a 联盟 (an
 * alliance of like schools) and a 学区 (a town's schools under one management) do not.
 */
export const URBAN_RURAL_GROUP_KINDS: readonly EducationGroupKind[] = ["URBAN_RURAL_GROUP", "COMMUNITY"];

export function isUrbanRuralKind(kind: EducationGroupKind): boolean {
  return URBAN_RURAL_GROUP_KINDS.includes(kind);
}

/** A membership's days: `leftOn` is the first day the school is no longer a member (null while it is). */
export interface MembershipDays {
  joinedOn: Date;
  leftOn: Date | null;
}

/** Whether the school is a member on `day` (a calendar day at UTC midnight). */
export function isMemberOn(membership: MembershipDays, day: Date): boolean {
  return (
    membership.joinedOn.getTime() <= day.getTime() &&
    (membership.leftOn === null || membership.leftOn.getTime() > day.getTime())
  );
}

export type GroupDayProblem =
  "inFuture" | "beforeFounding" | "beforeJoining" | "afterFirstJoin" | "beforeLastJoin";

// Every day is recorded when it has happened: a future join would leave the worklist without moving the figure.
const after = (day: Date, limit: Date) => day.getTime() > limit.getTime();

/** A founding day: not in the future and, for a group with members, not after the first of them joined. */
export function foundingDayProblem(input: {
  foundedOn: Date;
  today: Date;
  firstJoinedOn: Date | null;
}): GroupDayProblem | null {
  if (after(input.foundedOn, input.today)) return "inFuture";
  if (input.firstJoinedOn && after(input.foundedOn, input.firstJoinedOn)) return "afterFirstJoin";
  return null;
}

/** A joining day: on or after the group's founding, not in the future. */
export function joiningDayProblem(input: {
  joinedOn: Date;
  foundedOn: Date;
  today: Date;
}): GroupDayProblem | null {
  if (after(input.joinedOn, input.today)) return "inFuture";
  if (after(input.foundedOn, input.joinedOn)) return "beforeFounding";
  return null;
}

/** A leaving day: on or after the joining day (the same day: it never counted), not in the future. */
export function leavingDayProblem(input: {
  leftOn: Date;
  joinedOn: Date;
  today: Date;
}): GroupDayProblem | null {
  if (after(input.leftOn, input.today)) return "inFuture";
  if (after(input.joinedOn, input.leftOn)) return "beforeJoining";
  return null;
}

/**
 * A dissolution day: it ends every current membership on that day, so it may not precede the founding nor the
 * latest current member's joining day, and is not in the future.
 */
export function dissolutionDayProblem(input: {
  dissolvedOn: Date;
  foundedOn: Date;
  lastJoinedOn: Date | null;
  today: Date;
}): GroupDayProblem | null {
  if (after(input.dissolvedOn, input.today)) return "inFuture";
  if (after(input.foundedOn, input.dissolvedOn)) return "beforeFounding";
  if (input.lastJoinedOn && after(input.lastJoinedOn, input.dissolvedOn)) return "beforeLastJoin";
  return null;
}

/** A member school's figures in the group's side-by-side view (捆绑评价), as its school dashboard computes them. */
export interface MemberFigures {
  /** Pupils of every stage; null without a facility record for the school year */
  enrolment: number | null;
  fullTimeTeachers: number;
  /** Full-time teachers with a bachelor's degree or higher, in % of the full-time teachers */
  bachelorShare: IndicatorResult;
  /** The quality-balanced resource verdict (≥ 6 of 7 items, none below 85%); null when not evaluated */
  qualityBalanced: Verdict | null;
  /** The Class Ⅱ verdict of a town-seat school; null for other schools or when it cannot be judged */
  classTwo: Verdict | null;
}

export function memberFigures(profile: SchoolProfile, compliance: SchoolCompliance): MemberFigures {
  const facility = compliance.facility;
  return {
    enrolment:
      profile.facilitySchoolYear === null
        ? null
        : profile.enrolmentPreschool +
          profile.enrolmentPrimary +
          profile.enrolmentJunior +
          profile.enrolmentSenior,
    fullTimeTeachers: profile.fullTimeTeachers,
    bachelorShare: percentOf(profile.teachersBachelorOrAbove, profile.fullTimeTeachers, "no_teachers"),
    qualityBalanced: facility?.qualityBalanced.evaluated ? facility.qualityBalanced.verdict : null,
    classTwo: facility?.classTwo.applies && "verdict" in facility.classTwo ? facility.classTwo.verdict : null,
  };
}
