// The realistic mix: many different users of one city, each signing in once and then taking its role's path through
// the pages it uses, with one request in twenty a real save through the app (which moves the city's data version and
// so makes the city's cached pages render again). Unlike the repeat-load rows, nothing here is one user's page
// reloaded; every session is a first visit of that user.
import { gzipSync } from "node:zlib";
import type pg from "pg";
import { BUILT_IN_INDICATORS } from "@/lib/indicators/catalogue";
import { SeededRandom } from "@/prisma/seed/random";
import { readForm } from "./html-form";
import { signIn, summarize, type LatencySummary } from "./load";
import { serverUsage, type ServerUsage } from "./server-usage";

/** Bench accounts added beside the demo's: principals of different schools, city staff, leaders and the province's. */
const MIX_PRINCIPALS = 300;
const MIX_CITY_STAFF = 5;
const MIX_LEADERS = 5;
const MIX_PROVINCE_STAFF = 3;
const MIX_PROVINCE_LEADERS = 2;
/** One request in WRITE_EVERY is a save. */
const WRITE_EVERY = 20;
/** How often a session of each role starts (reporting weeks: county officers and principals dominate). */
const ROLE_WEIGHTS = { principal: 50, county: 30, city: 10, leader: 10, province: 5 } as const;

type Role = keyof typeof ROLE_WEIGHTS;

interface MixUser {
  login: string;
  role: Role;
  countyId: number;
  schoolId: number;
  /** The county's report of the open period (county officers only). */
  submissionId: number | null;
}

export interface MixPools {
  cityName: string;
  /** The city's code, as province users open its dashboard (/city?city=…) */
  cityCode: string;
  users: Record<Role, MixUser[]>;
  countyIds: number[];
  schools: { id: number; countyId: number }[];
}

/**
 * Adds the bench accounts to the city (once; later runs find them) and returns the users of each role. Passwords are
 * the demo's (the hash is copied from the city's demo staff account).
 */
export async function prepareMixAccounts(client: pg.Client, cityName: string): Promise<MixPools> {
  const city = await client.query<{ id: number; code: string }>(
    "SELECT id, code FROM cities WHERE name = $1",
    [cityName],
  );
  if (city.rowCount === 0) throw new Error(`No city named ${cityName} in the bench data set.`);
  const cityId = city.rows[0]!.id;
  const prefix = `bench.${city.rows[0]!.code}`;
  await client.query(
    `INSERT INTO users (login_name, display_name, password_hash, role, city_id, county_id, school_id, updated_at)
     SELECT $2 || '.principal.' || s.id, '基准测试校长' || s.id, demo.password_hash, 'SCHOOL_PRINCIPAL', s.city_id,
            s.county_id, s.id, now()
     FROM (SELECT id, city_id, county_id FROM schools WHERE city_id = $1 AND is_active ORDER BY id LIMIT $3) s,
          (SELECT password_hash FROM users WHERE city_id = $1 AND role = 'CITY_STAFF' ORDER BY id LIMIT 1) demo
     UNION ALL
     SELECT $2 || '.' || lower(r.role::text) || '.' || n, '基准测试' || n, demo.password_hash, r.role, $1, NULL, NULL,
            now()
     FROM (VALUES ('CITY_STAFF'::role, $4::int), ('LEADER'::role, $5::int)) r(role, count),
          generate_series(1, greatest($4::int, $5::int)) n,
          (SELECT password_hash FROM users WHERE city_id = $1 AND role = 'CITY_STAFF' ORDER BY id LIMIT 1) demo
     WHERE n <= r.count
     ON CONFLICT (login_name) DO NOTHING`,
    [cityId, prefix, MIX_PRINCIPALS, MIX_CITY_STAFF, MIX_LEADERS],
  );
  // The province's readers: the province of the city, no city of their own.
  await client.query(
    `INSERT INTO users (login_name, display_name, password_hash, role, province_id, updated_at)
     SELECT 'bench.province.' || lower(r.role::text) || '.' || n, '基准测试省级' || n, demo.password_hash, r.role,
            c.province_id, now()
     FROM (VALUES ('PROVINCE_STAFF'::role, $2::int), ('PROVINCE_LEADER'::role, $3::int)) r(role, count),
          generate_series(1, greatest($2::int, $3::int)) n,
          (SELECT province_id FROM cities WHERE id = $1) c,
          (SELECT password_hash FROM users WHERE city_id = $1 AND role = 'CITY_STAFF' ORDER BY id LIMIT 1) demo
     WHERE n <= r.count
     ON CONFLICT (login_name) DO NOTHING`,
    [cityId, MIX_PROVINCE_STAFF, MIX_PROVINCE_LEADERS],
  );
  const { rows } = await client.query<{
    login: string;
    role: string;
    county_id: number | null;
    school_id: number | null;
    submission_id: number | null;
  }>(
    `SELECT u.login_name AS login, u.role, u.county_id, u.school_id, sub.id AS submission_id
     FROM users u
     LEFT JOIN LATERAL (
       SELECT s.id FROM submissions s JOIN reporting_periods p ON p.id = s.period_id
       WHERE s.county_id = u.county_id AND p.state = 'OPEN' ORDER BY p.year DESC, p.quarter DESC LIMIT 1
     ) sub ON u.role = 'COUNTY_OFFICER'
     WHERE u.is_active AND (
       (u.city_id = $1 AND (u.login_name LIKE $2 || '.%' OR (u.role = 'COUNTY_OFFICER' AND u.county_id IS NOT NULL)))
       OR u.login_name LIKE 'bench.province.%'
     )
     ORDER BY u.id`,
    [cityId, prefix],
  );
  const roleOf: Record<string, Role> = {
    SCHOOL_PRINCIPAL: "principal",
    COUNTY_OFFICER: "county",
    CITY_STAFF: "city",
    LEADER: "leader",
    PROVINCE_STAFF: "province",
    PROVINCE_LEADER: "province",
  };
  const schools = await client.query<{ id: number; county_id: number }>(
    "SELECT id, county_id FROM schools WHERE city_id = $1 AND is_active ORDER BY id",
    [cityId],
  );
  const users: Record<Role, MixUser[]> = { principal: [], county: [], city: [], leader: [], province: [] };
  for (const row of rows) {
    const role = roleOf[row.role]!;
    users[role].push({
      login: row.login,
      role,
      countyId: row.county_id ?? 0,
      schoolId: row.school_id ?? 0,
      submissionId: row.submission_id,
    });
  }
  const counties = await client.query<{ id: number }>("SELECT id FROM counties WHERE city_id = $1", [cityId]);
  return {
    cityName,
    cityCode: city.rows[0]!.code,
    users,
    countyIds: counties.rows.map((county) => county.id),
    schools: schools.rows.map((school) => ({ id: school.id, countyId: school.county_id })),
  };
}

