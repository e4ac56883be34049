// Who a message goes to outside the app, and a city's group robots (decision 0042): a user's request only queues
// (the delivery row is written in the transaction of its notice; nothing is sent from the request), e-mail per
// notice for a recipient with an address, robots once per county; the robots' settings are checked and audited.
import { beforeAll, describe, expect, it } from "vitest";
import { urgeReports } from "@/lib/data/notifications/urge-reports";
import { listDeliveries } from "@/lib/data/notifications/list-deliveries";
import { getNotificationChannels } from "@/lib/data/settings/get-notification-channels";
import { updateNotificationChannels } from "@/lib/data/settings/update-notification-channels";
import { openPeriod } from "@/lib/data/submissions/open-period";
import { returnSubmission } from "@/lib/data/submissions/review-submission";
import { updateOwnEmail } from "@/lib/data/users/update-own-email";
import { db } from "@/lib/db";
import { updateOwnEmailSchema } from "@/lib/schemas/users";
import { outcome } from "./support/outcome";
import { sessionUserFor, type CitySessionUser } from "../support/session-user";

// Queued only: no engine runs in this file, so nothing is sent and the rows stay QUEUED.
process.env.SMTP_URL = "smtp://127.0.0.1:9";
process.env.ROBOT_WEBHOOK_HOSTS = "";

const QUARTER = { year: 2035, quarter: 1 } as const;
const DEADLINE = new Date("2035-03-25T00:00:00Z");
const WECOM = "https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=11112222-aaaa-bbbb-cccc-ddddeeee9f9f";
const DINGTALK = "https://oapi.dingtalk.com/robot/send?access_token=0123456789abcdef";
const SECRET = "SEC1111222233334444555566667777";

let staff: CitySessionUser;
let officer: CitySessionUser;
let periodId: number;

beforeAll(async () => {
  staff = await sessionUserFor("jinan.staff");
  officer = await sessionUserFor("jinan.shanghe");
  periodId = (await openPeriod(staff, { ...QUARTER, deadline: DEADLINE })).id;
});

describe("a city's group robots", () => {
  it("refuses a webhook of another host, or http, and a malformed secret; nothing is stored", async () => {
    const refused = await outcome(
      updateNotificationChannels(staff, {
        wecomWebhook: "http://169.254.169.254/latest/meta-data",
        dingtalkWebhook: "",
        dingtalkSecret: "",
        clearDingtalkSecret: false,
      }),
    );
    expect(refused).toMatchObject({
      refused: {
        code: "VALIDATION",
        details: { fieldErrors: { wecomWebhook: [{ key: "webhookHost" }] } },
      },
    });
    expect((await getNotificationChannels(staff)).wecomWebhook).toBe("");
  });

  it("stores both robots, never shows the secret back, keeps it on a blank save, and audits labels only", async () => {
    await updateNotificationChannels(staff, {
      wecomWebhook: WECOM,
      dingtalkWebhook: DINGTALK,
      dingtalkSecret: SECRET,
      clearDingtalkSecret: false,
    });
    expect(await getNotificationChannels(staff)).toEqual({
      wecomWebhook: WECOM,
      dingtalkWebhook: DINGTALK,
      hasDingtalkSecret: true,
    });
    await updateNotificationChannels(staff, {
      wecomWebhook: WECOM,
      dingtalkWebhook: DINGTALK,
      dingtalkSecret: "",
      clearDingtalkSecret: false,
    });
    const stored = await db().setting.findUniqueOrThrow({
      where: { cityId_key: { cityId: staff.cityId, key: "dingtalk_secret" } },
    });
    expect(stored.value).toBe(SECRET);
    const audit = await db().auditLog.findFirstOrThrow({
      where: { entity: "notification_channels", cityId: staff.cityId },
      orderBy: { id: "desc" },
    });
    const recorded = JSON.stringify([audit.before, audit.after]);
    expect(recorded).not.toContain(SECRET);
    expect(recorded).not.toContain("11112222-aaaa");
    expect(audit.after).toEqual({
      wecom: "qyapi.weixin.qq.com …9f9f",
      dingtalk: "oapi.dingtalk.com …cdef",
      dingtalkSigned: true,
    });
  });
});

