// Two instances of one build behind nginx, with Redis (tests/production/support/global-setup.ts).
import { chromium, type Browser, type Page } from "@playwright/test";
import pg from "pg";
import { expect, test } from "@playwright/test";
import {
  isReady,
  logOf,
  PORTS,
  readState,
  startInstance,
  startRedis,
  stopProcess,
  waitFor,
} from "./support/cluster";
import { attemptSignIn, csrf, signIn } from "./support/http";
import { load, recordFigures } from "./support/load";
import { currentQuarter, quarterKey } from "@/lib/utils/periods";
import { PENDING_JINAN_REPORT_SQL } from "../support/reports";

const NGINX = `http://localhost:${PORTS.nginx}`;
/** Moves 济南's data version on, as a city-wide audited write does (the row exists only after a first write). */
const BUMP_JINAN_VERSION = `
  INSERT INTO data_versions (city_id, version, shared_version, changed_at)
  SELECT city_id, 1, 1, now() FROM users WHERE login_name = 'jinan.staff'
  ON CONFLICT (city_id) DO UPDATE
    SET version = data_versions.version + 1, shared_version = data_versions.shared_version + 1, changed_at = now()
  RETURNING version`;
const A = `http://localhost:${PORTS.instanceA}`;
const B = `http://localhost:${PORTS.instanceB}`;

async function query<T extends pg.QueryResultRow>(sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: readState().databaseUrl });
  await client.connect();
  try {
    return (await client.query<T>(sql, params)).rows;
  } finally {
    await client.end();
  }
}

interface CacheCounters {
  computed: number;
  sharedHits: number;
  localHits: number;
}

/** What an instance's caches did: computed figures (`cache`) and rendered sections (`sections`). */
async function cacheStats(base: string) {
  const response = await fetch(`${base}/api/health`);
  return (await response.json()) as { cache: CacheCounters; sections: CacheCounters & { rendered: number } };
}

/** A whole page: its sections stream after the status line. */
async function wholePage(base: string, path: string, cookie: string): Promise<string> {
  const response = await fetch(`${base}${path}`, { headers: { cookie, accept: "text/html" } });
  expect(response.status).toBe(200);
  const html = await response.text();
  expect(html).toContain("</html>");
  return html;
}

let browser: Browser;
test.beforeAll(async () => {
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu"],
  });
});
test.afterAll(async () => browser?.close());

async function browserSignedIn(baseURL: string, loginName: string): Promise<Page> {
  const context = await browser.newContext({ baseURL, locale: "zh-CN", timezoneId: "Asia/Shanghai" });
  const page = await context.newPage();
  await page.goto("/login");
  await page.getByLabel("登录名").fill(loginName);
  await page.getByLabel("密码").fill("Demo@2026");
  await page.getByRole("button", { name: "登录" }).click();
  await expect(page).not.toHaveURL(/\/login/);
  return page;
}

test("a write through instance A is seen on the next load through instance B", async () => {
  const KEY = "teachers_trained";
  const [pending] = await query<{ id: number; county_id: number; value: number }>(PENDING_JINAN_REPORT_SQL, [
    KEY,
  ]);
  expect(pending).toBeDefined();
  const onB = await browserSignedIn(B, "jinan.staff");
  const figure = onB.getByTestId("indicator-value");
  // B computes (and shares) the figure before the write.
  await onB.goto(`/indicators/${KEY}?county=${pending!.county_id}`);
  await expect(figure).toContainText("待审核");

  const onA = await browserSignedIn(A, "jinan.staff");
  await onA.goto(`/submissions/${pending!.id}`);
  await onA.getByRole("button", { name: "审核通过" }).click();
  await onA.getByRole("dialog").getByRole("button", { name: "确认" }).click();
  await expect(onA.getByRole("status").filter({ hasText: "已审核通过，数据已锁定。" })).toBeVisible();

  await onB.goto(`/indicators/${KEY}?county=${pending!.county_id}`);
  await expect(figure).not.toContainText("待审核");
  await expect(figure).toContainText(pending!.value.toLocaleString("zh-CN"));
  await onA.context().close();
  await onB.context().close();
});

