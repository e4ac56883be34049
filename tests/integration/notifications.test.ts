// The in-app inbox (decision 0037): a review notifies the report's submitters in the review's own transaction, each
// user reads and marks only their own messages, and the bell counts the unread.
import { beforeAll, describe, expect, it } from "vitest";
import {
  countUnreadNotifications,
  INBOX_PAGE_SIZE,
  listNotifications,
} from "@/lib/data/notifications/list-notifications";
import {
  markAllNotificationsRead,
  markNotificationRead,
} from "@/lib/data/notifications/mark-notifications-read";
import { getWorkItems } from "@/lib/data/submissions/get-work-items";
import { openPeriod } from "@/lib/data/submissions/open-period";
import { approveSubmission, returnSubmission } from "@/lib/data/submissions/review-submission";
import { db } from "@/lib/db";
import { isAppError } from "@/lib/errors";
import { sessionUserFor, type CitySessionUser } from "../support/session-user";

// A quarter no other test opens, in 滨州, so the counts here are this file's alone.
const QUARTER = { year: 2031, quarter: 3 } as const;

let staff: CitySessionUser;
let officer: CitySessionUser;
let countyLeader: CitySessionUser;
let otherOfficer: CitySessionUser;
let principal: CitySessionUser;

/** Puts a report into SUBMITTED as `submitter` submitting it would (state, version, a revision by them). */
async function submitAs(countyId: number, submitter: CitySessionUser | null) {
  const report = await db().submission.findFirstOrThrow({
    where: { countyId, period: { cityId: staff.cityId, ...QUARTER } },
    select: { id: true, version: true, _count: { select: { revisions: true } } },
  });
  const fallbackSubmitter = await db().user.findFirstOrThrow({
    where: { loginName: "binzhou.staff" },
    select: { id: true },
  });
  await db().submission.update({
    where: { id: report.id },
    data: { state: "SUBMITTED", version: { increment: 1 }, submittedAt: new Date() },
  });
  await db().submissionRevision.create({
    data: {
      submissionId: report.id,
      revision: report._count.revisions + 1,
      values: {},
      // A report submitted under an account that is not the county's any more (here: the city's).
      submittedById: submitter?.id ?? fallbackSubmitter.id,
    },
  });
  return { submissionId: report.id, version: report.version + 1 };
}

const unreadOf = (user: CitySessionUser) => countUnreadNotifications(user);

beforeAll(async () => {
  staff = await sessionUserFor("binzhou.staff");
  officer = await sessionUserFor("binzhou.huimin");
  countyLeader = await sessionUserFor("binzhou.huimin.leader");
  otherOfficer = await sessionUserFor("binzhou.boxing");
  principal = await sessionUserFor("binzhou.principal");
  await openPeriod(staff, { ...QUARTER, deadline: new Date("2031-09-24T00:00:00Z") });
});

describe("notices of a review", () => {
  it("a return tells the report's submitter, with the reason, and no one else; the audit record names them", async () => {
    const before = {
      officer: await unreadOf(officer),
      leader: await unreadOf(countyLeader),
      other: await unreadOf(otherOfficer),
    };
    const report = await submitAs(officer.countyId!, officer);
    await returnSubmission(staff, { ...report, reason: "学生数与上季度差异大，请核实", comments: {} });

    expect(await unreadOf(officer)).toBe(before.officer + 1);
    // The county leader of the same county did not submit it; another county's officer has nothing to do with it.
    expect(await unreadOf(countyLeader)).toBe(before.leader);
    expect(await unreadOf(otherOfficer)).toBe(before.other);

    const { rows } = await listNotifications(officer, { page: 1 });
    expect(rows[0]).toMatchObject({
      kind: "REPORT_RETURNED",
      link: `/submissions/${report.submissionId}`,
      readAt: null,
      params: { county: "惠民县", year: 2031, quarter: 3, reason: "学生数与上季度差异大，请核实" },
    });
    const audit = await db().auditLog.findFirstOrThrow({
      where: { entity: "submission", entityId: String(report.submissionId), action: "return" },
      orderBy: { id: "desc" },
    });
    expect((audit.after as { notified: number[] }).notified).toEqual([officer.id]);
  });

  it("an approval tells the submitter too", async () => {
    const before = await unreadOf(officer);
    const report = await submitAs(officer.countyId!, officer);
    await approveSubmission(staff, report);
    expect(await unreadOf(officer)).toBe(before + 1);
    const { rows } = await listNotifications(officer, { page: 1 });
    expect(rows[0]).toMatchObject({ kind: "REPORT_APPROVED", link: `/submissions/${report.submissionId}` });
    expect(rows[0]!.params).not.toHaveProperty("reason");
  });

  it("a report whose submitter is no longer the county's goes to the county's active officers", async () => {
    const before = { other: await unreadOf(otherOfficer), officer: await unreadOf(officer) };
    const report = await submitAs(otherOfficer.countyId!, null);
    await returnSubmission(staff, { ...report, reason: "", comments: {} });
    expect(await unreadOf(otherOfficer)).toBe(before.other + 1);
    expect(await unreadOf(officer)).toBe(before.officer);
    const { rows } = await listNotifications(otherOfficer, { page: 1 });
    expect(rows[0]!.params).not.toHaveProperty("reason");
  });

  it("a refused review writes no notice (the notice lives in the review's transaction)", async () => {
    const before = await unreadOf(officer);
    const report = await db().submission.findFirstOrThrow({
      where: { countyId: officer.countyId!, period: { cityId: staff.cityId, ...QUARTER } },
      select: { id: true, version: true },
    });
    // Already approved: a second approval is refused before anything is written.
    await expect(
      approveSubmission(staff, { submissionId: report.id, version: report.version }),
    ).rejects.toThrow();
    expect(await unreadOf(officer)).toBe(before);
  });
});