describe("queued with the notice, in the user's request", () => {
  it("a 催报 queues one e-mail per officer with an address and one message per county for each robot", async () => {
    await updateOwnEmail(officer, updateOwnEmailSchema.parse({ email: " shanghe@example.cn " }));
    const urged = await urgeReports(staff, { periodId, countyIds: [officer.countyId!] });
    expect(urged.sent).toBeGreaterThan(0);
    const rows = await db().messageDelivery.findMany({
      where: {
        OR: [
          { dedupeKey: { startsWith: `urge:${periodId}:` } },
          { notification: { dedupeKey: { startsWith: `urge:${periodId}:` } } },
        ],
      },
      select: { channel: true, target: true, status: true, attempts: true, userId: true, cityId: true },
      orderBy: { channel: "asc" },
    });
    // Enum order: EMAIL, WECOM, DINGTALK.
    expect(rows).toEqual([
      {
        channel: "EMAIL",
        target: "shanghe@example.cn",
        status: "QUEUED",
        attempts: 0,
        userId: officer.id,
        cityId: staff.cityId,
      },
      {
        channel: "WECOM",
        target: "qyapi.weixin.qq.com …9f9f",
        status: "QUEUED",
        attempts: 0,
        userId: null,
        cityId: staff.cityId,
      },
      {
        channel: "DINGTALK",
        target: "oapi.dingtalk.com …cdef",
        status: "QUEUED",
        attempts: 0,
        userId: null,
        cityId: staff.cityId,
      },
    ]);
    // The same 催报 again the same day queues nothing more.
    await outcome(urgeReports(staff, { periodId, countyIds: [officer.countyId!] }));
    expect(
      await db().messageDelivery.count({ where: { dedupeKey: { startsWith: `urge:${periodId}:` } } }),
    ).toBe(2);
  });

  it("a returned report's notice is e-mailed to its submitter, not to the robots", async () => {
    const report = await db().submission.findUniqueOrThrow({
      where: { periodId_countyId: { periodId, countyId: officer.countyId! } },
      select: { id: true, version: true },
    });
    await db().submission.update({
      where: { id: report.id },
      data: { state: "SUBMITTED", submittedAt: new Date() },
    });
    await returnSubmission(staff, {
      submissionId: report.id,
      version: report.version,
      reason: "学生数有误，请核实",
      comments: {},
    });
    const notice = await db().notification.findFirstOrThrow({
      where: { userId: officer.id, kind: "REPORT_RETURNED" },
      orderBy: { id: "desc" },
      select: { id: true, deliveries: { select: { channel: true, target: true, status: true } } },
    });
    expect(notice.deliveries).toEqual([{ channel: "EMAIL", target: "shanghe@example.cn", status: "QUEUED" }]);
  });

  it("refuses an address that is not one, with a field error", () => {
    const parsed = updateOwnEmailSchema.safeParse({ email: "not-an-address" });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.message).toBe("email");
  });

  it("the send log lists the city's deliveries only, filtered by status", async () => {
    const { rows, total } = await listDeliveries(staff, { page: 1, status: "QUEUED" });
    expect(total).toBeGreaterThanOrEqual(4);
    expect(rows.every((row) => row.status === "QUEUED")).toBe(true);
    const other = await sessionUserFor("weifang.staff");
    const theirs = await listDeliveries(other, { page: 1 });
    expect(theirs.rows.some((row) => row.target === "shanghe@example.cn")).toBe(false);
    expect((await listDeliveries(staff, { page: 1, status: "SENT" })).total).toBe(0);
  });
});