test("a section rendered by instance A is served to B from Redis; a write renders it again; scopes never share one", async () => {
  // A fresh data version: nobody has rendered the city's sections under it yet.
  await query(BUMP_JINAN_VERSION);
  const onA = await signIn(A, "jinan.staff");
  const onB = await signIn(B, "jinan.staff");
  const aBefore = await cacheStats(A);
  const fromA = await wholePage(A, "/city", onA);
  const aAfter = await cacheStats(A);
  expect(aAfter.sections.rendered).toBeGreaterThan(aBefore.sections.rendered);

  const bBefore = await cacheStats(B);
  const fromB = await wholePage(B, "/city", onB);
  const bAfter = await cacheStats(B);
  recordFigures("sectionsShared", { aBefore, aAfter, bBefore, bAfter });
  // B rendered no section and computed nothing: every section came from Redis, as A rendered it.
  expect(bAfter.sections.rendered).toBe(bBefore.sections.rendered);
  expect(bAfter.sections.sharedHits - bBefore.sections.sharedHits).toBe(
    aAfter.sections.rendered - aBefore.sections.rendered,
  );
  expect(bAfter.cache.computed).toBe(bBefore.cache.computed);
  const headlines = (html: string) => html.match(/data-testid="headline-value"[^>]*>(.*?)<\/p>/g);
  expect(headlines(fromB)).toEqual(headlines(fromA));
  expect(headlines(fromB)?.length).toBeGreaterThan(0);

  // A write moves the version on: the next request renders the sections again, on whichever instance it lands.
  await query(BUMP_JINAN_VERSION);
  await wholePage(B, "/city", onB);
  expect((await cacheStats(B)).sections.rendered).toBeGreaterThan(bAfter.sections.rendered);

  // Another city's staff (the same role, another scope) get their own sections, never 济南's, and 济南's cached
  // county sections do not open to a county officer of another city.
  const binzhou = await wholePage(B, "/city", await signIn(B, "binzhou.staff"));
  expect(binzhou).toContain("惠民县");
  expect(binzhou).not.toContain("商河县");
  expect(fromA).toContain("商河县");
  expect(fromA).not.toContain("惠民县");
  const [{ county_id: shanghe }] = (await query<{ county_id: number }>(
    `SELECT county_id FROM users WHERE login_name = 'jinan.shanghe'`,
  )) as [{ county_id: number }];
  await wholePage(A, `/counties/${shanghe}`, await signIn(A, "jinan.shanghe"));
  const outsider = await fetch(`${A}/counties/${shanghe}`, {
    headers: { cookie: await signIn(A, "binzhou.huimin"), accept: "text/html" },
  });
  expect(outsider.status).toBe(404);
});

test("nginx compresses the pages; the instances behind it leave that to nginx (HTTP_COMPRESSION=off in the unit)", async () => {
  const cookie = await signIn(NGINX, "jinan.staff");
  const headers = { cookie, accept: "text/html", "accept-encoding": "gzip" };
  const direct = await fetch(`${A}/city`, { headers });
  const proxied = await fetch(`${NGINX}/city`, { headers });
  expect(direct.status).toBe(200);
  expect(direct.headers.get("content-encoding")).toBeNull();
  expect(proxied.headers.get("content-encoding")).toBe("gzip");
  await Promise.all([direct.arrayBuffer(), proxied.arrayBuffer()]);
});

test("a burst of 30 parallel wrong sign-ins checks at most the limit; the right password is refused until the lock ends", async () => {
  const login = "binzhou.zhanhua";
  const token = await csrf(NGINX);
  const started = performance.now();
  const results = await Promise.all(
    Array.from({ length: 30 }, (_, i) => attemptSignIn(NGINX, login, `wrong-password-${i}`, token)),
  );
  const burstMs = Math.round(performance.now() - started);
  const audit = await query<{ action: string; count: number }>(
    `SELECT action, count(*)::int AS count FROM audit_logs WHERE actor_login = $1 GROUP BY action`,
    [login],
  );
  const count = (action: string) => audit.find((row) => row.action === action)?.count ?? 0;
  recordFigures("burst", {
    attempts: 30,
    passwordsChecked: count("login_failed"),
    refusedLockedWithoutCheck: count("login_refused_locked"),
    lockouts: count("lockout"),
    answeredLocked: results.filter((result) => result.error === "locked").length,
    burstMs,
  });
  expect(results.every((result) => result.session === null)).toBe(true);
  expect(count("login_failed")).toBeLessThanOrEqual(5);
  expect(count("lockout")).toBe(1);

  expect((await attemptSignIn(NGINX, login, "Demo@2026")).error).toBe("locked");
  expect((await attemptSignIn(B, login, "Demo@2026")).error).toBe("locked");
  // The lock ends (its 15 minutes are moved into the past rather than waited for).
  await query(`UPDATE users SET locked_until = now() - interval '1 second' WHERE login_name = $1`, [login]);
  expect((await attemptSignIn(NGINX, login, "Demo@2026")).session).not.toBeNull();
});

