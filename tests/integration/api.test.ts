// The REST API (/api/v1) end to end through its route handlers: tokens resolved to their account's role and scope,
// refused when expired or revoked, rate-limited, ETags, CSV, problem details by language, all-or-nothing audited
// writes through the forms' own schemas, and the OpenAPI document valid and in step with the routes.
import { Validator } from "@seriousme/openapi-schema-validator";
import Ajv2020 from "ajv/dist/2020";
import addFormats from "ajv-formats";
import { beforeAll, describe, expect, it } from "vitest";
import { IDLE } from "@/lib/actions/action-state";
import { openPeriodAction } from "@/lib/actions/submissions";
import { openApiDocument } from "@/lib/api/openapi";
import { registeredRoutes, type RegisteredRoute } from "@/lib/api/define-route";
import * as routes from "@/lib/api/routes";
import { createApiToken } from "@/lib/data/api-tokens/create-api-token";
import { revokeApiToken } from "@/lib/data/api-tokens/revoke-api-token";
import { listUsers } from "@/lib/data/users/list-users";
import { db } from "@/lib/db";
import { createApiTokenSchema } from "@/lib/schemas/api-tokens";
import { formData } from "../support/form-data";
import { CONSISTENT_PROJECT_VALUES } from "../support/reports";
import { sessionUserFor, type CitySessionUser } from "../support/session-user";
import { signInAs } from "./support/session";

interface CallOptions {
  token?: string | null;
  method?: string;
  headers?: Record<string, string>;
  body?: unknown;
}

async function call(route: RegisteredRoute, path: string, options: CallOptions = {}) {
  const headers: Record<string, string> = { ...options.headers };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  if (options.body !== undefined) headers["content-type"] = "application/json";
  const response = await route.handler(
    new Request(`http://localhost/api/v1${path}`, {
      method: options.method ?? route.method,
      headers,
      body:
        options.body === undefined
          ? undefined
          : typeof options.body === "string"
            ? options.body
            : JSON.stringify(options.body),
    }),
    { params: Promise.resolve({}) },
  );
  const text = await response.text();
  const isJson = /json/.test(response.headers.get("content-type") ?? "");
  return { response, status: response.status, text, json: isJson && text ? JSON.parse(text) : null };
}

let admin: CitySessionUser;
let staff: CitySessionUser;
let shangheId: number;
let lixiaId: number;
let countyToken: string;
let countyTokenId: number;
let cityToken: string;

const newToken = async (input: Record<string, unknown>) =>
  createApiToken(admin, createApiTokenSchema.parse({ expiresInDays: "30", ...input }));

beforeAll(async () => {
  admin = await sessionUserFor("jinan.admin");
  staff = await sessionUserFor("jinan.staff");
  shangheId = (await db().county.findFirstOrThrow({ where: { name: "商河县" } })).id;
  lixiaId = (await db().county.findFirstOrThrow({ where: { name: "历下区" } })).id;
  const county = await newToken({ name: "商河县 对接", role: "COUNTY_OFFICER", countyId: String(shangheId) });
  countyToken = county.token;
  countyTokenId = county.id;
  cityToken = (await newToken({ name: "省平台", role: "CITY_STAFF" })).token;
});

describe("API tokens", () => {
  it("are shown once with the rerm_ prefix, stored as their SHA-256 only, and audited", async () => {
    expect(countyToken).toMatch(/^rerm_[A-Za-z0-9_-]{43}$/);
    const row = await db().apiToken.findUniqueOrThrow({ where: { id: countyTokenId } });
    expect(row.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(row)).not.toContain(countyToken.slice(5));
    const audit = await db().auditLog.findFirst({
      where: { entity: "api_token", entityId: String(countyTokenId), action: "create" },
    });
    expect(audit?.actorId).toBe(admin.id);
  });

  it("are made by admins only, never with the admin role, and their accounts are not listed as users", async () => {
    await expect(
      createApiToken(staff, createApiTokenSchema.parse({ name: "x", role: "LEADER" })),
    ).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    expect(createApiTokenSchema.safeParse({ name: "x", role: "ADMIN" }).success).toBe(false);
    const { rows } = await listUsers(admin, { page: 1, q: "api-token" });
    expect(rows).toEqual([]);
  });

  it("a county token forged onto another city's county is refused", async () => {
    const other = await db().county.findFirstOrThrow({ where: { name: "青州市" } });
    await expect(
      newToken({ name: "x", role: "COUNTY_OFFICER", countyId: String(other.id) }),
    ).rejects.toMatchObject({
      code: "VALIDATION",
    });
  });
});

