// npm run bench:api: the API's latency for the values of a city's counties for one period (issue 21's closing note),
// at 20 concurrent clients. Calls the route handler in this process (token check, rate limit, data functions,
// JSON and the call log included; Next's HTTP layer not), with a city-staff token of the first city.
// BENCH_DATABASE_URL (default rerm_bench_api, scale BENCH_SCALE or 1) is created and loaded on first use.
import { performance } from "node:perf_hooks";
import { benchDatabaseUrl, ensureBenchDatabase } from "./bench-database";
import { percentile } from "./load";

const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 20);
const REQUESTS_PER_CLIENT = Number(process.env.BENCH_REQUESTS ?? 10);
const SCALE = Number(process.env.BENCH_SCALE ?? 1);

async function main() {
  const url =
    process.env.BENCH_DATABASE_URL ?? benchDatabaseUrl(SCALE).replace(/rerm_bench[^/]*$/, "rerm_bench_api");
  await ensureBenchDatabase(url, SCALE, console.log);
  process.env.DATABASE_URL = url;
  // The bench measures latency, not the limit: one token makes all the calls.
  process.env.API_RATE_LIMIT_PER_MINUTE = "100000000";
  const { db } = await import("@/lib/db");
  const { sessionUserWhere } = await import("@/tests/support/session-user");
  const { createApiToken } = await import("@/lib/data/api-tokens/create-api-token");
  const { revokeApiToken } = await import("@/lib/data/api-tokens/revoke-api-token");
  const { listIndicatorValuesRoute } = await import("@/lib/api/routes");
  const admin = await sessionUserWhere(
    { role: "ADMIN", isActive: true },
    { sessionId: "bench", ip: "127.0.0.1" },
  );
  const token = await createApiToken(admin, { name: "bench", role: "CITY_STAFF", expiresInDays: 1 });
  const period = await db().reportingPeriod.findFirst({
    where: { cityId: admin.cityId, state: { not: "NOT_OPEN" } },
    orderBy: [{ year: "desc" }, { quarter: "desc" }],
  });
  const query = `level=county${period ? `&period=${period.year}Q${period.quarter}` : ""}`;
  const once = async () => {
    const started = performance.now();
    const response = await listIndicatorValuesRoute.handler(
      new Request(`http://bench/api/v1/indicator-values?${query}`, {
        headers: { authorization: `Bearer ${token.token}` },
      }),
      { params: Promise.resolve({}) },
    );
    await response.text();
    if (response.status !== 200) throw new Error(`status ${response.status}`);
    return performance.now() - started;
  };
  await once(); // the first call computes the figures; the rest read them as the dashboards do
  const started = performance.now();
  const samples = (
    await Promise.all(
      Array.from({ length: CLIENTS }, async () => {
        const mine: number[] = [];
        for (let i = 0; i < REQUESTS_PER_CLIENT; i++) mine.push(await once());
        return mine;
      }),
    )
  )
    .flat()
    .sort((a, b) => a - b);
  const seconds = (performance.now() - started) / 1000;
  await revokeApiToken(admin, token.id);
  const result = {
    route: `/api/v1/indicator-values?${query}`,
    clients: CLIENTS,
    requests: samples.length,
    requestsPerSecond: Math.round((samples.length / seconds) * 10) / 10,
    p50Ms: Math.round(percentile(samples, 50)),
    p95Ms: Math.round(percentile(samples, 95)),
    maxMs: Math.round(samples.at(-1)!),
  };
  console.log(JSON.stringify(result));
  await db().$disconnect();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
