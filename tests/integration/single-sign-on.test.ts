// Single sign-on (docs/decisions/0029): a person verified by the OpenID Connect provider gets in only through an
// identity an admin linked to an account, and then is that account (its role and scope, its kind of session).
// Unlinked identities, locked and deactivated accounts are refused, and every step is audited. The provider's own
// part (discovery, code flow, ID token) runs against a real provider in tests/e2e/auth/single-sign-on.spec.ts.
import { beforeEach, describe, expect, it } from "vitest";
import { linkExternalIdentityAction, unlinkExternalIdentityAction } from "@/lib/actions/users";
import { authenticateWithExternalIdentity } from "@/lib/data/auth/authenticate-external";
import { loadSessionUser } from "@/lib/data/auth/session-user";
import { setUserActive } from "@/lib/data/users/set-user-active";
import { db } from "@/lib/db";
import { IDLE } from "@/lib/actions/action-state";
import { oidcSettings } from "@/lib/auth/oidc";
import { formData } from "../support/form-data";
import { sessionUserFor } from "../support/session-user";
import { signInAs } from "./support/session";

const ISSUER = oidcSettings()!.issuer;
const request = { ip: "203.0.113.9", userAgent: "vitest" };
const signInAsIdentity = (subject: string, issuer = ISSUER) =>
  authenticateWithExternalIdentity({ issuer, subject, ...request });

async function auditRows(action: string) {
  return db().auditLog.findMany({ where: { action }, orderBy: { id: "asc" } });
}

async function link(userLogin: string, subject: string) {
  const user = await db().user.findUniqueOrThrow({ where: { loginName: userLogin } });
  return linkExternalIdentityAction(IDLE, formData({ id: user.id, subject }));
}

beforeEach(async () => {
  signInAs(await sessionUserFor("jinan.admin"));
});

describe("linking an identity", () => {
  it("lets the linked person sign in as the account, with its role and scope and a server-side session", async () => {
    expect(await link("jinan.shanghe", "gov-0001")).toMatchObject({ status: "success" });
    const [linked] = await auditRows("link_identity");
    const officer = await db().user.findUniqueOrThrow({ where: { loginName: "jinan.shanghe" } });
    expect(linked).toMatchObject({
      actorLogin: "jinan.admin",
      entity: "user",
      entityId: String(officer.id),
      after: { issuer: ISSUER, subject: "gov-0001" },
    });

    const result = await signInAsIdentity("gov-0001");
    expect(result).toMatchObject({ ok: true, userId: officer.id });
    if (!result.ok) return;
    const user = await loadSessionUser(result.sessionId, request.ip);
    expect(user).toMatchObject({
      id: officer.id,
      loginName: "jinan.shanghe",
      role: officer.role,
      cityId: officer.cityId,
      countyId: officer.countyId,
    });
    const login = await db().auditLog.findFirstOrThrow({ where: { action: "login", actorId: officer.id } });
    expect(login).toMatchObject({
      ip: request.ip,
      after: { sessionId: result.sessionId, method: "oidc", issuer: ISSUER },
    });
    const identity = await db().externalIdentity.findUniqueOrThrow({
      where: { issuer_subject: { issuer: ISSUER, subject: "gov-0001" } },
    });
    expect(identity.lastLoginAt).not.toBeNull();
    expect(identity.linkedById).toBe((await sessionUserFor("jinan.admin")).id);

    // The session is a password session's kind: deactivating the account ends it at once.
    await setUserActive(await sessionUserFor("jinan.admin"), officer.id, false);
    expect(await loadSessionUser(result.sessionId, request.ip)).toBeNull();
  });

  it("refuses a person already linked to another account, and writes nothing", async () => {
    expect(await link("jinan.pingyin", "gov-0002")).toMatchObject({ status: "success" });
    const before = await db().auditLog.count();
    expect(await link("jinan.tianqiao", "gov-0002")).toMatchObject({
      status: "error",
      fieldErrors: { subject: [expect.objectContaining({ key: "identityTaken" })] },
    });
    expect(await db().auditLog.count()).toBe(before);
    const identity = await db().externalIdentity.findUniqueOrThrow({
      where: { issuer_subject: { issuer: ISSUER, subject: "gov-0002" } },
      select: { user: { select: { loginName: true } } },
    });
    expect(identity.user.loginName).toBe("jinan.pingyin");
    // Linking it again to the same account changes nothing.
    expect(await link("jinan.pingyin", "gov-0002")).toMatchObject({ status: "success" });
    expect(await db().auditLog.count()).toBe(before);
  });

  it("keeps another city's accounts out of reach", async () => {
    expect(await link("weifang.anqiu", "gov-0003")).toMatchObject({ status: "error", code: "NOT_FOUND" });
    expect(await db().externalIdentity.count({ where: { subject: "gov-0003" } })).toBe(0);
  });

  it("after unlinking, the person is refused again", async () => {
    await link("jinan.pingyin", "gov-0004");
    const user = await db().user.findUniqueOrThrow({ where: { loginName: "jinan.pingyin" } });
    const identity = await db().externalIdentity.findUniqueOrThrow({
      where: { issuer_subject: { issuer: ISSUER, subject: "gov-0004" } },
    });
    expect(
      await unlinkExternalIdentityAction(IDLE, formData({ id: user.id, identityId: identity.id })),
    ).toMatchObject({ status: "success" });
    const unlinked = (await auditRows("unlink_identity")).at(-1);
    expect(unlinked).toMatchObject({
      entityId: String(user.id),
      before: { issuer: ISSUER, subject: "gov-0004" },
    });
    expect(await signInAsIdentity("gov-0004")).toEqual({ ok: false, reason: "unlinked" });
  });
});

describe("refusals", () => {
  it("refuses an unlinked identity with an audit record of what was tried, and opens no session", async () => {
    const sessions = await db().userSession.count();
    expect(await signInAsIdentity("nobody-linked-this")).toEqual({ ok: false, reason: "unlinked" });
    expect(await db().userSession.count()).toBe(sessions);
    const refused = (await auditRows("login_refused_unlinked")).at(-1);
    expect(refused).toMatchObject({
      actorId: null,
      actorLogin: "nobody-linked-this",
      cityId: null,
      ip: request.ip,
      after: { issuer: ISSUER, subject: "nobody-linked-this" },
    });
  });

  it("does not take the same subject at another provider for the linked person", async () => {
    await link("jinan.pingyin", "gov-0005");
    expect(await signInAsIdentity("gov-0005", "https://other-provider.test.invalid")).toEqual({
      ok: false,
      reason: "unlinked",
    });
  });

  it("refuses a locked or deactivated account as a password sign-in does", async () => {
    await link("jinan.pingyin", "gov-0006");
    const user = await db().user.findUniqueOrThrow({ where: { loginName: "jinan.pingyin" } });
    const sessions = await db().userSession.count();

    await db().user.update({
      where: { id: user.id },
      data: { lockedUntil: new Date(Date.now() + 600_000) },
    });
    expect(await signInAsIdentity("gov-0006")).toEqual({ ok: false, reason: "locked" });
    expect((await auditRows("login_refused_locked")).at(-1)).toMatchObject({ actorId: user.id });

    await db().user.update({ where: { id: user.id }, data: { lockedUntil: null, isActive: false } });
    expect(await signInAsIdentity("gov-0006")).toEqual({ ok: false, reason: "inactive" });
    expect((await auditRows("login_refused_inactive")).at(-1)).toMatchObject({ actorId: user.id });
    expect(await db().userSession.count()).toBe(sessions);
  });
});
