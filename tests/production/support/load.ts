import { mkdirSync, readFileSync, existsSync, writeFileSync } from "node:fs";
import path from "node:path";
import autocannon, { type Result } from "autocannon";
import { STATE_DIR } from "./cluster";

export interface LoadFigures {
  requests: number;
  requestsPerSecond: number;
  p50Ms: number;
  p97_5Ms: number;
  p99Ms: number;
  non2xx: number;
  errors: number;
  timeouts: number;
}

/** Closed-loop load on one URL as a signed-in user's browser would ask for the page. */
export async function load(
  url: string,
  cookie: string,
  seconds: number,
  connections = 20,
): Promise<LoadFigures> {
  const result: Result = await autocannon({
    url,
    connections,
    duration: seconds,
    timeout: 30,
    headers: { cookie, accept: "text/html", "accept-encoding": "gzip" },
  });
  return {
    requests: result.requests.total,
    requestsPerSecond: Math.round(result.requests.average * 10) / 10,
    p50Ms: result.latency.p50,
    p97_5Ms: result.latency.p97_5,
    p99Ms: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
  };
}

const FIGURES_FILE = path.join(STATE_DIR, "figures.json");

/** Keeps a measured figure for the run's summary (printed by the global teardown and by each test). */
export function recordFigures(name: string, figures: unknown): void {
  mkdirSync(STATE_DIR, { recursive: true });
  const all = existsSync(FIGURES_FILE) ? (JSON.parse(readFileSync(FIGURES_FILE, "utf8")) as object) : {};
  writeFileSync(FIGURES_FILE, JSON.stringify({ ...all, [name]: figures }, null, 2));
  console.log(`[figures] ${name}: ${JSON.stringify(figures)}`);
}