test("two instances against one: dashboard throughput through nginx at 20 connections", async () => {
  test.setTimeout(180_000);
  const [school] = await query<{ school_id: number }>(
    `SELECT school_id FROM users WHERE login_name = 'jinan.principal'`,
  );
  const [county] = await query<{ county_id: number }>(
    `SELECT county_id FROM users WHERE login_name = 'jinan.shanghe'`,
  );
  const pages = [
    { name: "city", login: "jinan.staff", path: "/city" },
    { name: "county", login: "jinan.shanghe", path: `/counties/${county!.county_id}` },
    { name: "school", login: "jinan.principal", path: `/schools/${school!.school_id}` },
  ];
  const figures: Record<string, unknown> = {};
  for (const page of pages) {
    const cookie = await signIn(NGINX, page.login);
    await load(`${NGINX}${page.path}`, cookie, 3); // warm both instances and the shared cache
    const one = await load(`http://localhost:${PORTS.nginxSingle}${page.path}`, cookie, 10);
    const two = await load(`${NGINX}${page.path}`, cookie, 10);
    figures[page.name] = {
      oneInstance: one,
      twoInstances: two,
      ratio: Math.round((two.requestsPerSecond / one.requestsPerSecond) * 100) / 100,
    };
    for (const run of [one, two]) {
      expect(run.non2xx).toBe(0);
      expect(run.errors).toBe(0);
    }
  }
  recordFigures("throughput", figures);
});

test("SIGTERM lets an instance finish the requests in flight, then close its pools and exit", async () => {
  const cookie = await signIn(B, "jinan.staff");
  const pid = readState().pids.b!;
  // A briefing PDF takes a second or more to render: it is in flight when the signal arrives.
  const inFlight = fetch(`${B}/reports/briefing?quarter=${quarterKey(currentQuarter())}`, {
    headers: { cookie },
  });
  await new Promise((resolve) => setTimeout(resolve, 150));
  process.kill(pid, "SIGTERM");
  const response = await inFlight;
  expect(response.status).toBe(200);
  expect((await response.arrayBuffer()).byteLength).toBeGreaterThan(10_000);
  await waitFor(async () => !(await isReady(PORTS.instanceB)), "B to stop");
  expect(logOf("b")).toContain("[shutdown] SIGTERM");
  await startInstance("b", PORTS.instanceB);
});