describe("authentication", () => {
  it("refuses a call without a token as a problem in Chinese, or in English when asked", async () => {
    const zh = await call(routes.listCountiesRoute, "/counties");
    expect(zh.status).toBe(401);
    expect(zh.response.headers.get("content-type")).toContain("application/problem+json");
    expect(zh.response.headers.get("www-authenticate")).toContain("Bearer");
    expect(zh.json).toMatchObject({
      status: 401,
      title: "未认证",
      type: "/api/v1/docs#problem-unauthenticated",
    });
    const en = await call(routes.listCountiesRoute, "/counties", {
      headers: { "accept-language": "en-US,en;q=0.9,zh;q=0.5" },
    });
    expect(en.json).toMatchObject({ status: 401, title: "Unauthenticated" });
    expect(en.response.headers.get("content-language")).toBe("en");
  });

  it("refuses an unknown token, then a revoked and an expired one at once", async () => {
    expect(
      (await call(routes.listCountiesRoute, "/counties", { token: `rerm_${"A".repeat(43)}` })).status,
    ).toBe(401);
    const revoked = await newToken({ name: "revoked", role: "LEADER" });
    expect((await call(routes.listCountiesRoute, "/counties", { token: revoked.token })).status).toBe(200);
    await revokeApiToken(admin, revoked.id);
    expect((await call(routes.listCountiesRoute, "/counties", { token: revoked.token })).status).toBe(401);
    expect(
      await db().auditLog.count({
        where: { entity: "api_token", entityId: String(revoked.id), action: "revoke" },
      }),
    ).toBe(1);
    await expect(revokeApiToken(admin, revoked.id)).rejects.toMatchObject({ code: "INVALID_STATE" });

    const expired = await newToken({ name: "expired", role: "LEADER" });
    expect((await call(routes.listCountiesRoute, "/counties", { token: expired.token })).status).toBe(200);
    await db().apiToken.update({
      where: { id: expired.id },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    expect((await call(routes.listCountiesRoute, "/counties", { token: expired.token })).status).toBe(401);
  });

  it("an admin of another city cannot revoke the token (it looks missing)", async () => {
    const otherAdmin = await db().user.findFirstOrThrow({
      where: { role: "ADMIN", cityId: { not: admin.cityId } },
      select: { loginName: true },
    });
    await expect(
      revokeApiToken(await sessionUserFor(otherAdmin.loginName), countyTokenId),
    ).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });
});

describe("scope: a county token sees its county only", () => {
  it("lists its own county and its schools, and nothing of another county even by forged id", async () => {
    const counties = await call(routes.listCountiesRoute, "/counties", { token: countyToken });
    expect(counties.json.items.map((c: { id: number }) => c.id)).toEqual([shangheId]);
    const schools = await call(routes.listSchoolsRoute, "/schools?limit=500", { token: countyToken });
    expect(schools.json.items.length).toBeGreaterThan(0);
    expect(new Set(schools.json.items.map((s: { countyId: number }) => s.countyId))).toEqual(
      new Set([shangheId]),
    );
    const forged = await call(routes.listSchoolsRoute, `/schools?county=${lixiaId}`, { token: countyToken });
    expect(forged.json.items).toEqual([]);
    const values = await call(routes.listIndicatorValuesRoute, `/indicator-values?county=${lixiaId}`, {
      token: countyToken,
    });
    expect(values.status).toBe(404);
    const collections = await call(routes.listCollectionsRoute, `/collections?county=${lixiaId}`, {
      token: countyToken,
    });
    expect(collections.json.items).toEqual([]);
    const problems = await call(routes.listProblemsRoute, `/problems?county=${lixiaId}`, {
      token: countyToken,
    });
    expect(problems.json.items).toEqual([]);
  });

  it("reads its county's indicator values with status and target, and a city token every county's", async () => {
    const own = await call(routes.listIndicatorValuesRoute, "/indicator-values?level=county", {
      token: countyToken,
    });
    expect(own.status).toBe(200);
    expect(new Set(own.json.items.map((v: { unitId: number }) => v.unitId))).toEqual(new Set([shangheId]));
    expect(own.json.items[0]).toHaveProperty("status");
    const city = await call(routes.listIndicatorValuesRoute, "/indicator-values?level=county", {
      token: cityToken,
    });
    const cityCounties = await db().county.count({ where: { cityId: admin.cityId } });
    expect(new Set(city.json.items.map((v: { unitId: number }) => v.unitId)).size).toBe(cityCounties);
  });

  it("reads the catalogue with definitions, sources and thresholds", async () => {
    const catalogue = await call(routes.listIndicatorsRoute, "/indicators", { token: countyToken });
    expect(catalogue.status).toBe(200);
    expect(catalogue.json.items.length).toBeGreaterThan(10);
    expect(catalogue.json.items.some((i: { thresholds: unknown[] }) => i.thresholds.length > 0)).toBe(true);
    expect(catalogue.json.items[0]).toHaveProperty("policySource");
  });
});

describe("reading", () => {
  it("pages by cursor without gaps or repeats", async () => {
    const all = await call(routes.listCountiesRoute, "/counties?limit=500", { token: cityToken });
    const ids: number[] = [];
    let cursor: string | null = "";
    while (cursor !== null) {
      const page = await call(
        routes.listCountiesRoute,
        `/counties?limit=3${cursor ? `&cursor=${cursor}` : ""}`,
        { token: cityToken },
      );
      ids.push(...page.json.items.map((c: { id: number }) => c.id));
      cursor = page.json.nextCursor;
    }
    expect(ids).toEqual(all.json.items.map((c: { id: number }) => c.id));
    expect(ids.length).toBeGreaterThan(3);
    expect((await call(routes.listCountiesRoute, "/counties?limit=0", { token: cityToken })).status).toBe(
      422,
    );
  });

  it("answers 304 to If-None-Match with the read's ETag", async () => {
    const first = await call(routes.listSchoolsRoute, "/schools", { token: countyToken });
    const etag = first.response.headers.get("etag");
    expect(etag).toMatch(/^W\/"/);
    const again = await call(routes.listSchoolsRoute, "/schools", {
      token: countyToken,
      headers: { "if-none-match": etag! },
    });
    expect(again.status).toBe(304);
    expect(again.text).toBe("");
    const other = await call(routes.listSchoolsRoute, "/schools?limit=1", {
      token: countyToken,
      headers: { "if-none-match": etag! },
    });
    expect(other.status).toBe(200);
  });

  it("answers CSV on ?format=csv or Accept: text/csv", async () => {
    const byQuery = await call(routes.listSchoolsRoute, "/schools?format=csv", { token: countyToken });
    expect(byQuery.response.headers.get("content-type")).toContain("text/csv");
    const lines = byQuery.text
      .replace(/^\uFEFF/, "")
      .trim()
      .split("\r\n");
    expect(lines[0]).toBe(
      "id,code,name,level,ownership,urbanRuralCode,locationClass,isActive,closedOn,countyId,townId",
    );
    expect(lines.length).toBeGreaterThan(1);
    const byAccept = await call(routes.listCountiesRoute, "/counties", {
      token: countyToken,
      headers: { accept: "text/csv" },
    });
    expect(byAccept.text).toContain("商河县");
  });

  it("logs every call with its token, route, status and time", async () => {
    const before = await db().apiCallLog.count({ where: { tokenId: countyTokenId } });
    await call(routes.listTownsRoute, "/towns", { token: countyToken });
    await call(routes.listTownsRoute, "/towns?county=abc", { token: countyToken });
    const logs = await db().apiCallLog.findMany({
      where: { tokenId: countyTokenId },
      orderBy: { id: "desc" },
      take: 2,
    });
    expect(await db().apiCallLog.count({ where: { tokenId: countyTokenId } })).toBe(before + 2);
    expect(logs.map((l) => [l.route, l.status, l.method])).toEqual([
      ["/api/v1/towns", 422, "GET"],
      ["/api/v1/towns", 200, "GET"],
    ]);
  });

  it("refuses calls over the token's limit per minute with 429 and Retry-After", async () => {
    const limited = await newToken({ name: "limited", role: "LEADER" });
    const ok = await call(routes.listCountiesRoute, "/counties", { token: limited.token });
    expect(ok.response.headers.get("ratelimit-limit")).toBe("600");
    // The counter every instance shares (PostgreSQL here: no Redis is configured in the tests) is at the limit.
    await db().$executeRaw`UPDATE api_rate_windows SET count = 600 WHERE token_id = ${limited.id}`;
    const refused = await call(routes.listCountiesRoute, "/counties", { token: limited.token });
    expect(refused.status).toBe(429);
    expect(Number(refused.response.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(refused.json).toMatchObject({ status: 429, title: "请求过于频繁" });
  });
});

describe("writing", () => {
  let submissionId: number;

  beforeAll(async () => {
    signInAs(staff);
    const opened = await openPeriodAction(IDLE, formData({ year: 2027, quarter: 2, deadline: "2027-06-25" }));
    expect(opened).toMatchObject({ status: "success" });
    submissionId = (
      await db().submission.findFirstOrThrow({
        where: { countyId: shangheId, period: { cityId: staff.cityId, year: 2027, quarter: 2 } },
      })
    ).id;
  });

  const snapshot = async () => ({
    submission: await db().submission.findUniqueOrThrow({
      where: { id: submissionId },
      select: { state: true, version: true },
    }),
    values: await db().submissionValue.count({ where: { submissionId } }),
    audits: await db().auditLog.count({ where: { entity: "submission", entityId: String(submissionId) } }),
  });

  it("a value set with one bad value writes nothing", async () => {
    const before = await snapshot();
    const refused = await call(routes.saveCollectionValuesRoute, "/collections/values", {
      token: countyToken,
      body: {
        countyId: shangheId,
        period: "2027Q2",
        version: 0,
        intent: "draft",
        values: { ...CONSISTENT_PROJECT_VALUES, rural_students_city_trip_share: 101 },
      },
    });
    expect(refused.status).toBe(422);
    expect(refused.json.errors).toContainEqual({
      pointer: "#/body/values/rural_students_city_trip_share",
      code: "submissions.percentRange",
      detail: "百分比须在 0–100 之间。",
    });
    expect(await snapshot()).toEqual(before);
  });

  it("saves a county's values through the form's workflow and audit, as the token's account", async () => {
    const saved = await call(routes.saveCollectionValuesRoute, "/collections/values", {
      token: countyToken,
      body: {
        countyId: shangheId,
        period: "2027Q2",
        version: 0,
        intent: "draft",
        values: CONSISTENT_PROJECT_VALUES,
      },
    });
    expect(saved.status, saved.text).toBe(200);
    expect(saved.json).toMatchObject({ id: submissionId, version: 1, state: "DRAFT" });
    const account = await db().apiToken.findUniqueOrThrow({
      where: { id: countyTokenId },
      select: { userId: true },
    });
    const audit = await db().auditLog.findFirstOrThrow({
      where: { entity: "submission", entityId: String(submissionId) },
      orderBy: { id: "desc" },
    });
    expect(audit.actorId).toBe(account.userId);
    const read = await call(
      routes.listCollectionsRoute,
      `/collections?period=2027Q2&indicator=projects_planned`,
      { token: countyToken },
    );
    expect(read.json.items).toHaveLength(1);
    expect(read.json.items[0]).toMatchObject({
      state: "DRAFT",
      version: 1,
      values: [{ indicatorKey: "projects_planned", value: 10 }],
    });
  });

  it("refuses a stale version, another county's report, a reader's token and a body that is not JSON", async () => {
    const body = {
      countyId: shangheId,
      period: "2027Q2",
      version: 0,
      intent: "draft",
      values: { projects_planned: 11 },
    };
    const stale = await call(routes.saveCollectionValuesRoute, "/collections/values", {
      token: countyToken,
      body,
    });
    expect(stale.status).toBe(409);
    expect(stale.json.title).toBe("版本已过期");
    const forged = await call(routes.saveCollectionValuesRoute, "/collections/values", {
      token: countyToken,
      body: { ...body, countyId: lixiaId },
    });
    expect(forged.status).toBe(404);
    const leader = await newToken({ name: "reader", role: "LEADER", countyId: String(shangheId) });
    const byReader = await call(routes.saveCollectionValuesRoute, "/collections/values", {
      token: leader.token,
      body: { ...body, version: 1 },
    });
    expect(byReader.status).toBe(403);
    const broken = await call(routes.saveCollectionValuesRoute, "/collections/values", {
      token: countyToken,
      body: "{not json",
    });
    expect(broken.status).toBe(400);
  });

  it("corrects a facility record with the optimistic version check, audited", async () => {
    const page = await call(routes.listFacilityRecordsRoute, "/facility-records?limit=1", {
      token: countyToken,
    });
    const record = page.json.items[0];
    expect(record).toBeDefined();
    const { id: _id, updatedAt: _updatedAt, ...values } = record;
    const audits = await db().auditLog.count({
      where: { entity: "facility_record", entityId: String(record.id) },
    });
    const saved = await call(routes.saveFacilityRecordRoute, "/facility-records", {
      token: countyToken,
      body: { ...values, books: record.books + 1 },
    });
    expect(saved.status, saved.text).toBe(200);
    expect(
      await db().auditLog.count({ where: { entity: "facility_record", entityId: String(record.id) } }),
    ).toBe(audits + 1);
    const stale = await call(routes.saveFacilityRecordRoute, "/facility-records", {
      token: countyToken,
      body: { ...values, books: record.books + 2 },
    });
    expect(stale.status).toBe(409);
    const lixiaSchool = await db().school.findFirstOrThrow({ where: { countyId: lixiaId } });
    const forged = await call(routes.saveFacilityRecordRoute, "/facility-records", {
      token: countyToken,
      body: { ...values, schoolId: lixiaSchool.id, version: 0, schoolYear: 2099 },
    });
    expect(forged.status).toBe(404);
  });
});

describe("the OpenAPI document", () => {
  it("is a valid OpenAPI 3.1 document", async () => {
    const document = openApiDocument();
    const result = await new Validator().validate(document as Parameters<Validator["validate"]>[0]);
    expect(result.errors ?? [], JSON.stringify(result.errors)).toEqual([]);
    expect(result.valid).toBe(true);
    expect(document.openapi).toBe("3.1.0");
  });

  it("describes every declared route, and every route has an app route file", async () => {
    const document = openApiDocument() as { paths: Record<string, Record<string, { operationId: string }>> };
    const described = Object.values(document.paths).flatMap((methods) =>
      Object.values(methods).map((o) => o.operationId),
    );
    expect(described.sort()).toEqual(
      registeredRoutes()
        .map((route) => route.name)
        .sort(),
    );
    const files = import.meta.glob<Record<string, unknown>>("/app/api/v1/**/route.ts", { eager: true });
    for (const route of registeredRoutes()) {
      const file = files[`/app/api/v1${route.path}/route.ts`];
      expect(file?.[route.method], `${route.method} ${route.path}`).toBe(route.handler);
    }
  });
});

describe("the live answers", () => {
  interface Operation {
    responses: Record<string, { content?: Record<string, { schema: unknown }> }>;
  }
  const document = () =>
    openApiDocument() as { paths: Record<string, Record<string, Operation>>; components: unknown };

  // The document's own JSON Schemas, checked by a validator of JSON Schema 2020-12 (not by the zod schemas they were
  // generated from), so an answer that drifts from what a client generated from the document expects fails here.
  function validatorOf() {
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    addFormats(ajv);
    ajv.addSchema({ $id: "openapi.json", components: document().components });
    const compile = (schema: unknown) =>
      ajv.compile(
        JSON.parse(
          JSON.stringify(schema).replaceAll('"#/components/', '"openapi.json#/components/'),
        ) as object,
      );
    return { ajv, compile };
  }

  it("of every read, for a county's and a city's token, are what the OpenAPI document describes", async () => {
    const { ajv, compile } = validatorOf();
    const problem = compile({ $ref: "#/components/schemas/ProblemDetails" });
    const reads = registeredRoutes().filter((route) => route.method === "GET");
    expect(reads.length).toBeGreaterThanOrEqual(8);
    let itemsSeen = 0;
    for (const route of reads) {
      const operation = document().paths[route.path]!.get!;
      const validate = compile(operation.responses["200"]!.content!["application/json"]!.schema);
      for (const token of [countyToken, cityToken]) {
        const answer = await call(route, route.path, { token });
        expect(answer.status, route.path).toBe(200);
        expect(validate(answer.json), `${route.path}: ${ajv.errorsText(validate.errors)}`).toBe(true);
        itemsSeen += Array.isArray(answer.json.items) ? answer.json.items.length : 1;
      }
      const refused = await call(route, route.path);
      expect(refused.status).toBe(401);
      expect(problem(refused.json), `${route.path}: ${ajv.errorsText(problem.errors)}`).toBe(true);
    }
    // The answers carried data, so their items were checked too.
    expect(itemsSeen).toBeGreaterThan(reads.length * 2);
  });

  it("a drifted answer fails the document's schema (the check can fail)", () => {
    const { compile } = validatorOf();
    const route = registeredRoutes().find((candidate) => candidate.path === "/counties")!;
    const validate = compile(
      document().paths[route.path]!.get!.responses["200"]!.content!["application/json"]!.schema,
    );
    expect(validate({ items: [{ id: "not a number" }], nextCursor: null })).toBe(false);
  });
});
