// E-mail and group-robot deliveries on pg-boss (decision 0042), against real PostgreSQL, a local SMTP sink and a local
// webhook recorder: two engines on the same database (two app instances) fire the reminders' cron schedule once,
// every officer with an address gets one e-mail, each robot one message per county and rule; a failing robot is
// retried with back-off and ends SENT after it recovers or FAILED after the limit, attempts logged.
import { createHmac } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openPeriod } from "@/lib/data/submissions/open-period";
import { db } from "@/lib/db";
import { QUEUES, startJobEngine, type JobEngine } from "@/lib/jobs/engine";
import { ROBOT_SETTING_KEYS } from "@/lib/notifications/robot-settings";
import { quarterOf } from "@/lib/utils/periods";
import { startSmtpSink, startWebhookRecorder } from "../support/message-sinks";
import { sessionUserFor, type CitySessionUser } from "../support/session-user";

const sink = await startSmtpSink();
const recorder = await startWebhookRecorder();
// Read by lib/env on first use, which is after this.
process.env.SMTP_URL = sink.url;
process.env.SMTP_FROM = "监测平台 <noreply@test.invalid>";

const DINGTALK_SECRET = "SEC0123456789abcdef0123456789abcdef";
const RETRY = { retryLimit: 2, retryDelay: 1, retryBackoff: true };
// A quarter no other test opens, due on the day the reminders' clock says (injected into the engine): the "on the
// day" rule is due. That day is the first of the real quarter: the demo data's own open quarters (due late in it,
// decision 0037) owe no reminder yet, whatever the day the suite runs.
const QUARTER = { year: 2034, quarter: 2 } as const;
const { year: thisYear, quarter: thisQuarter } = quarterOf(new Date());
const DUE_DAY = new Date(Date.UTC(thisYear, (thisQuarter - 1) * 3, 1));
/** 10:00 in Beijing on the due day */
const CLOCK = new Date(DUE_DAY.getTime() + 2 * 3_600_000);

let staff: CitySessionUser;
let periodId: number;
let engines: JobEngine[] = [];