test("killing instance A under load loses no request nginx can retry and no write", async () => {
  test.setTimeout(180_000);
  const cookie = await signIn(NGINX, "jinan.staff");
  const writer = "weifang.staff";
  const [{ count: sessionsBefore }] = (await query<{ count: number }>(
    `SELECT count(*)::int AS count FROM user_sessions s JOIN users u ON u.id = s.user_id WHERE u.login_name = $1`,
    [writer],
  )) as [{ count: number }];
  // Writes during the load: sign-ins (each one a session row and an audit record in one transaction).
  let writing = true;
  const writes = { attempted: 0, acknowledged: 0, failed: 0 };
  // Four writers, so that some writes are in flight on A when it dies.
  const writeLoops = Array.from({ length: 4 }, async () => {
    while (writing) {
      writes.attempted++;
      const result = await attemptSignIn(NGINX, writer, "Demo@2026").catch(() => null);
      if (result?.session) writes.acknowledged++;
      else writes.failed++;
    }
  });
  const [{ school_id: schoolId }] = (await query<{ school_id: number }>(
    `SELECT school_id FROM users WHERE login_name = 'jinan.principal'`,
  )) as [{ school_id: number }];
  const principal = await signIn(NGINX, "jinan.principal");
  const started = Date.now();
  const loadRuns = Promise.all([
    load(`${NGINX}/city`, cookie, 12, 10),
    load(`${NGINX}/schools/${schoolId}`, principal, 12, 10),
  ]);
  await new Promise((resolve) => setTimeout(resolve, 4_000));
  const killedAfterMs = Date.now() - started;
  await stopProcess("a", "SIGKILL");
  const [city, school] = await loadRuns;
  writing = false;
  await Promise.all(writeLoops);
  const result = {
    requests: city.requests + school.requests,
    non2xx: city.non2xx + school.non2xx,
    errors: city.errors + school.errors,
    timeouts: city.timeouts + school.timeouts,
    city,
    school,
  };
  const [{ count: sessionsAfter }] = (await query<{ count: number }>(
    `SELECT count(*)::int AS count FROM user_sessions s JOIN users u ON u.id = s.user_id WHERE u.login_name = $1`,
    [writer],
  )) as [{ count: number }];
  const committed = sessionsAfter - sessionsBefore;
  recordFigures("failover", { load: result, writes: { ...writes, committed }, killedAfterMs });
  // Every answer nginx gave was a page: requests in flight on A were retried on B.
  expect(result.requests).toBeGreaterThanOrEqual(10);
  expect(result.non2xx).toBe(0);
  // A request A had begun to stream cannot be retried by anyone: at most one per connection, reported above.
  expect(result.errors).toBeLessThanOrEqual(20);
  // No acknowledged write is missing; a write whose answer was lost may still have been committed.
  expect(committed).toBeGreaterThanOrEqual(writes.acknowledged);
  expect(committed).toBeLessThanOrEqual(writes.attempted);

  await startInstance("a", PORTS.instanceA);
  expect(await isReady(PORTS.instanceA)).toBe(true);
});

test("stopping Redis under load keeps pages served without a 5xx, and restarting it restores sharing", async () => {
  test.setTimeout(180_000);
  const cookie = await signIn(NGINX, "jinan.staff");
  // Wait until nginx sends to A again after the previous test (fail_timeout).
  await new Promise((resolve) => setTimeout(resolve, 6_000));
  const [{ school_id: schoolId }] = (await query<{ school_id: number }>(
    `SELECT school_id FROM users WHERE login_name = 'jinan.principal'`,
  )) as [{ school_id: number }];
  const principal = await signIn(NGINX, "jinan.principal");
  const loadRuns = Promise.all([
    load(`${NGINX}/city`, cookie, 15, 10),
    load(`${NGINX}/schools/${schoolId}`, principal, 15, 10),
  ]);
  await new Promise((resolve) => setTimeout(resolve, 3_000));
  const logStart = { a: logOf("a").length, b: logOf("b").length };
  await stopProcess("redis", "SIGTERM");
  // A write while Redis is away still reaches every instance's next page: the version lives in the database.
  await query(BUMP_JINAN_VERSION);
  const [city, school] = await loadRuns;
  const withoutRedis = { city, school };
  recordFigures("redisDown", withoutRedis);
  for (const run of [city, school]) {
    expect(run.non2xx).toBe(0);
    expect(run.errors).toBe(0);
  }
  expect(city.requests + school.requests).toBeGreaterThanOrEqual(10);
  // Each instance logs the outage once, however many requests it served meanwhile.
  for (const name of ["a", "b"] as const) {
    expect(
      logOf(name)
        .slice(logStart[name])
        .match(/\[redis\] unavailable/g)?.length ?? 0,
    ).toBe(1);
  }

  await startRedis();
  await waitFor(
    async () => (await isReady(PORTS.instanceA)) && (await isReady(PORTS.instanceB)),
    "Redis again",
  );
  // A new data version: A renders the city's sections, B takes them from Redis instead of rendering them again.
  await query(BUMP_JINAN_VERSION);
  await wholePage(A, "/city", await signIn(A, "jinan.staff"));
  const cookieB = await signIn(B, "jinan.staff");
  const before = await cacheStats(B);
  await wholePage(B, "/city", cookieB);
  const after = await cacheStats(B);
  recordFigures("sharingRestored", { before, after });
  expect(after.sections.sharedHits).toBeGreaterThan(before.sections.sharedHits);
  expect(after.sections.rendered).toBe(before.sections.rendered);
  expect(after.cache.computed).toBe(before.cache.computed);
  expect(logOf("a").slice(logStart.a)).toContain("[redis] available again");
});
