// A real streaming replica: a second PostgreSQL cluster on this machine (pg_createcluster, pg_basebackup -R), and an
// instance with DATABASE_REPLICA_URL. The main cluster is only given a replication line in pg_hba.conf (reloaded,
// never restarted), which the clean-up removes again.
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { expect, test } from "@playwright/test";
import { withDatabase } from "@/scripts/db/database-name";
import { PORTS, readState, startInstance, stopProcess, waitFor } from "./support/cluster";
import { signIn } from "./support/http";

const VERSION = "15";
// The cluster and its pg_hba.conf line are named after the replica's port, so that runs given different ports
// (PRODUCTION_TEST_REPLICA_PORT) on one machine leave each other's alone; the default port keeps the plain names.
const PORT_SUFFIX = PORTS.replicaPostgres === 5433 ? "" : `_${PORTS.replicaPostgres}`;
const CLUSTER = `rerm_replica_test${PORT_SUFFIX}`;
const MAIN_HBA = `/etc/postgresql/${VERSION}/main/pg_hba.conf`;
const HBA_LINE = `host replication all 127.0.0.1/32 trust # rerm production tests${PORT_SUFFIX}`;
const REPLICA_DATA = `/var/lib/postgresql/${VERSION}/${CLUSTER}`;

const sh = (command: string, args: string[]) =>
  execFileSync(command, args, { encoding: "utf8", stdio: "pipe" });
const asPostgres = (command: string) => sh("runuser", ["-u", "postgres", "--", "sh", "-c", command]);

async function on<T extends pg.QueryResultRow>(
  url: string,
  sql: string,
  params: unknown[] = [],
): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql, params)).rows;
  } finally {
    await client.end();
  }
}

const primaryUrl = () => readState().databaseUrl;
const replicaUrl = () => {
  const url = new URL(primaryUrl());
  url.port = String(PORTS.replicaPostgres);
  return url.toString();
};
const reloadMain = () => on(withDatabase(primaryUrl(), "postgres"), "SELECT pg_reload_conf()");

function dropReplicaCluster(): void {
  if (!existsSync(`/etc/postgresql/${VERSION}/${CLUSTER}`)) return;
  try {
    sh("pg_ctlcluster", ["--skip-systemctl-redirect", VERSION, CLUSTER, "stop", "-m", "fast"]);
  } catch {
    // not running
  }
  sh("pg_dropcluster", [VERSION, CLUSTER]);
}

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  test.setTimeout(300_000);
  dropReplicaCluster(); // left over by an interrupted run
  const hba = readFileSync(MAIN_HBA, "utf8");
  if (!hba.split("\n").includes(HBA_LINE)) writeFileSync(MAIN_HBA, `${hba.trimEnd()}\n${HBA_LINE}\n`);
  await reloadMain();
  sh("pg_createcluster", [VERSION, CLUSTER, "--port", String(PORTS.replicaPostgres)]);
  // The new cluster's data folder (it stays, owned by postgres) is emptied and filled by a base backup. The main
  // cluster is shared with other work on this machine: a backup cut off by it is tried again.
  for (let attempt = 1; ; attempt++) {
    for (const entry of readdirSync(REPLICA_DATA))
      rmSync(path.join(REPLICA_DATA, entry), { recursive: true, force: true });
    try {
      asPostgres(`pg_basebackup -h 127.0.0.1 -p 5432 -U postgres -D ${REPLICA_DATA} -R -X stream`);
      break;
    } catch (error) {
      if (attempt === 3) throw error;
    }
  }
  const replicaHba = `/etc/postgresql/${VERSION}/${CLUSTER}/pg_hba.conf`;
  writeFileSync(
    replicaHba,
    readFileSync(replicaHba, "utf8").replace(
      /^host\s+all\s+all\s+127\.0\.0\.1\/32\s+\S+/m,
      "host all all 127.0.0.1/32 trust",
    ),
  );
  sh("pg_ctlcluster", ["--skip-systemctl-redirect", VERSION, CLUSTER, "start"]);
  await waitFor(
    async () => (await on<{ r: boolean }>(replicaUrl(), "SELECT pg_is_in_recovery() AS r"))[0]?.r === true,
    "the replica",
  );
  await startInstance("replica", PORTS.replicaInstance, { DATABASE_REPLICA_URL: replicaUrl() });
});

