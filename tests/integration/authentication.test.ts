import { beforeEach, describe, expect, it } from "vitest";
import { hashPassword } from "@/lib/auth/password";
import { dataVersionOf } from "@/lib/data/indicators/data-version";
import { recordAudit } from "@/lib/data/audit/record-audit";
import { authenticateWithPassword } from "@/lib/data/auth/authenticate";
import { loadSessionUser, loadSessionUserAndDataVersion } from "@/lib/data/auth/session-user";
import { changeOwnPassword } from "@/lib/data/users/change-own-password";
import { setUserActive } from "@/lib/data/users/set-user-active";
import { updateUser } from "@/lib/data/users/update-user";
import { db } from "@/lib/db";
import { DEMO_PASSWORD } from "@/prisma/seed";
import { sessionUserFor } from "../support/session-user";

const request = { ip: "203.0.113.7", userAgent: "vitest" };
const signIn = (loginName: string, password: string) =>
  authenticateWithPassword({ loginName, password, ...request });

async function auditActions(loginName: string): Promise<string[]> {
  const rows = await db().auditLog.findMany({
    where: { actorLogin: loginName },
    orderBy: { id: "asc" },
    select: { action: true },
  });
  return rows.map((row) => row.action);
}

describe("signing in", () => {
  it("accepts the right password, opens a server-side session and audits the sign-in with the address", async () => {
    const result = await signIn("binzhou.staff", DEMO_PASSWORD);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const session = await db().userSession.findUniqueOrThrow({ where: { id: result.sessionId } });
    expect(session.revokedAt).toBeNull();
    const audit = await db().auditLog.findFirstOrThrow({
      where: { actorLogin: "binzhou.staff", action: "login" },
    });
    expect(audit.ip).toBe("203.0.113.7");
  });

  it("answers a wrong password and an unknown login name the same way", async () => {
    expect(await signIn("binzhou.staff", "wrong-password-1")).toEqual({ ok: false, reason: "invalid" });
    expect(await signIn("nobody.here", "wrong-password-1")).toEqual({ ok: false, reason: "invalid" });
  });
});

