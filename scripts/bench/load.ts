// A closed-loop load generator: `concurrency` clients, each sending its next request when the last one answered,
// for a fixed number of requests. Every latency is kept, so p50/p95/p99 are exact rather than bucketed.

export interface LatencySummary {
  requests: number;
  concurrency: number;
  p50: number;
  p95: number;
  p99: number;
  mean: number;
  throughput: number;
  errors: number;
}

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  // Nearest-rank definition: the smallest value with at least p% of the samples at or below it.
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

type PerRequest<T> = T | ((request: number) => T);

/**
 * Sends `requests` requests from `concurrency` clients after `warmup` unmeasured ones at the same concurrency (the
 * server's JIT settles within a few hundred). `url` and `headers` may vary per request (the argument counts from 0).
 */
export async function measure(
  url: PerRequest<string>,
  headers: PerRequest<Record<string, string>>,
  options: { concurrency: number; requests: number; warmup?: number },
): Promise<LatencySummary> {
  const urlOf = typeof url === "string" ? () => url : url;
  const headersOf = typeof headers === "function" ? headers : () => headers;
  let sent = 0;
  const send = async () => {
    const started = performance.now();
    const request = sent++;
    const response = await fetch(urlOf(request), { headers: headersOf(request), redirect: "manual" });
    await response.arrayBuffer();
    return { ms: performance.now() - started, ok: response.status === 200 };
  };
  const run = async (requests: number, record: (ms: number, ok: boolean) => void) => {
    let remaining = requests;
    await Promise.all(
      Array.from({ length: options.concurrency }, async () => {
        while (remaining > 0) {
          remaining--;
          const { ms, ok } = await send();
          record(ms, ok);
        }
      }),
    );
  };
  await run(options.warmup ?? 3, () => undefined);
  const latencies: number[] = [];
  let errors = 0;
  const started = performance.now();
  await run(options.requests, (ms, ok) => {
    latencies.push(ms);
    if (!ok) errors++;
  });
  return summarize(latencies, {
    concurrency: options.concurrency,
    elapsedMs: performance.now() - started,
    errors,
  });
}

/** Exact percentiles, mean and throughput of one measurement's latencies (ms). */
export function summarize(
  latencies: readonly number[],
  run: { concurrency: number; elapsedMs: number; errors: number },
): LatencySummary {
  const sorted = [...latencies].sort((a, b) => a - b);
  return {
    requests: sorted.length,
    concurrency: run.concurrency,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    mean: sorted.reduce((total, ms) => total + ms, 0) / sorted.length,
    throughput: (sorted.length / run.elapsedMs) * 1000,
    errors: run.errors,
  };
}

/** Signs in through next-auth's credentials endpoint and returns the session cookie header. */
export async function signIn(baseUrl: string, loginName: string, password: string): Promise<string> {
  const csrfResponse = await fetch(`${baseUrl}/api/auth/csrf`);
  const { csrfToken } = (await csrfResponse.json()) as { csrfToken: string };
  const csrfCookie = csrfResponse.headers
    .getSetCookie()
    .map((cookie) => cookie.split(";")[0])
    .join("; ");
  const response = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: csrfCookie },
    body: new URLSearchParams({ csrfToken, loginName, password, json: "true" }),
    redirect: "manual",
  });
  const session = response.headers
    .getSetCookie()
    .map((cookie) => cookie.split(";")[0]!)
    .find((cookie) => cookie.includes("session-token"));
  if (!session) throw new Error(`Sign-in as ${loginName} failed (HTTP ${response.status})`);
  return session;
}