test.afterAll(async () => {
  await stopProcess("replica").catch(() => {});
  dropReplicaCluster();
  const hba = readFileSync(MAIN_HBA, "utf8");
  writeFileSync(
    MAIN_HBA,
    hba
      .split("\n")
      .filter((line) => line !== HBA_LINE)
      .join("\n"),
  );
  await reloadMain();
});

const base = () => `http://localhost:${PORTS.replicaInstance}`;
const cityOf = "(SELECT city_id FROM users WHERE login_name = 'jinan.staff')";
/** Moves 济南's data version on, as a city-wide audited write does (the row exists only after a first write). */
const BUMP_VERSION = `
  INSERT INTO data_versions (city_id, version, shared_version, changed_at)
  SELECT city_id, 1, 1, now() FROM users WHERE login_name = 'jinan.staff'
  ON CONFLICT (city_id) DO UPDATE
    SET version = data_versions.version + 1, shared_version = data_versions.shared_version + 1, changed_at = now()
  RETURNING version`;

async function replayed(version: number): Promise<boolean> {
  const [row] = await on<{ version: number }>(
    replicaUrl(),
    `SELECT version FROM data_versions WHERE city_id = ${cityOf}`,
  );
  return row?.version === version;
}

async function replicaReads(): Promise<number> {
  const database = new URL(primaryUrl()).pathname.slice(1);
  const [row] = await on<{ reads: string }>(
    replicaUrl(),
    "SELECT tup_returned::text AS reads FROM pg_stat_database WHERE datname = $1",
    [database],
  );
  return Number(row?.reads ?? 0);
}

test("the replica streams, and the dashboards' figures are read from it at the version the primary named", async () => {
  const [state] = await on<{ state: string }>(
    withDatabase(primaryUrl(), "postgres"),
    "SELECT state FROM pg_stat_replication LIMIT 1",
  );
  expect(state?.state).toBe("streaming");
  const [{ version }] = (await on<{ version: number }>(primaryUrl(), BUMP_VERSION)) as [{ version: number }];
  await waitFor(() => replayed(version), "the replica to replay the new version", 30_000);
  const cookie = await signIn(base(), "jinan.staff");
  const before = await replicaReads();
  const response = await fetch(`${base()}/city`, { headers: { cookie, accept: "text/html" } });
  expect(response.status).toBe(200);
  await response.text();
  // pg_stat_database on a standby counts the standby's own reads (reported with a short delay).
  await waitFor(async () => (await replicaReads()) > before + 10_000, "reads on the replica", 15_000);
});

test("while the replica lags, a user's own write is still on their next page (read from the primary)", async () => {
  const cookie = await signIn(base(), "jinan.staff");
  const [approved] = await on<{ county_id: number; submission_id: number; value: number }>(
    primaryUrl(),
    `SELECT s.county_id, s.id AS submission_id, v.value::float8 AS value
     FROM submissions s JOIN reporting_periods p ON p.id = s.period_id JOIN cities ci ON ci.id = p.city_id
     JOIN submission_values v ON v.submission_id = s.id AND v.indicator_key = 'teachers_trained'
     WHERE ci.name = '济南市' AND p.state = 'OPEN' AND s.state = 'APPROVED' ORDER BY s.county_id LIMIT 1`,
  );
  expect(approved).toBeDefined();
  await on(replicaUrl(), "SELECT pg_wal_replay_pause()");
  try {
    const changed = approved!.value + 1234;
    await on(
      primaryUrl(),
      `UPDATE submission_values SET value = $1 WHERE submission_id = $2 AND indicator_key = 'teachers_trained'`,
      [changed, approved!.submission_id],
    );
    await on(primaryUrl(), BUMP_VERSION);
    const page = await fetch(`${base()}/indicators/teachers_trained?county=${approved!.county_id}`, {
      headers: { cookie, accept: "text/html" },
    }).then((response) => response.text());
    expect(page).toContain(changed.toLocaleString("zh-CN"));
  } finally {
    await on(replicaUrl(), "SELECT pg_wal_replay_resume()");
  }
});
