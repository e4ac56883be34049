// npm run bench:briefing: time to generate the city briefing of the first city in DATABASE_URL (the bench data set
// is `npm run db:seed -- --scale 10`). Cold = the first render in a fresh process (fonts parsed, data read);
// warm = the same request again, data read and PDF rendered each time. Target: ≤ 3 s cold, ≤ 1 s warm (issue 8).
import { performance } from "node:perf_hooks";
import { requireDatabaseUrl } from "../db/database-url";

const WARM_RENDERS = 10;

const percentile = (sorted: number[], share: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1)]!;

export async function benchBriefing(databaseUrl: string): Promise<Record<string, number>> {
  process.env.DATABASE_URL ??= databaseUrl;
  // Imported after DATABASE_URL is set: the client reads it on first use.
  const { db } = await import("@/lib/db");
  const { generateBriefing } = await import("@/lib/briefings/generate-briefing");
  const { quarterOf } = await import("@/lib/utils/periods");
  const leader = await db().user.findFirstOrThrow({
    where: { role: "LEADER", countyId: null, isActive: true },
    orderBy: { cityId: "asc" },
    select: {
      id: true,
      loginName: true,
      displayName: true,
      role: true,
      cityId: true,
      countyId: true,
      schoolId: true,
      mustChangePassword: true,
    },
  });
  const user = { ...leader, sessionId: "bench", ip: "127.0.0.1" };
  const quarter = quarterOf(new Date());
  const render = async () => {
    const started = performance.now();
    const briefing = await generateBriefing(user, { countyId: null, quarter, locale: "zh" });
    if (!briefing) throw new Error("the leader's city briefing was not found");
    return { ms: performance.now() - started, bytes: briefing.pdf.length, pdf: briefing.pdf };
  };
  const cold = await render();
  const warm: number[] = [];
  for (let i = 0; i < WARM_RENDERS; i += 1) warm.push((await render()).ms);
  warm.sort((a, b) => a - b);
  const pages = (cold.pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  return {
    briefing_cold_ms: Math.round(cold.ms),
    briefing_warm_p50_ms: Math.round(percentile(warm, 0.5)),
    briefing_warm_p95_ms: Math.round(percentile(warm, 0.95)),
    briefing_pages: pages,
    briefing_bytes: cold.bytes,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const results = await benchBriefing(requireDatabaseUrl());
  for (const [name, value] of Object.entries(results)) console.log(`${name}\t${value}`);
  const { db } = await import("@/lib/db");
  await db().$disconnect();
}