describe("one's own inbox only", () => {
  it("another user's message cannot be marked read: a forged id is not found and changes nothing", async () => {
    const [notice] = (await listNotifications(officer, { page: 1 })).rows;
    expect(notice!.readAt).toBeNull();
    for (const intruder of [countyLeader, otherOfficer, staff]) {
      const error = await markNotificationRead(intruder, { notificationId: notice!.id }).catch(
        (e: unknown) => e,
      );
      expect(isAppError(error) && error.code).toBe("NOT_FOUND");
    }
    const after = await db().notification.findUniqueOrThrow({ where: { id: notice!.id } });
    expect(after.readAt).toBeNull();
    // Nor does it show in anyone else's list.
    const leaderIds = (await listNotifications(countyLeader, { page: 1 })).rows.map((row) => row.id);
    expect(leaderIds).not.toContain(notice!.id);
  });

  it("the owner marks one read (twice is harmless), then all; another user's unread stay unread", async () => {
    const unread = await unreadOf(officer);
    expect(unread).toBeGreaterThanOrEqual(2);
    const [notice] = (await listNotifications(officer, { page: 1 })).rows;
    await markNotificationRead(officer, { notificationId: notice!.id });
    await markNotificationRead(officer, { notificationId: notice!.id });
    expect(await unreadOf(officer)).toBe(unread - 1);

    const otherUnread = await unreadOf(otherOfficer);
    expect(otherUnread).toBeGreaterThan(0);
    expect(await markAllNotificationsRead(officer)).toEqual({ count: unread - 1 });
    expect(await unreadOf(officer)).toBe(0);
    expect(await unreadOf(otherOfficer)).toBe(otherUnread);
  });

  it("pages newest first", async () => {
    await db().notification.createMany({
      data: Array.from({ length: INBOX_PAGE_SIZE + 1 }, (_, i) => ({
        userId: countyLeader.id,
        kind: "REPORT_APPROVED" as const,
        params: { county: "惠民县", year: 2030, quarter: 1 + (i % 4) },
        link: "/submissions",
        createdAt: new Date(Date.UTC(2031, 0, 1, 0, i)),
      })),
    });
    const first = await listNotifications(countyLeader, { page: 1 });
    const second = await listNotifications(countyLeader, { page: 2 });
    expect(first.total).toBe(INBOX_PAGE_SIZE + 1);
    expect(first.rows).toHaveLength(INBOX_PAGE_SIZE);
    expect(second.rows).toHaveLength(1);
    expect(second.rows[0]!.createdAt).toEqual(new Date(Date.UTC(2031, 0, 1, 0, 0)));
    expect(first.rows[0]!.createdAt).toEqual(new Date(Date.UTC(2031, 0, 1, 0, INBOX_PAGE_SIZE)));
  });
});

describe("what needs you", () => {
  // After the reviews above: 博兴's report is returned (without a reason), 惠民's approved.
  const ofQuarter = <T extends { year: number }>(rows: T[]) =>
    rows.filter((row) => row.year === QUARTER.year);
  // 00:30 on 21 September 2031 in Beijing (still the 20th in UTC): three days before the 24th.
  const BEFORE = new Date("2031-09-20T16:30:00Z");

  it("a county officer sees their county's returned report to fix, and the quarter's deadline counted down", async () => {
    const items = await getWorkItems(otherOfficer, BEFORE);
    const returned = ofQuarter(items.returned);
    expect(returned).toHaveLength(1);
    expect(returned[0]).toMatchObject({ county: { name: "博兴县" }, quarter: 3, reason: null });
    const [period] = ofQuarter(items.periods);
    expect(period).toMatchObject({
      quarter: 3,
      daysLeft: 3,
      // 2031 is beyond the holiday calendar the package publishes.
      isCalendarEstimated: true,
      ownSubmission: { state: "RETURNED", id: returned[0]!.submissionId },
    });
  });

  it("counts down to overdue in Beijing's days", async () => {
    const onTheDay = await getWorkItems(otherOfficer, new Date("2031-09-24T15:59:00Z"));
    expect(ofQuarter(onTheDay.periods)[0]!.daysLeft).toBe(0);
    const after = await getWorkItems(otherOfficer, new Date("2031-09-24T16:00:00Z"));
    expect(ofQuarter(after.periods)[0]!.daysLeft).toBe(-1);
  });

  it("another county's officer sees none of it; the county leader sees the quarter but has nothing to fix", async () => {
    const officerItems = await getWorkItems(officer, BEFORE);
    expect(ofQuarter(officerItems.returned)).toEqual([]);
    expect(ofQuarter(officerItems.periods)[0]!.ownSubmission!.state).toBe("APPROVED");
    const leaderItems = await getWorkItems(countyLeader, BEFORE);
    expect(leaderItems.returned).toEqual([]);
    expect(ofQuarter(leaderItems.periods)[0]!.ownSubmission!.state).toBe("APPROVED");
  });

  it("city staff see how many counties the city waits for and how many reports wait for review", async () => {
    const items = await getWorkItems(staff, BEFORE);
    expect(items.returned).toEqual([]);
    const [period] = ofQuarter(items.periods);
    const counties = await db().county.count({ where: { cityId: staff.cityId } });
    // 惠民 approved; every other county (博兴 returned among them) still owes its report.
    expect(period).toMatchObject({ ownSubmission: null, awaitingCounty: counties - 1, awaitingReview: 0 });
  });

  it("a principal, who reports no quarter, has an empty panel", async () => {
    expect(await getWorkItems(principal, BEFORE)).toEqual({ returned: [], periods: [] });
  });
});