describe("brute-force protection", () => {
  const login = "weifang.anqiu";

  it("locks the account after 5 failures; the right password is then refused too", async () => {
    for (let attempt = 1; attempt <= 4; attempt++)
      expect(await signIn(login, `wrong-${attempt}`)).toEqual({ ok: false, reason: "invalid" });
    expect(await signIn(login, "wrong-5")).toEqual({ ok: false, reason: "locked" });
    expect(await signIn(login, DEMO_PASSWORD)).toEqual({ ok: false, reason: "locked" });

    const user = await db().user.findUniqueOrThrow({ where: { loginName: login } });
    expect(user.lockedUntil!.getTime() - Date.now()).toBeGreaterThan(14 * 60_000);
    expect(await auditActions(login)).toEqual([
      "login_failed",
      "login_failed",
      "login_failed",
      "login_failed",
      "login_failed",
      "lockout",
      "login_refused_locked",
    ]);
  });

  it("lets the account in again once the lock has run out", async () => {
    await db().user.update({
      where: { loginName: login },
      data: { lockedUntil: new Date(Date.now() - 1000) },
    });
    expect((await signIn(login, DEMO_PASSWORD)).ok).toBe(true);
    const user = await db().user.findUniqueOrThrow({ where: { loginName: login } });
    expect(user.failedLoginCount).toBe(0);
    expect(user.lockedUntil).toBeNull();
  });

  it("throttles unknown login names the same way, so the lock message does not reveal accounts", async () => {
    const results = [];
    for (let attempt = 1; attempt <= 5; attempt++)
      results.push(await signIn("ghost.account", `wrong-${attempt}`));
    expect(results.at(-2)).toEqual({ ok: false, reason: "invalid" });
    expect(results.at(-1)).toEqual({ ok: false, reason: "locked" });
  });

  it("holds the lock under a burst of parallel attempts: at most the limit are checked, the right one is refused", async () => {
    const burstLogin = "weifang.linqu";
    const burst = { ip: "198.51.100.10", userAgent: "vitest" };
    const results = await Promise.all(
      Array.from({ length: 30 }, (_, attempt) =>
        authenticateWithPassword({ loginName: burstLogin, password: `wrong-${attempt}`, ...burst }),
      ),
    );
    const actions = await auditActions(burstLogin);
    // Each checked password leaves a login_failed record; the others were refused before any check.
    expect(actions.filter((action) => action === "login_failed")).toHaveLength(5);
    expect(actions.filter((action) => action === "login_refused_locked")).toHaveLength(25);
    expect(actions.filter((action) => action === "lockout")).toHaveLength(1);
    expect(
      results.filter((result) => !result.ok && result.reason === "locked").length,
    ).toBeGreaterThanOrEqual(26);
    expect(await signIn(burstLogin, DEMO_PASSWORD)).toEqual({ ok: false, reason: "locked" });
  });

  it("takes as long to refuse a locked or unknown account as a wrong password", async () => {
    const timing = { ip: "198.51.100.20", userAgent: "vitest" };
    const attempt = (loginName: string, password: string) =>
      authenticateWithPassword({ loginName, password, ...timing });
    // Interleaved, so that the machine's load weighs on the three kinds alike. weifang.linqu is locked by the
    // burst above; binzhou.boxing's wrong passwords are reset by a right one before they reach the limit.
    const kinds = {
      wrong: () => attempt("binzhou.boxing", "wrong-password"),
      locked: () => attempt("weifang.linqu", DEMO_PASSWORD),
      unknown: () => attempt("nobody.at.all", "wrong-password"),
    };
    const times: Record<keyof typeof kinds, number[]> = { wrong: [], locked: [], unknown: [] };
    for (let run = 0; run < 11; run++) {
      for (const [kind, run_] of Object.entries(kinds) as [keyof typeof kinds, () => Promise<unknown>][]) {
        const started = performance.now();
        await run_();
        times[kind].push(performance.now() - started);
      }
      if (run % 3 === 2) await attempt("binzhou.boxing", DEMO_PASSWORD);
    }
    const median = (values: number[]) => [...values].sort((a, b) => a - b)[5]!;
    const wrong = median(times.wrong);
    for (const kind of ["locked", "unknown"] as const) {
      const ratio = median(times[kind]) / wrong;
      expect(
        ratio,
        `${kind} ${median(times[kind]).toFixed(1)} ms vs wrong ${wrong.toFixed(1)} ms`,
      ).toBeGreaterThan(0.67);
      expect(
        ratio,
        `${kind} ${median(times[kind]).toFixed(1)} ms vs wrong ${wrong.toFixed(1)} ms`,
      ).toBeLessThan(1.5);
    }
  });

  it("refuses a client address after too many failures, for any account", async () => {
    const flooding = { ip: "198.51.100.9", userAgent: "vitest" };
    const attempt = (loginName: string, password: string) =>
      authenticateWithPassword({ loginName, password, ...flooding });
    for (let i = 0; i < 100; i++) await attempt(`nobody-${i}`, "wrong");
    expect(await attempt("binzhou.huimin", DEMO_PASSWORD)).toEqual({ ok: false, reason: "locked" });
    // Another address is not affected.
    expect((await signIn("binzhou.huimin", DEMO_PASSWORD)).ok).toBe(true);
  });

  it("refuses a deactivated account with the ordinary message", async () => {
    await db().user.update({ where: { loginName: "weifang.gaomi" }, data: { isActive: false } });
    expect(await signIn("weifang.gaomi", DEMO_PASSWORD)).toEqual({ ok: false, reason: "invalid" });
    expect(await auditActions("weifang.gaomi")).toContain("login_refused_inactive");
  });
});