/** A step of a session: a page to read, or a save through a page's form. */
type Step = { type: string; path: string; write?: "facility" | "report" };

function pathOf(user: MixUser, pools: MixPools, random: SeededRandom): Step[] {
  const indicator = random.pick(BUILT_IN_INDICATORS).key;
  switch (user.role) {
    case "principal":
      return [
        { type: "school dashboard", path: `/schools/${user.schoolId}` },
        { type: "facility page", path: `/schools/${user.schoolId}/facilities`, write: "facility" },
        { type: "roster", path: `/schools/${user.schoolId}/teachers` },
      ];
    case "county":
      return [
        { type: "county dashboard", path: `/counties/${user.countyId}` },
        ...(user.submissionId
          ? [{ type: "report", path: `/submissions/${user.submissionId}`, write: "report" as const }]
          : []),
        {
          type: "school dashboard",
          path: `/schools/${random.pick(pools.schools.filter((school) => school.countyId === user.countyId)).id}`,
        },
      ];
    case "city":
    case "leader":
      return [
        { type: "city dashboard", path: "/city" },
        { type: "indicator catalogue", path: "/indicators" },
        { type: "county dashboard", path: `/counties/${random.pick(pools.countyIds)}` },
        { type: "indicator page", path: `/indicators/${indicator}` },
      ];
    case "province":
      return [
        { type: "province dashboard", path: "/province" },
        { type: "city dashboard", path: `/city?city=${pools.cityCode}` },
      ];
  }
}

/** One page of each type, with a user who may open it (the first of each role), for weighing pages. */
export function pageOfEachType(pools: MixPools): { type: string; path: string; login: string }[] {
  const pages = new Map<string, { type: string; path: string; login: string }>();
  for (const role of Object.keys(ROLE_WEIGHTS) as Role[]) {
    const user = pools.users[role][0];
    if (!user) continue;
    for (const step of pathOf(user, pools, new SeededRandom(1)))
      if (!pages.has(step.type)) pages.set(step.type, { ...step, login: user.login });
  }
  return [...pages.values()];
}

export const HTML = { accept: "text/html,application/xhtml+xml" };

/**
 * A save as the form submits it without JavaScript: the rendered fields, one of them changed — a facility record's
 * book count, or a report item's note (any number would do for the count; a report's numbers are shares with a range
 * and project counts bound to each other, so a changed note is the change every draft accepts).
 */
function writeBody(kind: "facility" | "report", html: string, random: SeededRandom): FormData | undefined {
  const changes = kind === "facility" ? "books" : "notes.";
  const fields = readForm(html, kind === "facility" ? "books" : "submissionId");
  const target = fields?.find(([name]) =>
    kind === "facility" ? name === changes : name.startsWith(changes),
  );
  if (!fields || !target || (kind === "facility" && target[1] === "")) return undefined;
  const body = new FormData();
  for (const [name, value] of fields) {
    if (name !== target[0]) body.append(name, value);
    else if (kind === "facility") body.append(name, String(Number(value) + random.int(1, 3)));
    else body.append(name, `基准测试修改 ${random.int(1, 1_000_000)}`);
  }
  if (kind === "facility") body.append("confirmLargeChanges", "on");
  else body.append("intent", "draft");
  return body;
}

