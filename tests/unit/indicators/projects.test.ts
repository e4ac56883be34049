import { describe, expect, it } from "vitest";
import type { ProjectStatus } from "@/lib/generated/prisma/enums";
import { isProjectOverdue, overdueProjectWhere } from "@/lib/indicators/projects";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const TODAY = day("2026-12-02");
const project = (status: ProjectStatus, plannedStart: string, plannedFinish: string) => ({
  status,
  plannedStart: day(plannedStart),
  plannedFinish: day(plannedFinish),
});

describe("overdue projects (进度滞后)", () => {
  // Hand-computed against 2026-12-02.
  const cases: [string, ReturnType<typeof project>, boolean][] = [
    ["planned, start tomorrow", project("PLANNED", "2026-12-03", "2027-06-30"), false],
    ["planned, start today", project("PLANNED", "2026-12-02", "2027-06-30"), false],
    ["planned, start yesterday: not started in time", project("PLANNED", "2026-12-01", "2027-06-30"), true],
    ["under way, finish due today", project("IN_PROGRESS", "2026-03-01", "2026-12-02"), false],
    ["under way, finish was yesterday", project("IN_PROGRESS", "2026-03-01", "2026-12-01"), true],
    [
      "under way, start passed long ago but finish ahead",
      project("IN_PROGRESS", "2025-01-01", "2027-01-01"),
      false,
    ],
    ["planned, both days passed", project("PLANNED", "2025-01-01", "2025-06-30"), true],
    ["completed late is not overdue", project("COMPLETED", "2025-01-01", "2025-06-30"), false],
    ["cancelled is never overdue", project("CANCELLED", "2025-01-01", "2025-06-30"), false],
  ];
  for (const [name, schedule, expected] of cases)
    it(name, () => expect(isProjectOverdue(schedule, TODAY)).toBe(expected));

  it("gives the database the same statuses and days", () => {
    expect(overdueProjectWhere(TODAY)).toEqual({
      status: { in: ["PLANNED", "IN_PROGRESS"] },
      OR: [{ plannedFinish: { lt: TODAY } }, { status: { in: ["PLANNED"] }, plannedStart: { lt: TODAY } }],
    });
  });
});
