// The production set-up of the multi-process tests: the ONE artifact of `npm run build` started as two instances
// from deploy/rerm@.service, nginx from deploy/nginx.conf in front, a private Redis, and a fresh database. Every
// process is started detached with its own log file and recorded by pid in the state file, so that tests (which
// run in another process than the global set-up) can kill, stop and restart them.
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, openSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { ARTIFACT_DIR } from "@/scripts/build";
import { PROJECT_ROOT } from "@/scripts/db/migrations";

export const STATE_DIR = path.join(PROJECT_ROOT, ".data/production-tests");
const STATE_FILE = path.join(STATE_DIR, "state.json");

/** Ports of the set-up: three app instances (A, B, the replica's), nginx (it also takes the next two), Redis. */
const APP_PORTS = (process.env.PRODUCTION_TEST_APP_PORTS ?? "3301,3302,3303").split(",").map(Number);
const NGINX_PORT = Number(process.env.PRODUCTION_TEST_NGINX_PORT ?? 8101);
export const PORTS = {
  instanceA: APP_PORTS[0]!,
  instanceB: APP_PORTS[1]!,
  replicaInstance: APP_PORTS[2]!,
  /** nginx in front of both instances */
  nginx: NGINX_PORT,
  /** nginx in front of instance A alone: the one-instance throughput */
  nginxSingle: NGINX_PORT + 1,
  redis: Number(process.env.PRODUCTION_TEST_REDIS_PORT ?? 6381),
  replicaPostgres: Number(process.env.PRODUCTION_TEST_REPLICA_PORT ?? 5433),
};

export interface ClusterState {
  databaseUrl: string;
  redisUrl: string;
  redisKeyPrefix: string;
  pids: Record<string, number>;
}

export function readState(): ClusterState {
  return JSON.parse(readFileSync(STATE_FILE, "utf8")) as ClusterState;
}

export function writeState(state: ClusterState): void {
  mkdirSync(STATE_DIR, { recursive: true });
  writeFileSync(STATE_FILE, JSON.stringify(state, null, 2));
}

function recordPid(name: string, pid: number): void {
  const state = readState();
  state.pids[name] = pid;
  writeState(state);
}

function logFile(name: string): number {
  mkdirSync(path.join(STATE_DIR, "logs"), { recursive: true });
  return openSync(path.join(STATE_DIR, "logs", `${name}.log`), "a");
}