/** The form's message region says the save succeeded (components/forms/form-message.tsx). */
const SAVED = /aria-live="polite" role="status"><p/;

export interface MixResult {
  concurrency: number;
  requests: number;
  errors: number;
  throughput: number;
  pages: Record<string, LatencySummary>;
  server: ServerUsage;
}

/**
 * Runs `requests` requests (sign-ins and saves count) from `concurrency` closed-loop clients. Each client takes the
 * next session: a user picked at random (fixed seed, weighted by role; a user already in a session is skipped so that
 * no two clients act as one person), a timed sign-in, then the role's path.
 */
export async function runRealisticMix(
  baseUrl: string,
  serverPid: number,
  pools: MixPools,
  options: { concurrency: number; requests: number; seed: number; password: string },
): Promise<MixResult> {
  const random = new SeededRandom(options.seed);
  const busy = new Set<string>();
  const latencies = new Map<string, number[]>();
  const errors = new Map<string, number>();
  let sent = 0;
  let writes = 0;
  const record = (type: string, ms: number, ok: boolean) => {
    if (!latencies.has(type)) latencies.set(type, []);
    latencies.get(type)!.push(ms);
    if (!ok) errors.set(type, (errors.get(type) ?? 0) + 1);
  };
  const roles = Object.entries(ROLE_WEIGHTS).map(([value, weight]) => ({ value: value as Role, weight }));
  const nextUser = (): MixUser => {
    for (;;) {
      const candidates = pools.users[random.weighted(roles)].filter((user) => !busy.has(user.login));
      if (candidates.length > 0) return random.pick(candidates);
    }
  };
  const timed = async (type: string, run: () => Promise<boolean>) => {
    sent++;
    const started = performance.now();
    let ok = false;
    try {
      ok = await run();
    } catch {
      ok = false;
    }
    record(type, performance.now() - started, ok);
  };
  const session = async () => {
    const user = nextUser();
    busy.add(user.login);
    try {
      let cookie = "";
      await timed("sign-in", async () => {
        cookie = await signIn(baseUrl, user.login, options.password);
        return true;
      });
      if (!cookie) return;
      for (const step of pathOf(user, pools, random)) {
        if (sent >= options.requests) return;
        let html = "";
        await timed(step.type, async () => {
          const response = await fetch(`${baseUrl}${step.path}`, {
            headers: { ...HTML, cookie },
            redirect: "manual",
          });
          html = await response.text();
          return response.status === 200;
        });
        if (!step.write || sent < (writes + 1) * WRITE_EVERY || sent >= options.requests) continue;
        const body = writeBody(step.write, html, random);
        if (!body) continue;
        writes++;
        await timed(`save: ${step.write}`, async () => {
          const response = await fetch(`${baseUrl}${step.path}`, {
            method: "POST",
            headers: { ...HTML, cookie, origin: baseUrl }, // as a browser sends it with a form
            body,
            redirect: "manual",
          });
          return response.status === 200 && SAVED.test(await response.text());
        });
      }
    } finally {
      busy.delete(user.login);
    }
  };
  const usage = serverUsage(serverPid);
  const started = performance.now();
  await Promise.all(
    Array.from({ length: options.concurrency }, async () => {
      while (sent < options.requests) await session();
    }),
  );
  const elapsed = performance.now() - started;
  const server = usage.stop(sent);
  const pages: Record<string, LatencySummary> = {};
  for (const [type, values] of latencies)
    pages[type] = summarize(values, {
      concurrency: options.concurrency,
      elapsedMs: elapsed,
      errors: errors.get(type) ?? 0,
    });
  return {
    concurrency: options.concurrency,
    requests: sent,
    errors: [...errors.values()].reduce((total, count) => total + count, 0),
    throughput: (sent / elapsed) * 1000,
    pages,
    server,
  };
}

export interface PageBytes {
  html: number;
  htmlGzip: number;
  rsc: number;
  rscGzip: number;
}

/** What one page weighs: the document, and the RSC payload the client router fetches when navigating to it. */
export async function pageBytes(baseUrl: string, cookie: string, path: string): Promise<PageBytes> {
  const body = async (headers: Record<string, string>) =>
    Buffer.from(await (await fetch(`${baseUrl}${path}`, { headers: { cookie, ...headers } })).arrayBuffer());
  const html = await body(HTML);
  const rsc = await body({ rsc: "1", accept: "*/*" });
  return {
    html: html.length,
    htmlGzip: gzipSync(html).length,
    rsc: rsc.length,
    rscGzip: gzipSync(rsc).length,
  };
}
