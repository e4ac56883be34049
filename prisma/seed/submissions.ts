// Quarterly reporting: the periods of each city and every county's report in them, with values, events and
// revisions (the current quarter open, in mixed states).
import type { SubmissionState } from "@/lib/generated/prisma/enums";
import { reportedIndicators } from "@/lib/indicators/catalogue";
import { addDays, isoDay, quarterEnd, recentQuarters, type Quarter } from "@/lib/utils/periods";
import type { CountyProfile } from "./counties";
import {
  type CountyRow,
  type PeriodRow,
  type SubmissionRow,
  type SubmissionEventRow,
  type DemoDataset,
  round2,
} from "./dataset";
import type { SeededRandom } from "./random";

/** Number of reporting quarters generated, ending with the current one. */
export const DEMO_QUARTERS = 8;

/** The county whose report of the open quarter is always a draft, so that the demo has one to show (README). */
export const DRAFT_REPORT_COUNTY = { city: "jinan", county: "zhangqiu" };

/** Annual level of each reported figure for one county, before quarter progress. */
function annualLevels(random: SeededRandom, size: number): Record<string, number> {
  const planned = Math.round(random.uniform(8, 30) * size);
  const budgeted = Math.round(random.uniform(5000, 50000) * size);
  return {
    projects_planned: planned,
    investment_budgeted: budgeted,
    // Completed investment is reported year to date against the year's budget.
    investment_completed: budgeted,
    new_school_places: Math.round(random.uniform(500, 5000) * size),
    canteens_built: Math.round(random.uniform(2, 15) * size),
    teacher_apartments_built: Math.round(random.uniform(10, 80) * size),
    small_schools_consolidated: random.int(0, 5),
    oversized_schools_resolved: random.int(0, 3),
    music_art_rooms_added: Math.round(random.uniform(2, 20) * size),
    teachers_rotated: Math.round(random.uniform(80, 400) * size),
    teachers_trained: Math.round(random.uniform(500, 4000) * size),
    rural_senior_titles: Math.round(random.uniform(10, 60) * size),
    rural_vacancies_filled: Math.round(random.uniform(10, 80) * size),
    student_aid_amount: Math.round(random.uniform(500, 5000) * size),
    student_aid_recipients: Math.round(random.uniform(5000, 40000) * size),
    online_classrooms: Math.round(random.uniform(20, 150) * size),
    family_ed_sites_coverage: random.uniform(70, 92),
    rural_featured_courses: random.int(1, 8),
    rural_students_city_trip_share: random.uniform(40, 85),
    dropout_count: 0,
    migrant_children_public_rate: random.uniform(80, 98),
    junior_retention_3yr: random.uniform(93, 99.5),
    disabled_children_enrolment: random.uniform(92, 99),
    special_ed_funding_per_pupil: random.uniform(6500, 9500),
    social_recognition: random.uniform(82, 96),
    pre_gross_enrolment_3yr: random.uniform(86, 99),
    pre_public_funding_per_child: random.uniform(500, 900),
  };
}

/** A county's figure for quarter `q`, `yearsBack` years before the current one. */
function reportedValue(
  key: string,
  level: number,
  q: number,
  yearsBack: number,
  random: SeededRandom,
): number {
  const ytd = q / 4;
  const trend = 1 - 0.06 * yearsBack;
  switch (key) {
    case "projects_planned":
    case "investment_budgeted":
      return Math.round(level * trend);
    case "projects_started":
      return 0; // derived below from projects_planned
    case "projects_completed":
      return 0;
    case "investment_completed":
      return Math.round(level * trend * ytd * random.uniform(0.75, 1.05));
    case "family_ed_sites_coverage":
    case "rural_students_city_trip_share":
      return round2(Math.min(100, level + (4 - yearsBack * 4) + q * 1.5 + random.uniform(-1, 1)));
    case "migrant_children_public_rate":
    case "junior_retention_3yr":
    case "disabled_children_enrolment":
    case "social_recognition":
    case "pre_gross_enrolment_3yr":
      return round2(Math.min(100, level + random.uniform(-0.8, 0.8) - yearsBack * 0.5));
    case "special_ed_funding_per_pupil":
    case "pre_public_funding_per_child":
      return Math.round(level * trend);
    case "online_classrooms":
      return Math.round(level * (1 - 0.15 * yearsBack) * (0.9 + 0.03 * q));
    case "dropout_count":
      return random.chance(0.08) ? random.int(1, 3) : 0;
    case "rural_featured_courses":
      return Math.round(level * ytd);
    default:
      return Math.round(level * trend * ytd * random.uniform(0.85, 1.1));
  }
}

export function generateReporting(
  data: DemoDataset,
  profiles: Map<number, CountyProfile>,
  random: SeededRandom,
): void {
  const quarters = recentQuarters(data.currentQuarter, DEMO_QUARTERS);
  const keys = reportedIndicators().map((indicator) => indicator.key);
  const levels = new Map(
    data.counties.map((county) => [county.id, annualLevels(random, profiles.get(county.id)?.size ?? 1)]),
  );

  for (const city of data.cities) {
    for (const quarter of quarters) {
      const isCurrent =
        quarter.year === data.currentQuarter.year && quarter.quarter === data.currentQuarter.quarter;
      const end = quarterEnd(quarter);
      // The quarter's report is due a little before the quarter ends (季度调度), the current one in late December.
      const deadline = addDays(end, -6);
      const period: PeriodRow = {
        id: data.periods.length + 1,
        cityId: city.id,
        year: quarter.year,
        quarter: quarter.quarter,
        state: isCurrent ? "OPEN" : "CLOSED",
        deadline: isoDay(deadline),
        openedAt: addDays(end, -40).toISOString(),
        closedAt: isCurrent ? null : addDays(end, 20).toISOString(),
      };
      data.periods.push(period);
      for (const county of data.counties.filter((c) => c.cityId === city.id)) {
        const yearsBack = data.currentQuarter.year - quarter.year;
        const level = levels.get(county.id) ?? {};
        const keepsDraft =
          isCurrent && city.slug === DRAFT_REPORT_COUNTY.city && county.slug === DRAFT_REPORT_COUNTY.county;
        generateSubmission(
          data,
          period,
          county,
          quarter,
          isCurrent,
          keepsDraft,
          deadline,
          keys,
          level,
          yearsBack,
          random,
        );
      }
    }
  }
}

