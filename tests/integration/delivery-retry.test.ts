// The send log's upkeep (decision 0048): city staff send a failed message again from /admin/notifications — the
// request re-queues the row with an audit record and returns; the job engine (pg-boss, here with a local SMTP sink)
// sends it — and a daily job deletes sent and failed rows older than the retention, never a queued one.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pruneDeliveries } from "@/lib/data/notifications/prune-deliveries";
import { retryDelivery } from "@/lib/data/notifications/retry-delivery";
import { db } from "@/lib/db";
import { registerDispatcher } from "@/lib/jobs/dispatch-now";
import { startJobEngine, type JobEngine } from "@/lib/jobs/engine";
import { outcome } from "./support/outcome";
import { startSmtpSink } from "../support/message-sinks";
import { sessionUserFor, type CitySessionUser } from "../support/session-user";

const sink = await startSmtpSink();
process.env.SMTP_URL = sink.url;

const DAY = 86_400_000;
let staff: CitySessionUser;
let otherStaff: CitySessionUser;
let engine: JobEngine | undefined;

const failedEmail = async (cityId: number, key: string, createdAt = new Date()) =>
  (
    await db().messageDelivery.create({
      data: {
        cityId,
        channel: "EMAIL",
        target: `${key}@test.invalid`,
        kind: "REPORT_APPROVED",
        params: { county: "寿光市", countyEn: "Shouguang", year: 2037, quarter: 1 },
        link: "/submissions/1",
        dedupeKey: `retry-test:${key}`,
        status: "FAILED",
        attempts: 6,
        lastError: "connect ECONNREFUSED",
        createdAt,
      },
      select: { id: true },
    })
  ).id;

beforeAll(async () => {
  staff = await sessionUserFor("weifang.staff");
  otherStaff = await sessionUserFor("jinan.staff");
});

afterAll(async () => {
  registerDispatcher(null);
  await engine?.stop();
  await sink.stop();
});

describe("sending a failed message again", () => {
  it("is refused for another city's message (missing), a message not failed, and a county officer; nothing changes", async () => {
    const theirs = await failedEmail(otherStaff.cityId, "theirs");
    expect(await outcome(retryDelivery(staff, { deliveryId: theirs }))).toMatchObject({
      refused: { code: "NOT_FOUND" },
    });
    const officer = await sessionUserFor("weifang.changle");
    expect(await outcome(retryDelivery(officer, { deliveryId: theirs }))).toMatchObject({
      refused: { code: "FORBIDDEN" },
    });
    const sent = await failedEmail(staff.cityId, "sent");
    await db().messageDelivery.update({ where: { id: sent }, data: { status: "SENT" } });
    expect(await outcome(retryDelivery(staff, { deliveryId: sent }))).toMatchObject({
      refused: { code: "INVALID_STATE", messageKey: "deliveries.notFailed" },
    });
    const rows = await db().messageDelivery.findMany({
      where: { id: { in: [theirs, sent] } },
      select: { status: true },
      orderBy: { id: "asc" },
    });
    expect(rows.map((row) => row.status)).toEqual(["FAILED", "SENT"]);
  });

  it("re-queues it with an audit record and returns; the job engine sends it at once, not the request", async () => {
    engine = await startJobEngine({
      connectionString: process.env.DATABASE_URL!,
      max: 2,
      retry: { retryLimit: 0, retryDelay: 1, retryBackoff: false },
      reminderCron: "off",
      retentionDays: 180,
      schedule: false,
      pollSeconds: 0.5,
    });
    // As the server's engine does on start (lib/jobs/engine.ts startJobs).
    registerDispatcher(engine.dispatch);
    const id = await failedEmail(staff.cityId, "ours");

    await retryDelivery(staff, { deliveryId: id });
    // The request wrote the row back to the queue and returned; no mail had been sent by then.
    expect(sink.mails.filter((mail) => mail.to[0] === "ours@test.invalid")).toEqual([]);
    const audit = await db().auditLog.findFirstOrThrow({
      where: { entity: "message_delivery", entityId: String(id), action: "retry" },
      select: { actorId: true, before: true, after: true },
    });
    expect(audit).toEqual({
      actorId: staff.id,
      before: { status: "FAILED", attempts: 6, lastError: "connect ECONNREFUSED" },
      after: { status: "QUEUED", channel: "EMAIL", target: "ours@test.invalid" },
    });

    // No dispatch by hand: the retry asked the engine to dispatch, and its worker sent it.
    await expect
      .poll(
        async () =>
          (await db().messageDelivery.findUniqueOrThrow({ where: { id }, select: { status: true } })).status,
        { timeout: 20_000, interval: 200 },
      )
      .toBe("SENT");
    const row = await db().messageDelivery.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ attempts: 7, lastError: null });
    expect(sink.mails.filter((mail) => mail.to[0] === "ours@test.invalid")).toHaveLength(1);
    // Sent, it cannot be sent again.
    expect(await outcome(retryDelivery(staff, { deliveryId: id }))).toMatchObject({
      refused: { code: "INVALID_STATE" },
    });
  });
});

describe("pruning the send log", () => {
  it("deletes sent and failed rows older than the retention, keeps queued ones of any age and every recent row", async () => {
    const now = new Date();
    const old = new Date(now.getTime() - 181 * DAY);
    const recent = new Date(now.getTime() - 179 * DAY);
    const made = async (key: string, status: "QUEUED" | "SENT" | "FAILED", createdAt: Date) => {
      const id = await failedEmail(staff.cityId, key, createdAt);
      await db().messageDelivery.update({ where: { id }, data: { status } });
      return id;
    };
    const oldSent = await made("old-sent", "SENT", old);
    const oldFailed = await made("old-failed", "FAILED", old);
    const oldQueued = await made("old-queued", "QUEUED", old);
    const recentSent = await made("recent-sent", "SENT", recent);
    const before = await db().messageDelivery.count();

    expect(await pruneDeliveries(180, now)).toBe(2);
    const left = await db().messageDelivery.findMany({
      where: { id: { in: [oldSent, oldFailed, oldQueued, recentSent] } },
      select: { id: true },
      orderBy: { id: "asc" },
    });
    expect(left.map((row) => row.id)).toEqual([oldQueued, recentSent]);
    // The rows the other tests wrote today: none of them went.
    expect(await db().messageDelivery.count()).toBe(before - 2);
  });
});