export function isAlive(pid: number | undefined): boolean {
  if (!pid) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

export async function waitFor(
  check: () => Promise<boolean>,
  what: string,
  timeoutMs = 60_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check().catch(() => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`Timed out waiting for ${what}`);
}

export async function waitForExit(pid: number, timeoutMs = 30_000): Promise<void> {
  await waitFor(async () => !isAlive(pid), `process ${pid} to exit`, timeoutMs);
}

/** Stops a recorded process by its own pid (never by name) and waits for it to go. */
export async function stopProcess(name: string, signal: NodeJS.Signals = "SIGTERM"): Promise<void> {
  const pid = readState().pids[name];
  if (!isAlive(pid)) return;
  process.kill(pid!, signal);
  await waitForExit(pid!);
}

/** What deploy/rerm@.service runs for instance `port`: its ExecStart, Environment and WorkingDirectory. */
export function unitCommand(port: number): {
  command: string;
  args: string[];
  cwd: string;
  env: Record<string, string>;
} {
  const unit = readFileSync(path.join(PROJECT_ROOT, "deploy/rerm@.service"), "utf8").replaceAll(
    "%i",
    String(port),
  );
  const value = (key: string) => unit.match(new RegExp(`^${key}=(.*)$`, "m"))?.[1]?.trim() ?? "";
  const env = Object.fromEntries(
    value("Environment")
      .split(/\s+/)
      .filter(Boolean)
      .map((pair) => pair.split("=", 2) as [string, string]),
  );
  const [executable, ...args] = value("ExecStart").split(/\s+/);
  const cwd = value("WorkingDirectory").replace("/opt/rerm/current", ARTIFACT_DIR);
  return { command: executable === "/usr/bin/node" ? process.execPath : executable!, args, cwd, env };
}

/** The variables of /etc/rerm/rerm.env for the test set-up. */
export function instanceEnvironment(
  state: ClusterState,
  extra: Record<string, string> = {},
): Record<string, string> {
  return {
    DATABASE_URL: state.databaseUrl,
    NEXTAUTH_SECRET: "production-test-secret-0123456789abcdef",
    NEXTAUTH_URL: `http://localhost:${PORTS.nginx}`,
    REDIS_URL: state.redisUrl,
    REDIS_KEY_PREFIX: state.redisKeyPrefix,
    DB_POOL_MAX: "5",
    // The tests sign in many times from 127.0.0.1; the per-address limit has its own integration test.
    LOGIN_MAX_FAILURES_PER_ADDRESS: "100000",
    ...extra,
  };
}

export async function isReady(port: number): Promise<boolean> {
  const response = await fetch(`http://127.0.0.1:${port}/api/ready`).catch(() => null);
  return response?.status === 200;
}

/** Starts instance `name` on `port` as the systemd unit would, and waits until /api/ready says 200. */
export async function startInstance(
  name: string,
  port: number,
  extraEnv: Record<string, string> = {},
): Promise<number> {
  const state = readState();
  const unit = unitCommand(port);
  const out = logFile(name);
  const child = spawn(unit.command, unit.args, {
    cwd: unit.cwd,
    env: {
      PATH: process.env.PATH ?? "",
      NODE_ENV: "production",
      ...unit.env,
      ...instanceEnvironment(state, extraEnv),
    } as NodeJS.ProcessEnv,
    stdio: ["ignore", out, out],
    detached: true,
  });
  child.unref();
  recordPid(name, child.pid!);
  await waitFor(() => isReady(port), `instance ${name} on ${port} to be ready`, 90_000);
  return child.pid!;
}

/** A private Redis (never the shared one on 6379): the tests stop and restart it. */
export async function startRedis(): Promise<number> {
  const out = logFile("redis");
  const child = spawn(
    "redis-server",
    ["--port", String(PORTS.redis), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
    { stdio: ["ignore", out, out], detached: true },
  );
  child.unref();
  recordPid("redis", child.pid!);
  await waitFor(
    async () => {
      const { Redis } = await import("ioredis");
      const client = new Redis(PORTS.redis, "127.0.0.1", { lazyConnect: true, maxRetriesPerRequest: 0 });
      try {
        await client.connect();
        return (await client.ping()) === "PONG";
      } finally {
        client.disconnect();
      }
    },
    "Redis",
    15_000,
  );
  return child.pid!;
}

/**
 * deploy/nginx.conf with the test's ports: the upstream lists the two instances, the TLS server listens on plain
 * HTTP (no certificate here), and a second server in front of instance A alone measures one instance.
 */
export function nginxConfig(prefix: string): string {
  let site = readFileSync(path.join(PROJECT_ROOT, "deploy/nginx.conf"), "utf8");
  site = site
    .replace("server 127.0.0.1:3001", `server 127.0.0.1:${PORTS.instanceA}`)
    .replace("server 127.0.0.1:3002", `server 127.0.0.1:${PORTS.instanceB}`)
    .replace(/^\s*listen \[::\]:.*$/gm, "")
    .replace(/^\s*listen 80;.*$/m, `    listen 127.0.0.1:${PORTS.nginx + 2};`)
    .replace(/^\s*listen 443 ssl;.*$/m, `    listen 127.0.0.1:${PORTS.nginx};`)
    .replace(/^\s*(http2 on|ssl_\w+ .*|add_header Strict-Transport-Security .*);.*$/gm, "");
  const mainServer = site.slice(site.lastIndexOf("server {"));
  const single = mainServer
    .replace(`listen 127.0.0.1:${PORTS.nginx};`, `listen 127.0.0.1:${PORTS.nginxSingle};`)
    .replaceAll("http://rerm_app;", "http://rerm_app_a;");
  site += `\nupstream rerm_app_a {\n    server 127.0.0.1:${PORTS.instanceA};\n    keepalive 32;\n}\n\n${single}`;
  return `
worker_processes 1;
pid ${prefix}/nginx.pid;
error_log ${prefix}/error.log warn;
events { worker_connections 2048; }
http {
    access_log ${prefix}/access.log;
    client_body_temp_path ${prefix}/tmp/body;
    proxy_temp_path ${prefix}/tmp/proxy;
    fastcgi_temp_path ${prefix}/tmp/fastcgi;
    uwsgi_temp_path ${prefix}/tmp/uwsgi;
    scgi_temp_path ${prefix}/tmp/scgi;
${site}
}
`;
}

/** nginx as this test's own process (own config, pid and logs; never the system service). */
export async function startNginx(): Promise<number> {
  const prefix = path.join(STATE_DIR, "nginx");
  mkdirSync(path.join(prefix, "tmp"), { recursive: true });
  const config = path.join(prefix, "nginx.conf");
  writeFileSync(config, nginxConfig(prefix));
  const out = logFile("nginx");
  const child = spawn("nginx", ["-c", config, "-p", prefix, "-g", "daemon off;"], {
    stdio: ["ignore", out, out],
    detached: true,
  });
  child.unref();
  recordPid("nginx", child.pid!);
  await waitFor(
    async () => (await fetch(`http://127.0.0.1:${PORTS.nginx}/api/health`).catch(() => null))?.ok === true,
    "nginx",
    15_000,
  );
  return child.pid!;
}

export function logOf(name: string): string {
  const file = path.join(STATE_DIR, "logs", `${name}.log`);
  return existsSync(file) ? readFileSync(file, "utf8") : "";
}