function generateSubmission(
  data: DemoDataset,
  period: PeriodRow,
  county: CountyRow,
  quarter: Quarter,
  isCurrent: boolean,
  keepsDraft: boolean,
  deadline: Date,
  keys: string[],
  level: Record<string, number>,
  yearsBack: number,
  random: SeededRandom,
): void {
  const state: SubmissionState = keepsDraft
    ? "DRAFT"
    : isCurrent
      ? random.weighted([
          { weight: 30, value: "APPROVED" as const },
          { weight: 25, value: "SUBMITTED" as const },
          { weight: 10, value: "RETURNED" as const },
          { weight: 20, value: "DRAFT" as const },
          { weight: 15, value: "NOT_STARTED" as const },
        ])
      : "APPROVED";
  // In the open quarter every step after submitting (return, resubmission, approval within 6 days) stays in the past.
  const submittedOn = isCurrent
    ? addDays(data.asOf, -random.int(7, 25))
    : addDays(deadline, random.chance(0.12) ? random.int(1, 9) : -random.int(0, 20));
  const isLate = state !== "NOT_STARTED" && state !== "DRAFT" && submittedOn > deadline;
  const wasReturnedBefore = state === "APPROVED" && random.chance(0.12);
  // Approval comes after a resubmission (two days after the first submission) when there was one.
  const approvedAt = state === "APPROVED" ? addDays(submittedOn, random.int(3, 6)) : null;
  const returnedAt = state === "RETURNED" ? addDays(submittedOn, 1) : null;
  const submission: SubmissionRow = {
    id: data.submissions.length + 1,
    periodId: period.id,
    countyId: county.id,
    state,
    version: 0,
    isLate,
    submittedAt: ["SUBMITTED", "RETURNED", "APPROVED"].includes(state) ? submittedOn.toISOString() : null,
    approvedAt: approvedAt?.toISOString() ?? null,
    returnedAt: returnedAt?.toISOString() ?? null,
    returnReason: state === "RETURNED" ? "完成投资与项目进度不匹配，请核实后重新报送。" : null,
    lastActivityAt: (state === "NOT_STARTED"
      ? new Date(period.openedAt)
      : (approvedAt ?? returnedAt ?? submittedOn)
    ).toISOString(),
  };
  data.submissions.push(submission);
  if (state === "NOT_STARTED") return;

  const values: Record<string, { value: number | null; note: string | null }> = {};
  for (const key of keys) {
    // Drafts are half filled.
    if (state === "DRAFT" && random.chance(0.5)) continue;
    let value = reportedValue(key, level[key] ?? 0, quarter.quarter, yearsBack, random);
    if (key === "projects_started")
      value = Math.round(
        (level.projects_planned ?? 0) * Math.min(1, 0.35 * quarter.quarter + random.uniform(0, 0.2)),
      );
    if (key === "projects_completed")
      value = Math.round(
        (values.projects_started?.value ?? 0) * Math.min(1, 0.2 * quarter.quarter + random.uniform(0, 0.15)),
      );
    values[key] = { value, note: null };
    data.submissionValues.push({
      id: data.submissionValues.length + 1,
      submissionId: submission.id,
      indicatorKey: key,
      value,
      note: null,
    });
  }
  const events: SubmissionEventRow[] = [];
  let version = 1; // the draft save
  if (state !== "DRAFT") {
    events.push({
      submissionId: submission.id,
      fromState: "DRAFT",
      toState: "SUBMITTED",
      reason: null,
      actor: "county",
      at: submittedOn.toISOString(),
    });
    data.submissionRevisions.push({
      submissionId: submission.id,
      revision: 1,
      values,
      submittedAt: submittedOn.toISOString(),
    });
    version++;
    if (wasReturnedBefore) {
      const returnedAt = addDays(submittedOn, 1);
      const resubmittedAt = addDays(submittedOn, 2);
      events.push({
        submissionId: submission.id,
        fromState: "SUBMITTED",
        toState: "RETURNED",
        reason: "部分数据与上季度差异较大，请补充说明。",
        actor: "city",
        at: returnedAt.toISOString(),
      });
      events.push({
        submissionId: submission.id,
        fromState: "RETURNED",
        toState: "SUBMITTED",
        reason: null,
        actor: "county",
        at: resubmittedAt.toISOString(),
      });
      data.submissionRevisions.push({
        submissionId: submission.id,
        revision: 2,
        values,
        submittedAt: resubmittedAt.toISOString(),
      });
      version += 2;
    }
    if (state === "APPROVED" && submission.approvedAt) {
      events.push({
        submissionId: submission.id,
        fromState: "SUBMITTED",
        toState: "APPROVED",
        reason: null,
        actor: "city",
        at: submission.approvedAt,
      });
      version++;
    }
    if (state === "RETURNED" && submission.returnedAt) {
      events.push({
        submissionId: submission.id,
        fromState: "SUBMITTED",
        toState: "RETURNED",
        reason: submission.returnReason,
        actor: "city",
        at: submission.returnedAt,
      });
      version++;
    }
  }
  submission.version = version;
  data.submissionEvents.push(...events);
}
