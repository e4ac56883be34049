// A message is written in its recipient's language, not the sender's: a county officer who chose English on the
// language switcher gets the 催报 of a Chinese-speaking member of city staff in English by e-mail, another officer
// in Chinese (users.locale, default zh). Sent through the real SMTP channel to a local sink.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { deliverMessage } from "@/lib/data/notifications/deliver-message";
import { urgeReports } from "@/lib/data/notifications/urge-reports";
import { openPeriod } from "@/lib/data/submissions/open-period";
import { updateOwnLocale } from "@/lib/data/users/update-own-locale";
import { db } from "@/lib/db";
import { decodeMail, startSmtpSink } from "../support/message-sinks";
import { sessionUserFor, type CitySessionUser } from "../support/session-user";

const sink = await startSmtpSink();
process.env.SMTP_URL = sink.url;

const QUARTER = { year: 2036, quarter: 2 } as const;

let staff: CitySessionUser;
let english: CitySessionUser;
let chinese: CitySessionUser;
let periodId: number;

beforeAll(async () => {
  staff = await sessionUserFor("binzhou.staff");
  english = await sessionUserFor("binzhou.huimin");
  const other = await db().user.findFirstOrThrow({
    where: { role: "COUNTY_OFFICER", cityId: staff.cityId, countyId: { not: english.countyId } },
    select: { loginName: true },
    orderBy: { id: "asc" },
  });
  chinese = await sessionUserFor(other.loginName);
  for (const user of [english, chinese])
    await db().user.update({ where: { id: user.id }, data: { email: `${user.loginName}@test.invalid` } });
  periodId = (await openPeriod(staff, { ...QUARTER, deadline: new Date("2036-07-10T00:00:00Z") })).id;
});

afterAll(() => sink.stop());

describe("the recipient's language", () => {
  it("is kept on the account when chosen, audited once, and left alone when chosen again", async () => {
    await updateOwnLocale(english, "en");
    await updateOwnLocale(english, "en");
    expect((await db().user.findUniqueOrThrow({ where: { id: english.id } })).locale).toBe("en");
    expect((await db().user.findUniqueOrThrow({ where: { id: chinese.id } })).locale).toBe("zh");
    const audits = await db().auditLog.findMany({
      where: { entity: "user", entityId: String(english.id), action: "update" },
      select: { after: true },
    });
    expect(audits.map((row) => row.after)).toEqual([{ locale: "en" }]);
  });

  it("writes each officer's e-mail of the same 催报 in their own language", async () => {
    await urgeReports(staff, { periodId, countyIds: [english.countyId!, chinese.countyId!] });
    const deliveries = await db().messageDelivery.findMany({
      where: { channel: "EMAIL", notification: { dedupeKey: { startsWith: `urge:${periodId}:` } } },
      select: { id: true, target: true },
    });
    expect(deliveries).toHaveLength(2);
    for (const delivery of deliveries) await deliverMessage(delivery.id, { retryCount: 0, retryLimit: 0 });

    const subjectTo = (user: CitySessionUser) =>
      decodeMail(sink.mails.find((mail) => mail.to[0] === `${user.loginName}@test.invalid`)!.raw).subject;
    const county = await db().county.findUniqueOrThrow({ where: { id: english.countyId! } });
    expect(subjectTo(english)).toBe(
      `[Rural Education Revitalization Monitor] The city bureau urges: ${county.nameEn} report of Q2 2036`,
    );
    const other = await db().county.findUniqueOrThrow({ where: { id: chinese.countyId! } });
    expect(subjectTo(chinese)).toBe(`【乡村教育振兴监测平台】市教育局催报：${other.name}2036年第2季度调度`);
  });
});