const until = async (what: () => Promise<boolean>, timeoutMs: number) => {
  const start = Date.now();
  while (!(await what())) {
    if (Date.now() - start > timeoutMs) throw new Error("timed out waiting");
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
};

const deliveriesOfPeriod = () =>
  db().messageDelivery.findMany({
    where: {
      OR: [
        { dedupeKey: { startsWith: `reminder:${periodId}:` } },
        { notification: { dedupeKey: { startsWith: `reminder:${periodId}:` } } },
      ],
    },
    select: { channel: true, target: true, dedupeKey: true, status: true, attempts: true, lastError: true },
  });

beforeAll(async () => {
  staff = await sessionUserFor("weifang.staff");
  await db().setting.createMany({
    data: [
      {
        cityId: staff.cityId,
        key: ROBOT_SETTING_KEYS.wecomWebhook,
        value: `${recorder.base}/wecom?key=wecom-key-1234`,
      },
      {
        cityId: staff.cityId,
        key: ROBOT_SETTING_KEYS.dingtalkWebhook,
        value: `${recorder.base}/dingtalk?access_token=ding-5678`,
      },
      { cityId: staff.cityId, key: ROBOT_SETTING_KEYS.dingtalkSecret, value: DINGTALK_SECRET },
    ],
  });
  // Every officer of the city gets an address; one is left without (inbox only).
  const officers = await db().user.findMany({
    where: { role: "COUNTY_OFFICER", isActive: true, county: { cityId: staff.cityId } },
    select: { id: true, loginName: true },
    orderBy: { id: "asc" },
  });
  for (const officer of officers.slice(1))
    await db().user.update({
      where: { id: officer.id },
      data: { email: `${officer.loginName}@test.invalid` },
    });
  periodId = (await openPeriod(staff, { ...QUARTER, deadline: DUE_DAY })).id;
  // The robot of WeCom fails twice, then recovers; DingTalk's always fails.
  recorder.failures.set("/wecom", 2);
  recorder.failures.set("/dingtalk", Number.POSITIVE_INFINITY);
});

afterAll(async () => {
  await Promise.all(engines.map((engine) => engine.stop()));
  await Promise.all([sink.stop(), recorder.stop()]);
});

describe("deliveries on pg-boss", () => {
  it("two instances fire the reminders' schedule once: one e-mail per officer with an address, one robot message per county and rule, retried until sent or failed", async () => {
    const options = {
      connectionString: process.env.DATABASE_URL!,
      max: 2,
      retry: RETRY,
      reminderCron: "* * * * *",
      retentionDays: 180,
      pollSeconds: 0.5,
      clock: () => CLOCK,
      // pg-boss looks for due schedules every second, not every 30 s: the schedule fires at once.
      cronMonitorSeconds: 1,
      cronWorkerSeconds: 1,
    };
    engines = await Promise.all([startJobEngine(options), startJobEngine(options)]);
    // The every-minute schedule is due as the engines start.
    await until(async () => {
      const rows = await deliveriesOfPeriod();
      return rows.length > 0 && rows.every((row) => row.status !== "QUEUED");
    }, 150_000);

    const owing = await db().submission.findMany({
      where: { periodId },
      select: {
        countyId: true,
        county: {
          select: { users: { where: { role: "COUNTY_OFFICER", isActive: true }, select: { email: true } } },
        },
      },
    });
    const addresses = owing.flatMap((report) =>
      report.county.users.flatMap((user) => (user.email ? [user.email] : [])),
    );
    expect(addresses.length).toBeGreaterThan(1);
    const rows = await deliveriesOfPeriod();

    // E-mail: one per officer with an address, each arrived once at the sink, in Chinese.
    const emails = rows.filter((row) => row.channel === "EMAIL");
    expect(emails.map((row) => row.target).sort()).toEqual([...addresses].sort());
    expect(emails.every((row) => row.status === "SENT" && row.attempts === 1)).toBe(true);
    const mailed = sink.mails.filter((mail) => addresses.includes(mail.to[0]!));
    expect(mailed.map((mail) => mail.to[0]).sort()).toEqual([...addresses].sort());
    expect(mailed[0]!.raw).toContain("Subject: =?UTF-8?");
    expect(Buffer.from(mailed[0]!.raw).toString()).toMatch(/Content-Transfer-Encoding/);

    // Robots: one message per county and rule for each; WeCom sent on the third attempt, DingTalk failed after 3.
    const wecom = rows.filter((row) => row.channel === "WECOM");
    const dingtalk = rows.filter((row) => row.channel === "DINGTALK");
    expect(wecom.length).toBe(owing.length);
    expect(dingtalk.length).toBe(owing.length);
    expect(new Set(wecom.map((row) => row.dedupeKey)).size).toBe(owing.length);
    expect(wecom.every((row) => row.target === "127.0.0.1 …1234" || row.target.endsWith("…1234"))).toBe(true);
    // Two failures in a row went to the first WeCom messages taken; every WeCom message ends sent.
    expect(wecom.every((row) => row.status === "SENT")).toBe(true);
    expect(wecom.reduce((sum, row) => sum + row.attempts, 0)).toBe(owing.length + 2);
    expect(dingtalk.every((row) => row.status === "FAILED" && row.attempts === RETRY.retryLimit + 1)).toBe(
      true,
    );
    expect(dingtalk.every((row) => row.lastError === "HTTP 500")).toBe(true);

    // What the robots received: Markdown in Chinese; DingTalk's signed with the secret.
    const wecomBodies = recorder.requests.filter(
      (request) => request.path === "/wecom" && request.answered === 200,
    );
    expect(wecomBodies.length).toBe(owing.length);
    const first = wecomBodies[0]!.body as { msgtype: string; markdown: { content: string } };
    expect(first.msgtype).toBe("markdown");
    expect(first.markdown.content).toMatch(/^### .+县|市|区/);
    expect(first.markdown.content).toContain("今天截止");
    const signed = recorder.requests.find((request) => request.path === "/dingtalk")!;
    const timestamp = signed.query.get("timestamp")!;
    const expected = createHmac("sha256", DINGTALK_SECRET)
      .update(`${timestamp}\n${DINGTALK_SECRET}`)
      .digest("base64");
    expect(signed.query.get("sign")).toBe(expected);
    expect(signed.query.get("access_token")).toBe("ding-5678");

    // The schedule ran once across the two instances: one completed run of the reminders' queue per minute fired.
    const runs = await db().$queryRawUnsafe<{ minute: Date; runs: bigint }[]>(
      `SELECT date_trunc('minute', created_on) AS minute, count(*) AS runs FROM pgboss.job WHERE name = $1 GROUP BY 1`,
      QUEUES.reminders,
    );
    expect(runs.length).toBeGreaterThan(0);
    expect(runs.every((row) => row.runs === 1n)).toBe(true);
    // Both instances were workers: all attempts of every delivery job are accounted for in pg-boss.
    const jobs = await db().$queryRawUnsafe<{ state: string; count: bigint }[]>(
      `SELECT state::text, count(*) FROM pgboss.job WHERE name = $1 GROUP BY 1 ORDER BY 1`,
      QUEUES.deliver,
    );
    expect(Object.fromEntries(jobs.map((row) => [row.state, Number(row.count)]))).toMatchObject({
      failed: owing.length,
    });
  }, 200_000);

  it("measures how many reminder messages per minute the engine sends here", async () => {
    recorder.failures.clear();
    // A burst of robot reminders as one reminders run of a large province would queue them.
    const BURST = 1_000;
    await db().messageDelivery.createMany({
      data: Array.from({ length: BURST }, (_, index) => ({
        cityId: staff.cityId,
        channel: "WECOM" as const,
        target: "bench",
        kind: "DEADLINE_REMINDER" as const,
        params: {
          county: "寿光市",
          countyEn: "Shouguang",
          year: 2034,
          quarter: 3,
          deadline: "2034-10-10",
          daysLeft: 0,
        },
        link: "/submissions",
        dedupeKey: `bench:${index}`,
      })),
    });
    const started = Date.now();
    await Promise.all(engines.map((engine) => engine.dispatch()));
    const ofBurst = { dedupeKey: { startsWith: "bench:" } };
    await until(
      async () => (await db().messageDelivery.count({ where: { ...ofBurst, status: "QUEUED" } })) === 0,
      120_000,
    );
    const seconds = (Date.now() - started) / 1000;
    expect(await db().messageDelivery.count({ where: { ...ofBurst, status: "SENT" } })).toBe(BURST);
    process.stdout.write(
      `[bench] ${BURST} robot messages by two engines in ${seconds.toFixed(1)} s = ${Math.round((BURST / seconds) * 60)} per minute\n`,
    );
  }, 150_000);
});