describe("sessions", () => {
  let sessionId: string;
  beforeEach(async () => {
    await db().user.update({
      where: { loginName: "jinan.lixia" },
      data: { isActive: true, role: "COUNTY_OFFICER" },
    });
    const result = await signIn("jinan.lixia", DEMO_PASSWORD);
    if (!result.ok) throw new Error("demo sign-in failed");
    sessionId = result.sessionId;
  });

  it("resolves to the user with role and scope from the database", async () => {
    const user = await loadSessionUser(sessionId, "203.0.113.7");
    expect(user).toMatchObject({ loginName: "jinan.lixia", role: "COUNTY_OFFICER", ip: "203.0.113.7" });
    expect(user?.countyId).not.toBeNull();
  });

  it("reads the data versions of the user's city and county with the session, each moved by the writes it covers", async () => {
    const before = await loadSessionUserAndDataVersion(sessionId, null);
    const { countyId } = before!.user;
    const cityId = before!.user.cityId!;
    const stored = await db().dataVersion.findUnique({ where: { cityId } });
    expect(before?.dataVersions.city).toBe(String(stored?.version ?? 0));
    const other = await db().county.findFirstOrThrow({ where: { cityId, id: { not: countyId! } } });
    const write = (county?: number) =>
      db().$transaction((tx) =>
        recordAudit(tx, before!.user, {
          action: "save",
          entity: "facility_record",
          entityId: 1,
          countyId: county,
        }),
      );
    const versions = async () => (await loadSessionUserAndDataVersion(sessionId, null))!.dataVersions;
    const parts = (county: string | null) => county!.split(".").map(BigInt);

    // A write of another county's figures: the city's and that county's versions move, the user's county's stays.
    const otherBefore = await dataVersionOf({ cityId, countyId: other.id });
    await write(other.id);
    const afterOther = await versions();
    expect(BigInt(afterOther.city)).toBe(BigInt(before!.dataVersions.city) + 1n);
    expect(afterOther.county).toBe(before!.dataVersions.county);
    expect(parts(await dataVersionOf({ cityId, countyId: other.id }))).toEqual([
      parts(otherBefore)[0],
      parts(otherBefore)[1]! + 1n,
    ]);

    // A write of the user's county: its own part moves.
    await write(countyId!);
    const afterOwn = await versions();
    expect(parts(afterOwn.county)).toEqual([parts(afterOther.county)[0], parts(afterOther.county)[1]! + 1n]);

    // A city-wide write (no county named) changes every county's figures: the shared part moves.
    await write();
    const afterCity = await versions();
    expect(BigInt(afterCity.city)).toBe(BigInt(afterOwn.city) + 1n);
    expect(parts(afterCity.county)[0]).toBe(parts(afterOwn.county)[0]! + 1n);
    expect((await loadSessionUserAndDataVersion(sessionId, null))?.user).toEqual(before?.user);
  });

  it("refuses an existing session on its next request once the user is deactivated", async () => {
    const admin = await sessionUserFor("jinan.admin");
    const target = await db().user.findUniqueOrThrow({ where: { loginName: "jinan.lixia" } });
    await setUserActive(admin, target.id, false);
    expect(await loadSessionUser(sessionId, null)).toBeNull();
    expect((await db().userSession.findUniqueOrThrow({ where: { id: sessionId } })).revokedAt).not.toBeNull();
  });

  it("applies a role change at the next request", async () => {
    const admin = await sessionUserFor("jinan.admin");
    const target = await db().user.findUniqueOrThrow({ where: { loginName: "jinan.lixia" } });
    await updateUser(admin, {
      id: target.id,
      displayName: target.displayName,
      role: "LEADER",
      countyId: target.countyId ?? undefined,
    });
    expect((await loadSessionUser(sessionId, null))?.role).toBe("LEADER");
  });

  it("ends after 30 idle minutes", async () => {
    await db().userSession.update({
      where: { id: sessionId },
      data: { lastSeenAt: new Date(Date.now() - 31 * 60_000) },
    });
    expect(await loadSessionUser(sessionId, null)).toBeNull();
    expect(await loadSessionUser(sessionId, null)).toBeNull();
  });

  it("ends 8 hours after sign-in even when active", async () => {
    await db().userSession.update({
      where: { id: sessionId },
      data: { createdAt: new Date(Date.now() - 8 * 3_600_000 - 60_000) },
    });
    expect(await loadSessionUser(sessionId, null)).toBeNull();
  });

  it("ignores malformed and unknown session ids", async () => {
    expect(await loadSessionUser("not-a-uuid", null)).toBeNull();
    expect(await loadSessionUser("00000000-0000-4000-8000-000000000001", null)).toBeNull();
  });
});

describe("changing one's own password", () => {
  it("needs the current password, clears the temporary-password flag and ends the user's other sessions", async () => {
    const login = "binzhou.boxing";
    await db().user.update({
      where: { loginName: login },
      data: { mustChangePassword: true, passwordHash: await hashPassword("Temp-pass-2026") },
    });
    const first = await signIn(login, "Temp-pass-2026");
    const second = await signIn(login, "Temp-pass-2026");
    if (!first.ok || !second.ok) throw new Error("sign-in failed");
    const user = { ...(await sessionUserFor(login)), sessionId: first.sessionId };

    await expect(
      changeOwnPassword(user, { currentPassword: "wrong", newPassword: "New-pass-2026x" }),
    ).rejects.toMatchObject({ code: "VALIDATION" });
    await changeOwnPassword(user, { currentPassword: "Temp-pass-2026", newPassword: "New-pass-2026x" });

    expect((await db().user.findUniqueOrThrow({ where: { loginName: login } })).mustChangePassword).toBe(
      false,
    );
    expect(await loadSessionUser(first.sessionId, null)).not.toBeNull();
    expect(await loadSessionUser(second.sessionId, null)).toBeNull();
    expect((await signIn(login, "New-pass-2026x")).ok).toBe(true);
    expect(await auditActions(login)).toContain("change_password");
  });

  it("refuses a password that contains the login name", async () => {
    const user = await sessionUserFor("binzhou.wudi");
    await expect(
      changeOwnPassword(user, { currentPassword: DEMO_PASSWORD, newPassword: "binzhou.wudi-2026" }),
    ).rejects.toMatchObject({ code: "VALIDATION" });
  });
});
