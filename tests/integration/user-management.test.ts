import pg from "pg";
import { beforeEach, describe, expect, it } from "vitest";
import { IDLE } from "@/lib/actions/action-state";
import {
  createUserAction,
  resetUserPasswordAction,
  setUserActiveAction,
  updateUserAction,
} from "@/lib/actions/users";
import { authenticateWithPassword } from "@/lib/data/auth/authenticate";
import { getScopeNames } from "@/lib/data/geography/get-scope-names";
import { db } from "@/lib/db";
import { provinceSessionUserFor, sessionUserFor } from "../support/session-user";
import { signInAs } from "./support/session";
import { formData } from "../support/form-data";

async function userSnapshot(loginName: string) {
  return db().user.findUniqueOrThrow({
    where: { loginName },
    select: {
      id: true,
      role: true,
      displayName: true,
      countyId: true,
      schoolId: true,
      isActive: true,
      passwordHash: true,
    },
  });
}

const auditCount = () => db().auditLog.count();

/** Waits until a statement of this database is blocked on a lock (the insert behind an uncommitted one). */
async function waitForLockWaiter(client: pg.Client): Promise<void> {
  for (let attempt = 0; attempt < 200; attempt++) {
    const { rows } = await client.query<{ waiting: number }>(
      "SELECT count(*)::int AS waiting FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'",
    );
    if (rows[0]!.waiting > 0) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error("no statement waited on the uncommitted insert");
}

describe("creating accounts", () => {
  beforeEach(async () => signInAs(await sessionUserFor("jinan.admin")));

  it("creates a county officer in the admin's city with a temporary password that must be changed", async () => {
    const county = await db().county.findFirstOrThrow({ where: { name: "平阴县" } });
    const state = await createUserAction(
      IDLE,
      formData({
        loginName: "Pingyin.Officer2",
        displayName: "平阴县教体局二号",
        role: "COUNTY_OFFICER",
        countyId: county.id,
      }),
    );
    expect(state.status).toBe("success");
    if (state.status !== "success" || !state.data) return;

    const created = await db().user.findUniqueOrThrow({ where: { loginName: "pingyin.officer2" } });
    expect(created).toMatchObject({ role: "COUNTY_OFFICER", countyId: county.id, mustChangePassword: true });
    expect(created.cityId).toBe((await sessionUserFor("jinan.admin")).cityId);
    const signIn = await authenticateWithPassword({
      loginName: "pingyin.officer2",
      password: state.data.temporaryPassword,
      ip: null,
      userAgent: null,
    });
    expect(signIn.ok).toBe(true);

    const audit = await db().auditLog.findFirstOrThrow({
      where: { entity: "user", entityId: String(created.id), action: "create" },
    });
    expect(audit.actorLogin).toBe("jinan.admin");
    expect(audit.after).toMatchObject({ loginName: "pingyin.officer2", role: "COUNTY_OFFICER" });
    expect(JSON.stringify(audit.after)).not.toContain("passwordHash");
  });

  it("reports every invalid field and writes nothing", async () => {
    const before = await db().user.count();
    const audits = await auditCount();
    const state = await createUserAction(
      IDLE,
      formData({ loginName: "x", displayName: "", role: "SCHOOL_PRINCIPAL" }),
    );
    expect(state.status).toBe("error");
    if (state.status !== "error") return;
    expect(Object.keys(state.fieldErrors ?? {}).sort()).toEqual(["displayName", "loginName"]);
    const noSchool = await createUserAction(
      IDLE,
      formData({ loginName: "new.principal", displayName: "校长", role: "SCHOOL_PRINCIPAL" }),
    );
    expect(noSchool.status === "error" && noSchool.fieldErrors?.schoolId?.[0]?.key).toBe("required");
    expect(await db().user.count()).toBe(before);
    expect(await auditCount()).toBe(audits);
  });

  it("refuses a login name that is taken", async () => {
    const state = await createUserAction(
      IDLE,
      formData({ loginName: "jinan.staff", displayName: "重名", role: "CITY_STAFF" }),
    );
    expect(state).toMatchObject({ status: "error", code: "CONFLICT" });
    expect(state.status === "error" && state.fieldErrors?.loginName?.[0]?.key).toBe("loginTaken");
  });

  it("answers a create that loses the race for a login name with the taken-name error", async () => {
    // Another manager's create of the same login, not committed yet: the action's check cannot see it, so its insert
    // waits on the unique index and fails once the other commits.
    const other = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await other.connect();
    try {
      await other.query("BEGIN");
      await other.query(
        `INSERT INTO users (login_name, display_name, password_hash, role, city_id, updated_at)
         SELECT 'race.login', '同名', password_hash, role, city_id, now() FROM users WHERE login_name = 'jinan.staff'`,
      );
      const pending = createUserAction(
        IDLE,
        formData({ loginName: "race.login", displayName: "同名", role: "CITY_STAFF" }),
      );
      await waitForLockWaiter(other);
      await other.query("COMMIT");
      expect(await pending).toMatchObject({
        status: "error",
        code: "CONFLICT",
        fieldErrors: { loginName: [{ key: "loginTaken" }] },
      });
    } finally {
      await other.end();
    }
  });

  it("refuses a school of another city (forged id) and writes nothing", async () => {
    const weifangSchool = await db().school.findFirstOrThrow({ where: { city: { name: "潍坊市" } } });
    const before = await db().user.count();
    const state = await createUserAction(
      IDLE,
      formData({
        loginName: "forged.principal",
        displayName: "伪造",
        role: "SCHOOL_PRINCIPAL",
        schoolId: weifangSchool.id,
      }),
    );
    expect(state.status === "error" && state.fieldErrors?.schoolId?.[0]?.key).toBe("invalid");
    expect(await db().user.count()).toBe(before);
  });
});

describe("who may change whom", () => {
  it("does not let city staff create an administrator", async () => {
    signInAs(await sessionUserFor("jinan.staff"));
    const before = await db().user.count();
    const state = await createUserAction(
      IDLE,
      formData({ loginName: "sneaky.admin", displayName: "x", role: "ADMIN" }),
    );
    expect(state).toMatchObject({ status: "error", code: "FORBIDDEN" });
    expect(await db().user.count()).toBe(before);
  });

  it("does not let anyone change their own role", async () => {
    const admin = await sessionUserFor("jinan.admin");
    signInAs(admin);
    const state = await updateUserAction(
      IDLE,
      formData({ id: admin.id, displayName: "x", role: "CITY_STAFF" }),
    );
    expect(state).toMatchObject({ status: "error", code: "FORBIDDEN" });
    expect((await userSnapshot("jinan.admin")).role).toBe("ADMIN");
  });

  it("does not let city staff touch an admin account", async () => {
    signInAs(await sessionUserFor("jinan.staff"));
    const admin = await userSnapshot("jinan.admin");
    const state = await setUserActiveAction(IDLE, formData({ id: admin.id, active: "false" }));
    expect(state).toMatchObject({ status: "error", code: "FORBIDDEN" });
    expect((await userSnapshot("jinan.admin")).isActive).toBe(true);
  });

  it("treats another city's account as not found (forged id) and changes nothing", async () => {
    signInAs(await sessionUserFor("jinan.staff"));
    const target = await userSnapshot("weifang.qingzhou");
    const audits = await auditCount();
    for (const state of [
      await updateUserAction(IDLE, formData({ id: target.id, displayName: "篡改", role: "LEADER" })),
      await setUserActiveAction(IDLE, formData({ id: target.id, active: "false" })),
      await resetUserPasswordAction(IDLE, formData({ id: target.id })),
    ]) {
      expect(state).toMatchObject({ status: "error", code: "NOT_FOUND" });
    }
    expect(await userSnapshot("weifang.qingzhou")).toEqual(target);
    expect(await auditCount()).toBe(audits);
  });

  it("refuses a county officer calling the account actions with a forged id", async () => {
    signInAs(await sessionUserFor("jinan.shanghe"));
    const target = await userSnapshot("jinan.pingyin");
    const state = await updateUserAction(
      IDLE,
      formData({ id: target.id, displayName: "篡改", role: "CITY_STAFF" }),
    );
    expect(state).toMatchObject({ status: "error", code: "FORBIDDEN" });
    expect(await userSnapshot("jinan.pingyin")).toEqual(target);
  });

  it("resets a password: a new temporary one, the old one stops working, sessions end", async () => {
    signInAs(await sessionUserFor("jinan.staff"));
    const target = await userSnapshot("jinan.gangcheng");
    const session = await authenticateWithPassword({
      loginName: "jinan.gangcheng",
      password: "Demo@2026",
      ip: null,
      userAgent: null,
    });
    const state = await resetUserPasswordAction(IDLE, formData({ id: target.id }));
    expect(state.status).toBe("success");
    if (state.status !== "success" || !state.data || !session.ok) return;
    expect(
      (await db().userSession.findUniqueOrThrow({ where: { id: session.sessionId } })).revokedAt,
    ).not.toBeNull();
    expect(
      (
        await authenticateWithPassword({
          loginName: "jinan.gangcheng",
          password: "Demo@2026",
          ip: null,
          userAgent: null,
        })
      ).ok,
    ).toBe(false);
    expect(
      (
        await authenticateWithPassword({
          loginName: "jinan.gangcheng",
          password: state.data.temporaryPassword,
          ip: null,
          userAgent: null,
        })
      ).ok,
    ).toBe(true);
  });
});

describe("the header's place names", () => {
  it("name the user's own city, county and school, and nothing below a city user's city", async () => {
    const principal = await sessionUserFor("jinan.principal");
    const school = await db().school.findUniqueOrThrow({
      where: { id: principal.schoolId! },
      select: { id: true, name: true, county: { select: { id: true, name: true, nameEn: true } } },
    });
    const city = await db().city.findUniqueOrThrow({
      where: { id: principal.cityId },
      select: { id: true, name: true, nameEn: true },
    });
    expect(await getScopeNames(principal)).toEqual({
      province: null,
      city,
      county: school.county,
      school: { id: school.id, name: school.name },
    });
    expect(await getScopeNames(await sessionUserFor("jinan.staff"))).toEqual({
      province: null,
      city,
      county: null,
      school: null,
    });
  });

  it("name a province user's province and no city", async () => {
    expect(await getScopeNames(await provinceSessionUserFor("shandong.leader"))).toEqual({
      province: { id: expect.any(Number), name: "山东省", nameEn: "Shandong" },
      city: null,
      county: null,
      school: null,
    });
  });
});
